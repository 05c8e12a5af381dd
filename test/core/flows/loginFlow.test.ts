import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { VVChatError, createLoginFlow, parseDeepLink, startLogin, type LoginFlow, type LoginStatus } from '@vvchat/core';
import {
  appId,
  configOf,
  deferred,
  errorOf,
  fakeLauncher,
  fakeStorage,
  flush,
  settle,
  loginCallback,
  manualLauncher,
  otherAppId,
  redirectUri,
  sdkStateForm,
  stateOf,
  throwingStorage,
  fakeClock,
  type FakeStorage,
} from './support';
import { resetTabChannel } from '../../../packages/core/src/flows/tabChannel';
import { withLock } from '../../../packages/core/src/flows/withLock';

const statesKey = 'vvchat:login-states';

afterEach(() => {
  vi.useRealTimers();
});

/** Starts a login on `storage` with a launcher that opens, and returns the state in its link. */
function stateFrom(storage = fakeStorage(), forApp = appId) {
  const launcher = fakeLauncher();
  const flow = createLoginFlow();
  const config = configOf(launcher, storage, { appId: forApp });
  flow.start({ redirectUri }, config);
  const link = launcher.launch.mock.calls[0]![0];
  return { flow, storage, state: stateOf(link), link, config };
}

/** A fresh flow (a new page) over `storage`, with its config. */
function page<TData = unknown>(storage: FakeStorage, forApp = appId) {
  return { flow: createLoginFlow<TData>(), config: configOf(fakeLauncher(), storage, { appId: forApp }) };
}

