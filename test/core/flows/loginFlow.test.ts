import { afterEach, describe, expect, it, vi } from 'vitest';
import { VVChatError, createLoginFlow, parseDeepLink, startLogin, type LoginStatus } from '@vvchat/core';
import {
  appId,
  contextOf,
  errorOf,
  fakeLauncher,
  fakeStorage,
  flush,
  loginCallback,
  manualLauncher,
  redirectUri,
  throwingStorage,
} from './support';

afterEach(() => {
  vi.useRealTimers();
});

/** Starts a login on `storage` with a launcher that opens, and returns the state in its link. */
function stateFrom(storage = fakeStorage()) {
  const launcher = fakeLauncher();
  const flow = createLoginFlow(contextOf(launcher, storage));
  flow.start({ redirectUri });
  const link = launcher.launch.mock.calls[0]![0];
  const parsed = parseDeepLink(link);
  if (parsed.action !== 'login' || !parsed.state) throw new Error(`not a login link with a state: ${link}`);
  return { flow, storage, state: parsed.state, link };
}

describe('createLoginFlow: start', () => {
  it("starts in 'idle'", () => {
    expect(createLoginFlow(contextOf(fakeLauncher())).get()).toEqual({ status: 'idle' });
  });

  it("moves to 'launching', then back to 'idle' once the app opened", async () => {
    const launcher = manualLauncher();
    const flow = createLoginFlow(contextOf(launcher));
    flow.start({ redirectUri });
    expect(flow.get().status).toBe('launching');
    launcher.answer('opened');
    await flush();
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it("goes back to 'idle' when the launch outcome is 'unknown'", async () => {
    const flow = createLoginFlow(contextOf(fakeLauncher('unknown')));
    flow.start({ redirectUri });
    expect(flow.get().status).toBe('launching');
    await flush();
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it('tells subscribers about each status on the way', async () => {
    const flow = createLoginFlow(contextOf(fakeLauncher()));
    const seen: LoginStatus[] = [];
    flow.subscribe((state) => seen.push(state.status));
    flow.start({ redirectUri });
    await flush();
    expect(seen).toEqual(['launching', 'idle']);
  });

  it('launches a thirdlogin link with the context appId, the redirectUri, the scope and a fresh state', () => {
    const { link, state } = stateFrom();
    expect(parseDeepLink(link)).toEqual({ action: 'login', appId, redirectUri, scope: 'snsapi_userinfo', state });
    expect(state.length).toBeGreaterThanOrEqual(22);
  });

  it('passes a custom scope through to the link', () => {
    const launcher = fakeLauncher();
    createLoginFlow(contextOf(launcher)).start({ redirectUri, scope: 'snsapi_base' });
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toMatchObject({ scope: 'snsapi_base' });
  });

  it('stores the state it launched in the context storage', () => {
    const { storage, state } = stateFrom();
    expect([...storage.map.values()].join()).toContain(state);
  });

  it("ends in 'error' invalid_option and never calls the launcher for a bad redirectUri", () => {
    for (const bad of ['', '   ', 'not a url', 'ftp://shop.example/', '/relative/path', 'javascript:alert(1)']) {
      const launcher = fakeLauncher();
      const flow = createLoginFlow(contextOf(launcher));
      expect(() => {
        flow.start({ redirectUri: bad });
      }).not.toThrow();
      expect(flow.get().status).toBe('error');
      expect(errorOf(flow.get()).code).toBe('invalid_option');
      expect(errorOf(flow.get()).message).toContain('redirectUri');
      expect(launcher.launch).not.toHaveBeenCalled();
    }
  });

  it("ends in 'error' invalid_option for a blank appId in the context", () => {
    const launcher = fakeLauncher();
    const flow = createLoginFlow(() => ({ appId: ' ', launcher, storage: fakeStorage() }));
    flow.start({ redirectUri });
    expect(errorOf(flow.get()).code).toBe('invalid_option');
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it("ends in 'error' not_opened when the app did not open", async () => {
    const flow = createLoginFlow(contextOf(fakeLauncher('not-opened')));
    flow.start({ redirectUri });
    await flush();
    expect(flow.get().status).toBe('error');
    expect(errorOf(flow.get()).code).toBe('not_opened');
  });

  it('can start again after an error', async () => {
    const launcher = fakeLauncher('not-opened');
    const flow = createLoginFlow(contextOf(launcher));
    flow.start({ redirectUri });
    await flush();
    launcher.launch.mockResolvedValue({ outcome: 'opened', elapsedMs: 0 });
    flow.start({ redirectUri });
    expect(flow.get().status).toBe('launching');
    await flush();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(launcher.launch).toHaveBeenCalledTimes(2);
  });
});

describe('createLoginFlow: resume', () => {
  it("returns the code for a valid callback, moves to 'exchanging' and uses the state up", () => {
    const { storage, state } = stateFrom();
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    const url = loginCallback(redirectUri, { code: 'CODE-1', state, err_code: '0' });
    expect(flow.resume(url)).toBe('CODE-1');
    expect(flow.get()).toEqual({ status: 'exchanging', code: 'CODE-1' });
    expect([...storage.map.values()].join()).not.toContain(state);
  });

  it("ends a second resume of the same URL in 'error' state_mismatch", () => {
    const { storage, state } = stateFrom();
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    const url = loginCallback(redirectUri, { code: 'CODE-1', state });
    expect(flow.resume(url)).toBe('CODE-1');
    expect(flow.resume(url)).toBeNull();
    expect(flow.get().status).toBe('error');
    expect(errorOf(flow.get()).code).toBe('state_mismatch');
  });

  it("ends a denied login in 'error' login_denied with the errCode", () => {
    const { storage, state } = stateFrom();
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    expect(flow.resume(loginCallback(redirectUri, { state, err_code: '-2' }))).toBeNull();
    expect(flow.get().status).toBe('error');
    const error = errorOf(flow.get());
    expect(error.code).toBe('login_denied');
    expect(error.errCode).toBe(-2);
  });

  it('uses the state up on a denial too, so a later grant with it is state_mismatch', () => {
    const { storage, state } = stateFrom();
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    flow.resume(loginCallback(redirectUri, { state, err_code: '1' }));
    expect(flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }))).toBeNull();
    expect(errorOf(flow.get()).code).toBe('state_mismatch');
  });

  it("ends a forged state in 'error' state_mismatch and keeps the real state usable", () => {
    const { storage, state } = stateFrom();
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    expect(flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state: `${state}x` }))).toBeNull();
    expect(flow.get().status).toBe('error');
    expect(errorOf(flow.get()).code).toBe('state_mismatch');
    expect(flow.get().code).toBeUndefined();
    expect(flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }))).toBe('CODE-1');
  });

  it("ends a callback without state in 'error' state_mismatch", () => {
    const { storage } = stateFrom();
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    expect(flow.resume(loginCallback(redirectUri, { code: 'CODE-1' }))).toBeNull();
    expect(errorOf(flow.get()).code).toBe('state_mismatch');
  });

  it("ends a callback whose state was never stored (another browser) in 'error' state_mismatch", () => {
    const { state } = stateFrom();
    const flow = createLoginFlow(contextOf(fakeLauncher(), fakeStorage()));
    expect(flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }))).toBeNull();
    expect(errorOf(flow.get()).code).toBe('state_mismatch');
  });

  it("ends an expired state (older than 10 minutes) in 'error' state_mismatch", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const { storage, state } = stateFrom();
    vi.setSystemTime(new Date('2025-01-01T00:10:01Z'));
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    expect(flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }))).toBeNull();
    expect(errorOf(flow.get()).code).toBe('state_mismatch');
  });

  it('accepts a state still within its 10 minutes', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const { storage, state } = stateFrom();
    vi.setSystemTime(new Date('2025-01-01T00:09:59Z'));
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    expect(flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }))).toBe('CODE-1');
  });

  it("ends a malformed callback in 'error' invalid_callback", () => {
    const { storage, state } = stateFrom();
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    expect(flow.resume(loginCallback(redirectUri, { code: '', state, err_code: '0' }))).toBeNull();
    expect(errorOf(flow.get()).code).toBe('invalid_callback');
  });

  it('returns null and leaves the state unchanged for a URL without a callback', async () => {
    const { storage, state } = stateFrom();
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    for (const url of [redirectUri, 'https://shop.example/', `https://shop.example/?state=${state}`, '?trade_no=T1']) {
      const before = flow.get();
      expect(flow.resume(url)).toBeNull();
      expect(flow.get()).toBe(before);
    }
    // A started flow stays where it is too.
    const launcher = manualLauncher();
    const started = createLoginFlow(contextOf(launcher, storage));
    started.start({ redirectUri });
    const listener = vi.fn();
    started.subscribe(listener);
    expect(started.resume(redirectUri)).toBeNull();
    expect(started.get().status).toBe('launching');
    expect(listener).not.toHaveBeenCalled();
    launcher.answer('opened');
    await flush();
    // Nothing was used up on the way.
    expect(flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }))).toBe('CODE-1');
  });
});

