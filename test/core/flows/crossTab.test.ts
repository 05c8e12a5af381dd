import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLoginFlow, createPayFlow, type PaymentVerifier } from '@vvchat/core';
import { createTabChannel, resetTabChannel, type TabMessage, type TabPage } from '../../../packages/core/src/flows/tabChannel';
import { appId, configOf, fakeStorage, flush, loginCallback, manualLauncher, redirectUri, stateOf, stubPage } from './support';

/** A page with Node's BroadcastChannel: what the flows' own channel (the page's) is made over. */
const page = (): TabPage => ({
  BroadcastChannel,
  localStorage: { setItem: () => undefined, removeItem: () => undefined },
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
});

/** Another tab of the origin: a channel of its own, and what it heard. */
function otherTab() {
  const channel = createTabChannel(page());
  const heard: TabMessage[] = [];
  channel.subscribe((message) => heard.push(message));
  opened.push(channel);
  return { channel, heard };
}

/** Web Locks for one page's tabs: exclusive, granted in order; `ifAvailable` answers `null` while held. */
function fakeLocks() {
  const held = new Map<string, Promise<unknown>>();
  return {
    request(name: string, ...rest: [LockGrantedCallback<unknown>] | [LockOptions, LockGrantedCallback<unknown>]) {
      const [options, callback] = rest.length === 1 ? [{}, rest[0]] : rest;
      const before = held.get(name);
      if (options.ifAvailable && before) return Promise.resolve().then(() => callback(null));
      const granted = (before ?? Promise.resolve()).then(() => callback({ name, mode: 'exclusive' }));
      const done = granted.catch(() => undefined).finally(() => held.get(name) === done && held.delete(name));
      held.set(name, done);
      return granted;
    },
  };
}

const opened: { close(): void }[] = [];
/** BroadcastChannel delivers in a later task. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * The flows load their tab channel with `import()` once a login or payment starts, and a tab hears
 * only what is posted after it listens. Run against the build (core-dist), the first load of that
 * chunk takes longer than a `flush()`: loaded here first, the flows' own `import()` of it is then a
 * cached module, as in a page where the answer comes seconds after the start.
 */
beforeAll(async () => {
  await Promise.all(Object.values(import.meta.glob('../../../packages/core/dist/tabChannel-*.js')).map((load) => load()));
});

beforeEach(() => {
  stubPage();
  vi.stubGlobal('window', page());
});

afterEach(() => {
  for (const channel of opened.splice(0)) channel.close();
  resetTabChannel();
  vi.unstubAllGlobals();
});

describe('login: the tab that started it learns the result', () => {
  it("moves to success with the other tab's data and context, without an exchange of its own", async () => {
    const launcher = manualLauncher();
    const storage = fakeStorage();
    const tabA = createLoginFlow();
    const exchange = vi.fn(() => ({ name: 'never' }));
    tabA.register(() => exchange);
    tabA.start({ redirectUri, context: { next: '/cart' } }, configOf(launcher, storage));
    launcher.answer('opened');
    await flush();
    expect(tabA.get().status).toBe('idle');
    const state = stateOf(launcher.launch.mock.calls[0]![0]);

    otherTab().channel.post({ type: 'login-success', appId, state, data: { name: 'Tester' }, context: { next: '/cart' } });
    await delivered();
    expect(tabA.get()).toEqual({ status: 'success', data: { name: 'Tester' }, context: { next: '/cart' } });
    expect(exchange).not.toHaveBeenCalled();
  });

  it("ignores another tab's login of a state it did not start, of another app, and when nothing is under way", async () => {
    const launcher = manualLauncher();
    const tabA = createLoginFlow();
    const tab = otherTab();
    tab.channel.post({ type: 'login-success', appId, state: 'vvc_x', data: {} });
    await delivered();
    expect(tabA.get().status).toBe('idle');
    tabA.start({ redirectUri }, configOf(launcher));
    const state = stateOf(launcher.launch.mock.calls[0]![0]);
    tab.channel.post({ type: 'login-success', appId: 'other-app', state, data: {} });
    tab.channel.post({ type: 'login-success', appId, state: `${state}x`, data: {} });
    await delivered();
    expect(tabA.get().status).toBe('launching');
  });

  it('tells the other tabs once its exchange is done (data and context, never the code)', async () => {
    const launcher = manualLauncher();
    const storage = fakeStorage();
    createLoginFlow().start({ redirectUri, context: 'c' }, configOf(launcher, storage));
    const state = stateOf(launcher.launch.mock.calls[0]![0]);
    const listener = otherTab();
    const tabB = createLoginFlow();
    tabB.register(() => () => ({ name: 'Tester' }));
    tabB.resume(loginCallback(redirectUri, { code: 'SECRET-CODE', state }), configOf(launcher, storage));
    await delivered();
    expect(tabB.get()).toMatchObject({ status: 'success' });
    expect(listener.heard).toEqual([{ type: 'login-success', appId, state, data: { name: 'Tester' }, context: 'c' }]);
    expect(JSON.stringify(listener.heard)).not.toContain('SECRET-CODE');
  });
});