describe('createLoginFlow: start', () => {
  it("starts in 'idle'", () => {
    expect(createLoginFlow().get()).toEqual({ status: 'idle' });
  });

  it("moves to 'launching' with the link and config, then back to 'idle' once the app opened", async () => {
    const launcher = manualLauncher();
    const flow = createLoginFlow();
    const config = configOf(launcher);
    flow.start({ redirectUri }, config);
    expect(flow.get()).toEqual({ status: 'launching', link: launcher.launch.mock.calls[0]![0], config });
    launcher.answer('opened');
    await flush();
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it("goes back to 'idle' when the launch outcome is 'unknown'", async () => {
    const flow = createLoginFlow();
    flow.start({ redirectUri }, configOf(fakeLauncher('unknown')));
    expect(flow.get().status).toBe('launching');
    await flush();
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it('tells subscribers about each status on the way', async () => {
    const flow = createLoginFlow();
    const seen: LoginStatus[] = [];
    flow.subscribe((state) => seen.push(state.status));
    flow.start({ redirectUri }, configOf(fakeLauncher()));
    await flush();
    expect(seen).toEqual(['launching', 'idle']);
  });

  it("launches a thirdlogin link with the config's appId, the redirectUri, the scope and a fresh state of the SDK's form", () => {
    const { link, state } = stateFrom();
    expect(parseDeepLink(link)).toEqual({ action: 'login', appId, redirectUri, scope: 'snsapi_userinfo', state });
    expect(state).toMatch(sdkStateForm);
  });

  it('binds the state to the app: the same tag for the same appId, another for another app', () => {
    const tag = (state: string) => state.split('_')[1];
    const first = stateFrom().state;
    const second = stateFrom().state;
    const other = stateFrom(fakeStorage(), otherAppId).state;
    expect(first).not.toBe(second);
    expect(tag(first)).toBe(tag(second));
    expect(tag(other)).not.toBe(tag(first));
  });

  it('passes a custom scope through to the link', () => {
    const launcher = fakeLauncher();
    createLoginFlow().start({ redirectUri, scope: 'snsapi_base' }, configOf(launcher));
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toMatchObject({ scope: 'snsapi_base' });
  });

  it("stores the state it launched in the config's storage as [state, expiresAt, appId]", () => {
    fakeClock(new Date('2025-01-01T00:00:00Z'));
    const { storage, state } = stateFrom();
    expect(JSON.parse(storage.map.get(statesKey)!)).toEqual([[state, Date.now() + 600_000, appId]]);
  });

  it("ends in 'error' invalid_option and never calls the launcher for a bad redirectUri", () => {
    for (const bad of ['', '   ', 'not a url', 'ftp://shop.example/', '/relative/path', 'javascript:alert(1)']) {
      const launcher = fakeLauncher();
      const flow = createLoginFlow();
      expect(() => {
        flow.start({ redirectUri: bad }, configOf(launcher));
      }).not.toThrow();
      expect(flow.get().status).toBe('error');
      expect(errorOf(flow.get()).code).toBe('invalid_option');
      expect(errorOf(flow.get()).message).toContain('redirectUri');
      expect(launcher.launch).not.toHaveBeenCalled();
    }
  });

  it("ends in 'error' invalid_option for a blank appId in the config, storing nothing", () => {
    const launcher = fakeLauncher();
    const storage = fakeStorage();
    const flow = createLoginFlow();
    flow.start({ redirectUri }, configOf(launcher, storage, { appId: ' ' }));
    expect(errorOf(flow.get()).code).toBe('invalid_option');
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(storage.map.size).toBe(0);
  });

  it("ends in 'error' not_opened when the app did not open", async () => {
    const flow = createLoginFlow();
    flow.start({ redirectUri }, configOf(fakeLauncher('not-opened')));
    await flush();
    expect(flow.get().status).toBe('error');
    expect(errorOf(flow.get()).code).toBe('not_opened');
  });

  it('can start again after an error', async () => {
    const launcher = fakeLauncher('not-opened');
    const flow = createLoginFlow();
    flow.start({ redirectUri }, configOf(launcher));
    await flush();
    launcher.launch.mockResolvedValue({ outcome: 'opened', elapsedMs: 0 });
    flow.start({ redirectUri }, configOf(launcher));
    expect(flow.get().status).toBe('launching');
    await flush();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(launcher.launch).toHaveBeenCalledTimes(2);
  });

  it('ignores a second start while a launch is under way (a double tap): one launch, one stored state', () => {
    const launcher = manualLauncher();
    const storage = fakeStorage();
    const flow = createLoginFlow();
    flow.start({ redirectUri }, configOf(launcher, storage));
    const before = flow.get();
    flow.start({ redirectUri }, configOf(launcher, storage));
    expect(flow.get()).toBe(before);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(JSON.parse(storage.map.get(statesKey)!)).toHaveLength(1);
  });
});

describe('createLoginFlow: resume', () => {
  // Review of the cross-tab fix: a tab that waited for another tab's lock on a callback reported
  // that callback's outcome (state_mismatch) over a login the user had started meanwhile.
  it('drops a waited-for callback once the user started another login in this tab', async () => {
    const queue: Promise<unknown>[] = [];
    let held = false;
    const locks = {
      request: (name: string, ...rest: [LockGrantedCallback<unknown>] | [LockOptions, LockGrantedCallback<unknown>]) => {
        const [options, callback] = rest.length === 1 ? [{}, rest[0]] : rest;
        if (options.ifAvailable && held) return Promise.resolve().then(() => callback(null));
        held = true;
        const granted = Promise.all(queue).then(() => callback({ name, mode: 'exclusive' })).finally(() => (held = false));
        queue.push(granted.catch(() => undefined));
        return granted;
      },
    };
    vi.stubGlobal('navigator', { locks });
    try {
      // A state of the SDK's form that another tab used up (it is not in this tab's storage).
      const { state } = stateFrom(fakeStorage());
      const storage = fakeStorage();
      const release = deferred<undefined>();
      // Another tab holds this callback's lock (its exchange is under way).
      const holder = withLock(`vvchat:login:${appId}:${state}`, () => release.promise);
      const flow = createLoginFlow();
      const config = configOf(manualLauncher(), storage); // the app keeps opening
      flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
      await settle(flow);
      flow.start({ redirectUri }, config);
      expect(flow.get().status).toBe('launching');
      release.resolve(undefined);
      await holder;
      await new Promise((resolve) => setTimeout(resolve, 2200)); // past the wait for the holder's word
      expect(flow.get().status).toBe('launching');
    } finally {
      vi.unstubAllGlobals();
      resetTabChannel();
    }
  });

  it("moves to 'exchanging' for a valid callback, uses the state up, then succeeds with { code } when nobody exchanges", async () => {
    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state, err_code: '0' }), config);
    await settle(flow);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'CODE-1' });
    expect(storage.dump()).not.toContain(state);
    await flush();
    expect(flow.get()).toEqual({ status: 'success', code: 'CODE-1', data: { code: 'CODE-1' } });
  });

  it('reads a callback once per flow: a second resume of the same URL (StrictMode, another consumer) changes nothing', async () => {
    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    const exchange = vi.fn((code: string) => `user-${code}`);
    flow.register(() => exchange);
    const url = loginCallback(redirectUri, { code: 'CODE-1', state });
    flow.resume(url, config);
    await settle(flow);
    const exchanging = flow.get();
    flow.resume(url, config);
    expect(flow.get()).toBe(exchanging);
    await flush();
    flow.resume(url, config);
    await settle(flow);
    expect(flow.get()).toEqual({ status: 'success', code: 'CODE-1', data: 'user-CODE-1' });
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it("ends a replay of a used callback on a new page in 'error' state_mismatch", async () => {
    const { storage, state } = stateFrom();
    const url = loginCallback(redirectUri, { code: 'CODE-1', state });
    const first = page(storage);
    first.flow.resume(url, first.config);
    await settle(first.flow);
    expect(first.flow.get().status).toBe('exchanging');
    const reload = page(storage);
    reload.flow.resume(url, reload.config);
    await settle(reload.flow);
    expect(errorOf(reload.flow.get()).code).toBe('state_mismatch');
  });

  it("ends a denied login in 'error' login_denied with the errCode, and no code", async () => {
    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    flow.resume(loginCallback(redirectUri, { state, err_code: '-2' }), config);
    await settle(flow);
    const error = errorOf(flow.get());
    expect(error.code).toBe('login_denied');
    expect(error.errCode).toBe(-2);
    expect(flow.get()).toEqual({ status: 'error', error });
  });

  it('uses the state up on a denial too, so a later grant with it is state_mismatch', async () => {
    const { storage, state } = stateFrom();
    const denied = page(storage);
    denied.flow.resume(loginCallback(redirectUri, { state, err_code: '1' }), denied.config);
    await settle(denied.flow);
    expect(storage.dump()).not.toContain(state);
    const later = page(storage);
    later.flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), later.config);
    await settle(later.flow);
    expect(errorOf(later.flow.get()).code).toBe('state_mismatch');
  });

  it("ends a forged state of the SDK's form in 'error' state_mismatch and keeps the real state usable", async () => {
    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    for (const forged of [`${state}x`, `${state.slice(0, 12)}${'A'.repeat(22)}`]) {
      flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state: forged }), config);
      await settle(flow);
      expect(errorOf(flow.get()).code).toBe('state_mismatch');
      expect(flow.get()).not.toHaveProperty('code');
    }
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'CODE-1' });
  });

  it("leaves a callback without a state alone: it is not this SDK's (another provider's, or a page's own ?code=)", async () => {
    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    const listener = vi.fn();
    flow.subscribe(listener);
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1' }), config);
    await settle(flow);
    flow.resume(loginCallback(redirectUri, { err_code: '1' }), config);
    await settle(flow);
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(listener).not.toHaveBeenCalled();
    expect(config.replaceUrl).not.toHaveBeenCalled();
    expect(storage.dump()).toContain(state);
  });

  it("ends a callback whose state was never stored (another browser) in 'error' state_mismatch", async () => {
    const { state } = stateFrom();
    const { flow, config } = page(fakeStorage());
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    expect(errorOf(flow.get()).code).toBe('state_mismatch');
  });

  it("ends an expired state (older than 10 minutes) in 'error' state_mismatch", async () => {
    fakeClock(new Date('2025-01-01T00:00:00Z'));
    const { storage, state } = stateFrom();
    vi.setSystemTime(new Date('2025-01-01T00:10:01Z'));
    const { flow, config } = page(storage);
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    expect(errorOf(flow.get()).code).toBe('state_mismatch');
  });

  it('accepts a state still within its 10 minutes', async () => {
    fakeClock(new Date('2025-01-01T00:00:00Z'));
    const { storage, state } = stateFrom();
    vi.setSystemTime(new Date('2025-01-01T00:09:59Z'));
    const { flow, config } = page(storage);
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'CODE-1' });
  });

  it("ends a malformed callback in 'error' invalid_callback", async () => {
    for (const params of [{ code: '', err_code: '0' }, { code: 'C', err_code: 'abc' }, { err_code: '1.5' }]) {
      const { storage, state } = stateFrom();
      const { flow, config } = page(storage);
      flow.resume(loginCallback(redirectUri, { ...params, state }), config);
      await settle(flow);
      expect(errorOf(flow.get()).code).toBe('invalid_callback');
    }
  });

  it("reads this SDK's state with neither code nor err_code as an invalid callback, and uses the state up", async () => {
    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    flow.resume(`https://shop.example/?state=${state}`, config);
    await settle(flow);
    expect(errorOf(flow.get()).code).toBe('invalid_callback');
    expect(storage.dump()).not.toContain(state);
  });

  it('leaves the state unchanged for a URL without a callback, and uses nothing up', async () => {
    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    const urls = [
      redirectUri,
      'https://shop.example/',
      '?trade_no=T1',
      'https://shop.example/?code=abc&state=xyz',
      'not a url',
      undefined as unknown as string,
    ];
    for (const url of urls) {
      const before = flow.get();
      expect(() => flow.resume(url, config)).not.toThrow();
      await settle(flow);
      expect(flow.get()).toBe(before);
    }
    expect(config.replaceUrl).not.toHaveBeenCalled();
    // A started flow stays where it is too.
    const launcher = manualLauncher();
    const started = createLoginFlow();
    started.start({ redirectUri }, configOf(launcher, storage));
    const listener = vi.fn();
    started.subscribe(listener);
    started.resume(redirectUri, configOf(launcher, storage));
    await settle(started);
    expect(started.get().status).toBe('launching');
    expect(listener).not.toHaveBeenCalled();
    launcher.answer('opened');
    await flush();
    // Nothing was used up on the way.
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'CODE-1' });
  });

  it("leaves another app's callback alone, so that app's flow can still complete it", async () => {
    const storage = fakeStorage();
    const { state } = stateFrom(storage, otherAppId);
    const url = loginCallback(redirectUri, { code: 'CODE-1', state });
    const mine = page(storage);
    mine.flow.resume(url, mine.config);
    await settle(mine.flow);
    expect(mine.flow.get()).toEqual({ status: 'idle' });
    expect(mine.config.replaceUrl).not.toHaveBeenCalled();
    expect(storage.dump()).toContain(state);
    const theirs = page(storage, otherAppId);
    theirs.flow.resume(url, theirs.config);
    await settle(theirs.flow);
    expect(theirs.flow.get()).toEqual({ status: 'exchanging', code: 'CODE-1' });
  });

  it("refuses a stored state whose entry says it was made for another app (the app's tag matches, the entry does not)", async () => {
    const { storage, state } = stateFrom();
    const entries = JSON.parse(storage.map.get(statesKey)!) as [string, number, string][];
    storage.map.set(statesKey, JSON.stringify(entries.map(([s, expiresAt]) => [s, expiresAt, otherAppId])));
    const { flow, config } = page(storage);
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    expect(errorOf(flow.get()).code).toBe('state_mismatch');
  });

  it('does not accept a state stored by an older version ([state, expiresAt] without the appId)', async () => {
    const { storage, state } = stateFrom();
    const entries = JSON.parse(storage.map.get(statesKey)!) as [string, number, string][];
    storage.map.set(statesKey, JSON.stringify(entries.map(([s, expiresAt]) => [s, expiresAt])));
    const { flow, config } = page(storage);
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    expect(errorOf(flow.get()).code).toBe('state_mismatch');
  });
});