describe('createLoginFlow: exchange', () => {
  function exchanging() {
    const { storage, state } = stateFrom();
    const flow = createLoginFlow<{ name: string }>(contextOf(fakeLauncher(), storage));
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }));
    expect(flow.get().status).toBe('exchanging');
    return flow;
  }

  it("ends in 'success' with what run resolved and the code", async () => {
    const flow = exchanging();
    await flow.exchange(() => Promise.resolve({ name: 'Ada' }));
    expect(flow.get()).toEqual({ status: 'success', data: { name: 'Ada' }, code: 'CODE-1' });
  });

  it('accepts a run that returns its data synchronously', async () => {
    const flow = exchanging();
    await flow.exchange(() => ({ name: 'Ada' }));
    expect(flow.get()).toEqual({ status: 'success', data: { name: 'Ada' }, code: 'CODE-1' });
  });

  it('calls run once per exchange', async () => {
    const flow = exchanging();
    const run = vi.fn(() => ({ name: 'Ada' }));
    await flow.exchange(run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("ends a rejecting run in 'error' exchange_failed with the rejection as cause", async () => {
    const flow = exchanging();
    const cause = new Error('502 Bad Gateway');
    await expect(flow.exchange(() => Promise.reject(cause))).resolves.toBeUndefined();
    expect(flow.get().status).toBe('error');
    const error = errorOf(flow.get());
    expect(error.code).toBe('exchange_failed');
    expect(error.cause).toBe(cause);
    expect(flow.get().code).toBe('CODE-1');
  });

  it("ends a throwing run in 'error' exchange_failed with the thrown error as cause", async () => {
    const flow = exchanging();
    const cause = new TypeError('api is undefined');
    await expect(
      flow.exchange(() => {
        throw cause;
      }),
    ).resolves.toBeUndefined();
    const error = errorOf(flow.get());
    expect(error.code).toBe('exchange_failed');
    expect(error.cause).toBe(cause);
  });

  it('wraps a VVChatError that run rejects with in exchange_failed too', async () => {
    const flow = exchanging();
    const cause = new VVChatError('state_mismatch', 'the backend said so');
    await flow.exchange(() => Promise.reject(cause));
    const error = errorOf(flow.get());
    expect(error.code).toBe('exchange_failed');
    expect(error.cause).toBe(cause);
  });

  it('wraps a non-Error rejection in exchange_failed', async () => {
    const flow = exchanging();
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- apps reject with anything
    await flow.exchange(() => Promise.reject('offline'));
    const error = errorOf(flow.get());
    expect(error.code).toBe('exchange_failed');
    expect(error.cause).toBe('offline');
  });

  it("stays in 'exchanging' while run is pending", async () => {
    const flow = exchanging();
    let finish!: (value: { name: string }) => void;
    const done = flow.exchange(() => new Promise((resolve) => (finish = resolve)));
    await flush();
    expect(flow.get().status).toBe('exchanging');
    finish({ name: 'Ada' });
    await done;
    expect(flow.get().status).toBe('success');
  });
});

describe('createLoginFlow: reset', () => {
  it("goes back to 'idle' from 'error', 'exchanging' and 'success'", async () => {
    const bad = createLoginFlow(contextOf(fakeLauncher()));
    bad.start({ redirectUri: 'nope' });
    expect(bad.get().status).toBe('error');
    bad.reset();
    expect(bad.get()).toEqual({ status: 'idle' });

    const { storage, state } = stateFrom();
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    flow.resume(loginCallback(redirectUri, { code: 'CODE-1', state }));
    flow.reset();
    expect(flow.get()).toEqual({ status: 'idle' });

    const { storage: second, state: secondState } = stateFrom();
    const done = createLoginFlow(contextOf(fakeLauncher(), second));
    done.resume(loginCallback(redirectUri, { code: 'CODE-2', state: secondState }));
    await done.exchange(() => 'data');
    expect(done.get().status).toBe('success');
    done.reset();
    expect(done.get()).toEqual({ status: 'idle' });
  });

  it('can be passed around as a plain function', () => {
    const flow = createLoginFlow(contextOf(fakeLauncher()));
    flow.start({ redirectUri: 'nope' });
    const { reset } = flow;
    reset();
    expect(flow.get().status).toBe('idle');
  });
});

describe('createLoginFlow across a page load', () => {
  it('completes a login started by one flow in a fresh flow with the same storage', async () => {
    const storage = fakeStorage();
    const launcher = fakeLauncher();
    const pageA = createLoginFlow(contextOf(launcher, storage));
    pageA.start({ redirectUri });
    await flush();
    expect(pageA.get().status).toBe('idle');

    const launched = parseDeepLink(launcher.launch.mock.calls[0]![0]);
    if (launched.action !== 'login') throw new Error('expected a login link');
    // The app opens redirect_uri (a new page) with code, state and err_code.
    const callbackUrl = loginCallback(launched.redirectUri, { code: 'CODE-XYZ', state: launched.state!, err_code: '0' });

    const pageB = createLoginFlow<{ user: string }>(contextOf(fakeLauncher(), fakeStorage(storage.map)));
    expect(pageB.resume(callbackUrl)).toBe('CODE-XYZ');
    expect(pageB.get().status).toBe('exchanging');
    const exchange = vi.fn((code: string) => Promise.resolve({ user: `user-for-${code}` }));
    await pageB.exchange(() => exchange('CODE-XYZ'));
    expect(pageB.get()).toEqual({ status: 'success', data: { user: 'user-for-CODE-XYZ' }, code: 'CODE-XYZ' });

    // Reloading the callback page (a replay) is refused.
    const pageC = createLoginFlow(contextOf(fakeLauncher(), storage));
    expect(pageC.resume(callbackUrl)).toBeNull();
    expect(errorOf(pageC.get()).code).toBe('state_mismatch');
  });

  it('completes a login whose state startLogin stored directly', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    const flow = createLoginFlow(contextOf(fakeLauncher(), storage));
    expect(flow.resume(loginCallback(redirectUri, { code: 'C', state }))).toBe('C');
  });

  it('still runs on memory when the storage throws on every call', async () => {
    const storage = throwingStorage();
    const launcher = fakeLauncher();
    const pageA = createLoginFlow(contextOf(launcher, storage));
    expect(() => {
      pageA.start({ redirectUri });
    }).not.toThrow();
    await flush();
    expect(pageA.get().status).toBe('idle');
    const launched = parseDeepLink(launcher.launch.mock.calls[0]![0]);
    if (launched.action !== 'login') throw new Error('expected a login link');
    const pageB = createLoginFlow(contextOf(fakeLauncher(), storage));
    expect(pageB.resume(loginCallback(redirectUri, { code: 'C', state: launched.state! }))).toBe('C');
    expect(pageB.get().status).toBe('exchanging');
  });
});

describe('createLoginFlow: isCallback', () => {
  const flow = createLoginFlow(() => ({ appId: 'test', launcher: { launch: () => Promise.resolve({ outcome: 'opened' as const, elapsedMs: 0 }) } }));

  it.each([
    ['https://shop.example/?code=abc&state=s1', true],
    ['https://shop.example/?err_code=1&state=s1', true],
    ['https://shop.example/?err_code=1', true],
    ['https://shop.example/#/me?code=abc&state=s1', true],
    ['https://shop.example/?code=SUMMER', false],
    ['https://shop.example/?trade_no=T-1&err_code=0', false],
    ['https://shop.example/?tab=state', false],
    ['https://shop.example/', false],
  ])('reads %s as a login callback: %s', (url, expected) => {
    expect(flow.isCallback(url)).toBe(expected);
  });
});