describe('pay: the tab that started it learns the result', () => {
  const paidVerifier = (): PaymentVerifier => ({ verifyPayment: () => Promise.resolve('paid'), pollIntervalMs: 1 });

  it("moves to paid when another tab verified its order, and tells the others when it verified one", async () => {
    const launcher = manualLauncher();
    const storage = fakeStorage();
    const tabA = createPayFlow();
    const verifyA = vi.fn(() => new Promise<never>(() => undefined));
    tabA.register(() => ({ verifyPayment: verifyA }));
    tabA.pay(() => 'ORDER-1', { redirectUri, config: configOf(launcher, storage), canNavigate: () => true, context: 'c' });
    await flush();
    expect(tabA.get().status).toBe('launching');

    const listener = otherTab();
    const tabB = createPayFlow();
    tabB.register(paidVerifier);
    // Tab B shares this test's page channel with tab A, which therefore does not hear it directly (a
    // channel never hears itself): the listener, a tab of its own, hears it and hands it on below.
    tabB.resume(`${redirectUri}&trade_no=T-1`, configOf(manualLauncher(), storage));
    await vi.waitFor(() => expect(tabB.get().status).toBe('paid'));
    await delivered();
    expect(listener.heard).toEqual([{ type: 'paid', appId, imprestCode: 'ORDER-1', tradeNo: 'T-1', context: 'c' }]);

    listener.channel.post(listener.heard[0]!);
    await delivered();
    expect(tabA.get()).toEqual({ status: 'paid', imprestCode: 'ORDER-1', tradeNo: 'T-1', context: 'c' });
    expect(verifyA).not.toHaveBeenCalled();
  });

  // Review of issue 11: the tab the user tapped in, shown again while the tab the app opened was
  // still verifying the return, asked verifyPayment itself (a second verification).
  it('waits for the tab that took the return (its lock) instead of verifying again, then takes its verdict', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const storage = fakeStorage();
    const config = configOf(manualLauncher(), storage);
    const tabA = createPayFlow();
    const verifyA = vi.fn(() => Promise.resolve<'pending'>('pending'));
    tabA.register(() => ({ verifyPayment: verifyA, pollIntervalMs: 1 }));
    tabA.pay(() => 'ORDER-1', { redirectUri, config, canNavigate: () => true, context: 'c' });
    await flush();
    expect(tabA.get().status).toBe('launching');

    // The app opened the return in tab B, whose backend call is slow: B holds the return's lock.
    const listener = otherTab();
    let answerB: (verdict: 'paid') => void = () => undefined;
    const tabB = createPayFlow();
    tabB.register(() => ({ verifyPayment: () => new Promise<'paid'>((resolve) => (answerB = resolve)) }));
    tabB.resume(`${redirectUri}&trade_no=T-1`, configOf(manualLauncher(), storage));
    await vi.waitFor(() => expect(tabB.get().status).toBe('verifying'));

    // The user switches back to tab A, which was hidden while the app was in front: it would verify.
    tabA.send({ type: 'returned', imprestCode: 'ORDER-1', config, context: 'c' });
    expect(tabA.get().status).toBe('verifying');
    await delivered();
    expect(verifyA).not.toHaveBeenCalled();

    answerB('paid');
    await vi.waitFor(() => expect(tabB.get().status).toBe('paid'));
    await delivered();
    listener.channel.post(listener.heard.find((message) => message.type === 'paid')!);
    await delivered();
    expect(tabA.get()).toEqual({ status: 'paid', imprestCode: 'ORDER-1', tradeNo: 'T-1', context: 'c' });
    expect(verifyA).not.toHaveBeenCalled();
  });

  it('ignores a paid message for another order, and in a tab with no payment', async () => {
    const launcher = manualLauncher();
    const tabA = createPayFlow();
    const tab = otherTab();
    tabA.pay(() => 'ORDER-1', { redirectUri, config: configOf(launcher), canNavigate: () => true });
    await flush();
    tab.channel.post({ type: 'paid', appId, imprestCode: 'ORDER-2' });
    await delivered();
    expect(tabA.get().status).toBe('launching');
    const idle = createPayFlow();
    tab.channel.post({ type: 'paid', appId, imprestCode: 'ORDER-1' });
    await delivered();
    expect(idle.get().status).toBe('idle');
  });
});

describe('the back/forward cache', () => {
  it('closes the BroadcastChannel on pagehide (an open one keeps Chromium from caching the page) and opens it again on pageshow', async () => {
    const events = new EventTarget();
    const tabPage: TabPage = {
      BroadcastChannel,
      localStorage: { setItem: () => undefined, removeItem: () => undefined },
      addEventListener: (type, listener) => events.addEventListener(type, () => listener({ key: null, newValue: null })),
      removeEventListener: () => undefined,
    };
    const cached = createTabChannel(tabPage);
    opened.push(cached);
    const heard: TabMessage[] = [];
    cached.subscribe((message) => heard.push(message));
    const sender = otherTab();
    const message: TabMessage = { type: 'paid', appId, imprestCode: 'ORDER-1' };

    events.dispatchEvent(new Event('pagehide'));
    sender.channel.post(message);
    await delivered();
    expect(heard).toEqual([]);

    events.dispatchEvent(new Event('pageshow'));
    sender.channel.post(message);
    await delivered();
    expect(heard).toEqual([message]);
  });
});