describe('createLoginFlow: finding the callback in the URL', () => {
  /** Resumes a fresh flow on `url(state)` and returns what it did. */
  async function resumeOn(url: (state: string) => string) {
    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    // An exchange that stays pending: what the callback moved the flow to stays to be seen.
    const exchange = vi.fn((_code: string) => new Promise<never>(() => undefined));
    flow.register(() => exchange);
    flow.resume(url(state), config);
    await settle(flow);
    return { flow, config, exchange, state, storage };
  }

  it("leaves another provider's ?code=&state= alone: no exchange, no cleaning", async () => {
    const { flow, config, exchange, state, storage } = await resumeOn(() => 'https://shop.example/cb?code=GITHUB-CODE&state=csrf-123');
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(exchange).not.toHaveBeenCalled();
    expect(config.replaceUrl).not.toHaveBeenCalled();
    expect(storage.dump()).toContain(state);
  });

  it("keeps a page's own state=CA in the address and reads only this SDK's state", async () => {
    const { flow, config } = await resumeOn((state) => `https://shop.example/stores?state=CA&city=LA&code=C1&state=${state}`);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'C1' });
    expect(config.replaceUrl).toHaveBeenCalledWith('https://shop.example/stores?state=CA&city=LA');
  });

  it('keeps the hash byte for byte when the callback is in the query', async () => {
    const hash = '#/orders?tab=%E5%85%A8%E9%83%A8&q=a+b%20c&code=x';
    const { flow, config } = await resumeOn((state) => `https://shop.example/cb?from=cart&code=C1&state=${state}&err_code=0${hash}`);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'C1' });
    expect(config.replaceUrl).toHaveBeenCalledWith(`https://shop.example/cb?from=cart${hash}`);
  });

  it('keeps every other query byte as it was (encodings, empty values, repeated names)', async () => {
    const own = 'q=a+b%20c&tag=&tag=%E2%9C%93&flag';
    const { config } = await resumeOn((state) => `https://shop.example/cb?${own}&code=C1&state=${state}`);
    expect(config.replaceUrl).toHaveBeenCalledWith(`https://shop.example/cb?${own}`);
  });

  it('drops the ? when only the callback was in the query', async () => {
    const { config } = await resumeOn((state) => `https://shop.example/cb?code=C1&state=${state}#top`);
    expect(config.replaceUrl).toHaveBeenCalledWith('https://shop.example/cb#top');
  });

  it("reads a hash-route callback from the hash, keeping the page's query and route", async () => {
    const { flow, config } = await resumeOn((state) => `https://shop.example/?from=cart#/me?tab=1&code=C1&state=${state}&err_code=0`);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'C1' });
    expect(config.replaceUrl).toHaveBeenCalledWith('https://shop.example/?from=cart#/me?tab=1');
  });

  it("takes the last code when the page has its own code (the app adds its parameters last)", async () => {
    const { flow, config, exchange } = await resumeOn((state) => `https://shop.example/promo?code=SUMMER&code=APP-CODE&state=${state}&err_code=0`);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'APP-CODE' });
    expect(config.replaceUrl).toHaveBeenCalledWith('https://shop.example/promo?code=SUMMER');
    await flush();
    expect(exchange).toHaveBeenCalledWith('APP-CODE');
  });

  it("keeps a page's own code in the address on a denial (the app sent no code)", async () => {
    const { flow, config } = await resumeOn((state) => `https://shop.example/promo?code=SUMMER&state=${state}&err_code=1`);
    expect(errorOf(flow.get()).code).toBe('login_denied');
    expect(config.replaceUrl).toHaveBeenCalledWith('https://shop.example/promo?code=SUMMER');
  });

  it('finishes the callback even when replacing the address throws (sandboxed iframe, Safari rate limit)', async () => {
    const { storage, state } = stateFrom();
    const flow = createLoginFlow();
    const config = configOf(fakeLauncher(), storage, {
      replaceUrl: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(() => flow.resume(loginCallback(redirectUri, { code: 'C1', state }), config)).not.toThrow();
    await settle(flow);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'C1' });
  });

  it('finishes the callback without a replaceUrl where there is no history (node)', async () => {
    const { storage, state } = stateFrom();
    const flow = createLoginFlow();
    expect(() => flow.resume(loginCallback(redirectUri, { code: 'C1', state }), { appId, launcher: fakeLauncher(), storage })).not.toThrow();
    await settle(flow);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'C1' });
  });

  it.each([
    ['a grant', (s: string) => `https://shop.example/?code=abc&state=${s}`, 'exchanging'],
    ['a denial', (s: string) => `https://shop.example/?err_code=1&state=${s}`, 'error'],
    ['a hash-routed grant', (s: string) => `https://shop.example/#/me?code=abc&state=${s}`, 'exchanging'],
    ['an err_code without a state', () => 'https://shop.example/?err_code=1', 'idle'],
    ["a foreign state", () => 'https://shop.example/?code=abc&state=s1', 'idle'],
    ["a page's ?code=SUMMER", () => 'https://shop.example/?code=SUMMER', 'idle'],
    ['a pay return', () => 'https://shop.example/?trade_no=T-1&err_code=0', 'idle'],
    ['?tab=state', () => 'https://shop.example/?tab=state', 'idle'],
    ['a bare page', () => 'https://shop.example/', 'idle'],
  ] as const)('reads %s as its callback or not', async (_, url, status) => {
    const { flow } = await resumeOn(url);
    expect(flow.get().status).toBe(status);
  });
});

describe('createLoginFlow: exchange', () => {
  /** A flow whose registered exchange is `exchange`, resumed on a valid callback with CODE-1. */
  async function exchanging<TData>(exchange: (code: string) => Promise<TData> | TData) {
    const { storage, state } = stateFrom();
    const { flow, config } = page<TData>(storage);
    const offer = vi.fn(exchange);
    flow.register(() => offer);
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    expect(flow.get().status).toBe('exchanging');
    return { flow, offer };
  }

  it("ends in 'success' with what the exchange resolved and the code", async () => {
    const { flow } = await exchanging(() => Promise.resolve({ name: 'Ada' }));
    await flush();
    expect(flow.get()).toEqual({ status: 'success', data: { name: 'Ada' }, code: 'CODE-1' });
  });

  it('accepts an exchange that returns its data synchronously', async () => {
    const { flow } = await exchanging(() => ({ name: 'Ada' }));
    await flush();
    expect(flow.get()).toEqual({ status: 'success', data: { name: 'Ada' }, code: 'CODE-1' });
  });

  it('calls the exchange once per code, with the code', async () => {
    const { offer } = await exchanging(() => ({ name: 'Ada' }));
    await flush();
    expect(offer).toHaveBeenCalledTimes(1);
    expect(offer).toHaveBeenCalledWith('CODE-1');
  });

  it("ends a rejecting exchange in 'error' exchange_failed with the rejection as cause, keeping the code", async () => {
    const cause = new Error('502 Bad Gateway');
    const { flow } = await exchanging(() => Promise.reject(cause));
    await flush();
    const error = errorOf(flow.get());
    expect(error.code).toBe('exchange_failed');
    expect(error.cause).toBe(cause);
    expect(flow.get()).toEqual({ status: 'error', error, code: 'CODE-1' });
  });

  it("ends a throwing exchange in 'error' exchange_failed with the thrown error as cause", async () => {
    const cause = new TypeError('api is undefined');
    const { flow } = await exchanging(() => {
      throw cause;
    });
    await flush();
    const error = errorOf(flow.get());
    expect(error.code).toBe('exchange_failed');
    expect(error.cause).toBe(cause);
  });

  it('wraps a VVChatError that the exchange rejects with in exchange_failed too', async () => {
    const cause = new VVChatError('state_mismatch', 'the backend said so');
    const { flow } = await exchanging(() => Promise.reject(cause));
    await flush();
    const error = errorOf(flow.get());
    expect(error.code).toBe('exchange_failed');
    expect(error.cause).toBe(cause);
  });

  it('wraps a non-Error rejection in exchange_failed', async () => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- apps reject with anything
    const { flow } = await exchanging(() => Promise.reject('offline'));
    await flush();
    const error = errorOf(flow.get());
    expect(error.code).toBe('exchange_failed');
    expect(error.cause).toBe('offline');
  });

  it("stays in 'exchanging' while the exchange is pending", async () => {
    let finish!: (value: { name: string }) => void;
    const { flow } = await exchanging(() => new Promise<{ name: string }>((resolve) => (finish = resolve)));
    await flush();
    expect(flow.get().status).toBe('exchanging');
    finish({ name: 'Ada' });
    await flush();
    expect(flow.get().status).toBe('success');
  });

  it('ignores an exchange that answers after reset()', async () => {
    let finish!: (value: string) => void;
    const { flow } = await exchanging(() => new Promise<string>((resolve) => (finish = resolve)));
    await flush();
    flow.reset();
    finish('late');
    await flush();
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it('asks the registered consumers in order when the code arrives: the first that has an exchange exchanges', async () => {
    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    const none = vi.fn(() => undefined);
    const offered: { exchange?: (code: string) => string } = {};
    const second = vi.fn(() => offered.exchange);
    const third = vi.fn((code: string) => `third-${code}`);
    flow.register(none);
    flow.register(second);
    flow.register(() => third);
    offered.exchange = (code) => `second-${code}`; // Read when the code arrives, not when registered.
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    await flush();
    expect(none).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(third).not.toHaveBeenCalled();
    expect(flow.get()).toEqual({ status: 'success', code: 'CODE-1', data: 'second-CODE-1' });
  });

  it('no longer asks a consumer that unregistered', async () => {
    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    const gone = vi.fn((code: string) => `gone-${code}`);
    const unregister = flow.register(() => gone);
    unregister();
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    await flush();
    expect(gone).not.toHaveBeenCalled();
    expect(flow.get()).toEqual({ status: 'success', code: 'CODE-1', data: { code: 'CODE-1' } });
  });

  it("tells on('success') once, with the state narrowed to success", async () => {
    const { storage, state } = stateFrom();
    const { flow, config } = page<{ name: string }>(storage);
    flow.register(() => () => ({ name: 'Ada' }));
    const onSuccess = vi.fn();
    flow.on('success', (success) => {
      expectTypeOf(success.data).toEqualTypeOf<{ name: string }>();
      onSuccess(success.data);
    });
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    await flush();
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    await flush();
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith({ name: 'Ada' });
  });
});

describe('createLoginFlow: reset', () => {
  it("goes back to 'idle' from 'error', 'exchanging' and 'success'", async () => {
    const bad = createLoginFlow();
    bad.start({ redirectUri: 'nope' }, configOf(fakeLauncher()));
    expect(bad.get().status).toBe('error');
    bad.reset();
    expect(bad.get()).toEqual({ status: 'idle' });

    const { storage, state } = stateFrom();
    const { flow, config } = page(storage);
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }), config);
    await settle(flow);
    flow.reset();
    expect(flow.get()).toEqual({ status: 'idle' });

    const second = stateFrom();
    const done = page(second.storage);
    done.flow.register(() => () => 'data');
    done.flow.resume(loginCallback(redirectUri, { code: 'CODE-2', state: second.state }), done.config);
    await settle(done.flow);
    await flush();
    expect(done.flow.get().status).toBe('success');
    done.flow.reset();
    expect(done.flow.get()).toEqual({ status: 'idle' });
  });

  it('can be passed around as a plain function', () => {
    const flow = createLoginFlow();
    flow.start({ redirectUri: 'nope' }, configOf(fakeLauncher()));
    const { reset } = flow;
    reset();
    expect(flow.get().status).toBe('idle');
  });

  it('changes nothing in idle (same state, no listener call)', () => {
    const flow = createLoginFlow();
    const before = flow.get();
    const listener = vi.fn();
    flow.subscribe(listener);
    flow.reset();
    expect(flow.get()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores the launch answer once reset during launching', async () => {
    const launcher = manualLauncher();
    const flow: LoginFlow = createLoginFlow();
    flow.start({ redirectUri }, configOf(launcher));
    flow.reset();
    launcher.answer('not-opened');
    await flush();
    expect(flow.get()).toEqual({ status: 'idle' });
  });
});

describe('createLoginFlow across a page load', () => {
  it('completes a login started by one flow in a fresh flow with the same storage', async () => {
    const storage = fakeStorage();
    const launcher = fakeLauncher();
    const pageA = createLoginFlow();
    pageA.start({ redirectUri }, configOf(launcher, storage));
    await flush();
    expect(pageA.get().status).toBe('idle');

    const launched = parseDeepLink(launcher.launch.mock.calls[0]![0]);
    if (launched.action !== 'login') throw new Error('expected a login link');
    // The app opens redirect_uri (a new page) with code, state and err_code.
    const callbackUrl = loginCallback(launched.redirectUri, { code: 'CODE-XYZ', state: launched.state!, err_code: '0' });

    const pageB = createLoginFlow<{ user: string }>();
    const exchange = vi.fn((code: string) => Promise.resolve({ user: `user-for-${code}` }));
    pageB.register(() => exchange);
    const configB = configOf(fakeLauncher(), fakeStorage(storage.map));
    pageB.resume(callbackUrl, configB);
    await settle(pageB);
    expect(pageB.get().status).toBe('exchanging');
    expect(configB.replaceUrl).toHaveBeenCalledWith(redirectUri);
    await flush();
    expect(pageB.get()).toEqual({ status: 'success', data: { user: 'user-for-CODE-XYZ' }, code: 'CODE-XYZ' });

    // Reloading the callback page (a replay) is refused.
    const pageC = createLoginFlow();
    pageC.resume(callbackUrl, configOf(fakeLauncher(), storage));
    await settle(pageC);
    expect(errorOf(pageC.get()).code).toBe('state_mismatch');
  });

  it('completes a login whose state startLogin stored directly', async () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    const { flow, config } = page(storage);
    flow.resume(loginCallback(redirectUri, { code: 'C', state }), config);
    await settle(flow);
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'C' });
  });

  it('still runs on memory when the storage throws on every call', async () => {
    const storage = throwingStorage();
    const launcher = fakeLauncher();
    const pageA = createLoginFlow();
    expect(() => {
      pageA.start({ redirectUri }, configOf(launcher, storage));
    }).not.toThrow();
    await flush();
    expect(pageA.get().status).toBe('idle');
    const pageB = createLoginFlow();
    pageB.resume(loginCallback(redirectUri, { code: 'C', state: stateOf(launcher.launch.mock.calls[0]![0]) }), configOf(fakeLauncher(), storage));
    await settle(pageB);
    expect(pageB.get()).toEqual({ status: 'exchanging', code: 'C' });
  });
});
