import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeLogin, createLoginFlow, createPayFlow, startLogin, type PaymentVerifier } from '@vvchat/core';
import { appId, configOf, errorOf, fakeStorage, flush, loginCallback, manualLauncher, redirectUri, stateOf, stubPage, type FakeStorage, settle } from './support';

const orderKey = 'vvchat:qpay-order';
const statesKey = 'vvchat:login-states';
const context = { next: '/orders/42?tab=items', cart: ['sku-1', 'sku-2'], note: '尽快发货' };

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const paidVerifier = (): PaymentVerifier => ({ verifyPayment: () => Promise.resolve('paid'), pollIntervalMs: 1 });

describe('context through the login round trip', () => {
  it('comes back on the page the app opens (a new flow, as after a page load), in exchanging and success', async () => {
    const storage = fakeStorage();
    const launcher = manualLauncher();
    createLoginFlow().start({ redirectUri, context }, configOf(launcher, storage));
    const state = stateOf(launcher.launch.mock.calls[0]![0]);

    const returned = createLoginFlow<{ name: string }>();
    returned.register(() => () => ({ name: 'Tester' }));
    const seen: unknown[] = [];
    returned.on('exchanging', (s) => seen.push(s.context));
    returned.resume(loginCallback(redirectUri, { code: 'CODE', state }), configOf(launcher, storage));
    await settle(returned);
    await flush();
    expect(seen).toEqual([context]);
    expect(returned.get()).toEqual({ status: 'success', code: 'CODE', data: { name: 'Tester' }, context });
  });

  it('keeps it on a failed exchange, and has none when none was given', async () => {
    const storage = fakeStorage();
    const launcher = manualLauncher();
    createLoginFlow().start({ redirectUri, context: 'step-2' }, configOf(launcher, storage));
    const failing = createLoginFlow();
    failing.register(() => () => Promise.reject(new Error('backend down')));
    failing.resume(loginCallback(redirectUri, { code: 'C', state: stateOf(launcher.launch.mock.calls[0]![0]) }), configOf(launcher, storage));
    await settle(failing);
    await flush();
    expect(failing.get()).toMatchObject({ status: 'error', context: 'step-2' });

    createLoginFlow().start({ redirectUri }, configOf(launcher, storage));
    const plain = createLoginFlow();
    plain.resume(loginCallback(redirectUri, { code: 'C2', state: stateOf(launcher.launch.mock.calls[1]![0]) }), configOf(launcher, storage));
    await settle(plain);
    await flush();
    expect(plain.get()).toEqual({ status: 'success', code: 'C2', data: { code: 'C2' } });
  });

  it('is returned by completeLogin for pages without the flows', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage, context: [1, 'two', { three: 3 }] });
    expect(completeLogin(`${redirectUri}&code=C&state=${state}`, { storage, appId })).toEqual({ code: 'C', state, context: [1, 'two', { three: 3 }] });
    const plain = startLogin({ appId, redirectUri, storage });
    expect(completeLogin(`${redirectUri}&code=C&state=${plain.state}`, { storage, appId })).toEqual({ code: 'C', state: plain.state });
  });

  it.each([
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a BigInt', 10n],
    ['a cycle', (() => { const o: Record<string, unknown> = {}; o.self = o; return o; })()],
    ['5,000 characters', 'x'.repeat(5000)],
  ])('refuses %s with invalid_option naming context, launching nothing', (_, bad) => {
    const launcher = manualLauncher();
    const flow = createLoginFlow();
    flow.start({ redirectUri, context: bad }, configOf(launcher));
    const error = errorOf(flow.get());
    expect(error.code).toBe('invalid_option');
    expect(error.message).toContain('context');
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(() => startLogin({ appId, redirectUri, context: bad })).toThrow(/context/);
  });

  it('takes 4,096 characters of JSON (the cap) and refuses 4,097', () => {
    expect(() => startLogin({ appId, redirectUri, storage: fakeStorage(), context: 'x'.repeat(4094) })).not.toThrow(); // "x…x" with quotes
    expect(() => startLogin({ appId, redirectUri, storage: fakeStorage(), context: 'x'.repeat(4095) })).toThrow(/4096/);
  });

  it('drops a tampered context past the cap, but still accepts the state', async () => {
    const storage = fakeStorage();
    const launcher = manualLauncher();
    createLoginFlow().start({ redirectUri, context: 'small' }, configOf(launcher, storage));
    const state = stateOf(launcher.launch.mock.calls[0]![0]);
    const stored = JSON.parse(storage.map.get(statesKey)!) as unknown[][];
    stored[0]![3] = 'y'.repeat(10_000);
    storage.map.set(statesKey, JSON.stringify(stored));
    const returned = createLoginFlow();
    returned.resume(loginCallback(redirectUri, { code: 'C', state }), configOf(launcher, storage));
    await settle(returned);
    await flush();
    expect(returned.get()).toEqual({ status: 'success', code: 'C', data: { code: 'C' } });
  });

  it('refuses a stored entry of the wrong shape (five elements) as a state mismatch', async () => {
    const storage = fakeStorage();
    const launcher = manualLauncher();
    createLoginFlow().start({ redirectUri, context: 'c' }, configOf(launcher, storage));
    const state = stateOf(launcher.launch.mock.calls[0]![0]);
    const stored = JSON.parse(storage.map.get(statesKey)!) as unknown[][];
    stored[0]!.push('extra');
    storage.map.set(statesKey, JSON.stringify(stored));
    const returned = createLoginFlow();
    returned.resume(loginCallback(redirectUri, { code: 'C', state }), configOf(launcher, storage));
    await settle(returned);
    expect(errorOf(returned.get()).code).toBe('state_mismatch');
  });
});

describe('context through the pay round trip', () => {
  async function paidOnReturn(storage: FakeStorage) {
    const returned = createPayFlow();
    returned.register(paidVerifier);
    const launcher = manualLauncher();
    returned.resume(`${redirectUri}&trade_no=T-1`, configOf(launcher, storage));
    await vi.waitFor(() => expect(returned.get().status).toBe('paid'));
    return returned;
  }

  it('is kept with the order and comes back with paid on the page the app opens', async () => {
    stubPage();
    const storage = fakeStorage();
    const launcher = manualLauncher();
    createPayFlow().pay(() => 'ORDER-1', { redirectUri, config: configOf(launcher, storage), canNavigate: () => true, context });
    await flush();
    expect(JSON.parse(storage.map.get(orderKey)!)).toMatchObject({ imprestCode: 'ORDER-1', context });
    const returned = await paidOnReturn(storage);
    expect(returned.get()).toEqual({ status: 'paid', imprestCode: 'ORDER-1', tradeNo: 'T-1', context });
  });

  it('refuses a context that cannot make the trip, creating no order', async () => {
    const order = vi.fn(() => 'ORDER-1');
    const flow = createPayFlow();
    flow.pay(order, { redirectUri, config: configOf(manualLauncher()), canNavigate: () => true, context: () => 'no' });
    expect(errorOf(flow.get()).code).toBe('invalid_option');
    expect(order).not.toHaveBeenCalled();
  });

  it('drops a tampered context past the cap, and still verifies the order', async () => {
    stubPage();
    const storage = fakeStorage();
    createPayFlow().pay(() => 'ORDER-1', { redirectUri, config: configOf(manualLauncher(), storage), canNavigate: () => true, context: 'c' });
    await flush();
    const stored = JSON.parse(storage.map.get(orderKey)!) as Record<string, unknown>;
    storage.map.set(orderKey, JSON.stringify({ ...stored, context: 'z'.repeat(9000) }));
    const returned = await paidOnReturn(storage);
    expect(returned.get()).toEqual({ status: 'paid', imprestCode: 'ORDER-1', tradeNo: 'T-1' });
  });
});

describe('prepare: the order made ahead of the tap', () => {
  it("creates the order now and waits in 'ready'; confirm() launches in the same tick", async () => {
    const launcher = manualLauncher();
    const config = configOf(launcher);
    const flow = createPayFlow();
    const order = vi.fn(() => Promise.resolve('ORDER-1'));
    flow.prepare(order, { redirectUri, config, maxAgeMs: 60_000, context: 'c' });
    expect(flow.get().status).toBe('creating');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-1', context: 'c' });
    expect(launcher.launch).not.toHaveBeenCalled();
    flow.confirm({ redirectUri, config });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(flow.get()).toMatchObject({ status: 'launching', imprestCode: 'ORDER-1', context: 'c' });
    expect(order).toHaveBeenCalledOnce();
  });

  // Review of issue 11: prepare() while a prepared order waited was ignored, so a changed cart
  // (the guide's useEffect(() => prepare(cart), [cart])) was paid with the old cart's order.
  it('prepares afresh when prepare() is called again with another order (a changed cart), launching only the new one', async () => {
    const launcher = manualLauncher();
    const config = configOf(launcher);
    const flow = createPayFlow();
    flow.prepare(() => 'ORDER-OLD-CART', { redirectUri, config, maxAgeMs: 60_000, context: 'old' });
    await flush();
    expect(flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-OLD-CART' });
    flow.prepare(() => 'ORDER-NEW-CART', { redirectUri, config, maxAgeMs: 60_000, context: 'new' });
    expect(flow.get().status).toBe('creating');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-NEW-CART', context: 'new' });
    flow.confirm({ redirectUri, config });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.launch.mock.calls[0]![0]).toContain('imprest_code=ORDER-NEW-CART');
  });

  it('answers the latest prepare() only, when the cart changes while the first order is still being created', async () => {
    const config = configOf(manualLauncher());
    const flow = createPayFlow();
    let answerOld: (code: string) => void = () => undefined;
    flow.prepare(() => new Promise<string>((resolve) => (answerOld = resolve)), { redirectUri, config, maxAgeMs: 60_000 });
    flow.prepare(() => Promise.resolve('ORDER-NEW-CART'), { redirectUri, config, maxAgeMs: 60_000 });
    await flush();
    answerOld('ORDER-OLD-CART');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-NEW-CART' });
  });

  it('never replaces an order the tap is paying or one it launched: prepare() is ignored from launching and from a launched ready', async () => {
    const launcher = manualLauncher();
    const config = configOf(launcher);
    const flow = createPayFlow();
    flow.prepare(() => 'ORDER-1', { redirectUri, config, maxAgeMs: 60_000 });
    await flush();
    flow.confirm({ redirectUri, config });
    flow.prepare(() => 'ORDER-2', { redirectUri, config, maxAgeMs: 60_000 });
    expect(flow.get()).toMatchObject({ status: 'launching', imprestCode: 'ORDER-1' });
    flow.send({ type: 'dismissed' }); // the launch settled in doubt: the same order waits for a tap
    expect(flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-1' });
    flow.prepare(() => 'ORDER-2', { redirectUri, config, maxAgeMs: 60_000 });
    expect(flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-1' });
  });

  it('makes the order afresh when it gets too old while the page waits, never launching the stale one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const launcher = manualLauncher();
    const config = configOf(launcher);
    const flow = createPayFlow();
    let n = 0;
    flow.prepare(() => `ORDER-${++n}`, { redirectUri, config, maxAgeMs: 60_000 });
    await flush();
    expect(flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-1' });
    vi.advanceTimersByTime(60_000);
    expect(flow.get().status).toBe('creating');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-2' });
    flow.confirm({ redirectUri, config });
    expect(launcher.launch.mock.calls[0]![0]).toContain('imprest_code=ORDER-2');
  });

  it('re-creates at the tap when the timer could not fire (a frozen page, a clock that jumped), launching only if the tap is still active', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const launcher = manualLauncher();
    const config = configOf(launcher);
    const flow = createPayFlow();
    let n = 0;
    flow.prepare(() => `ORDER-${++n}`, { redirectUri, config, maxAgeMs: 60_000 });
    await flush();
    vi.setSystemTime(Date.now() + 61_000); // no timer ran meanwhile
    flow.confirm({ redirectUri, config, canNavigate: () => true });
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(flow.get().status).toBe('creating');
    await flush();
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.launch.mock.calls[0]![0]).toContain('imprest_code=ORDER-2');
  });

  it('refuses a maxAgeMs that is not a duration, and is ignored while a payment is under way', async () => {
    const flow = createPayFlow();
    flow.prepare(() => 'X', { redirectUri, config: configOf(manualLauncher()), maxAgeMs: -1 });
    expect(errorOf(flow.get()).message).toContain('orderMaxAgeMs');

    const busy = createPayFlow();
    const order = vi.fn(() => new Promise<string>(() => undefined));
    busy.pay(order, { redirectUri, config: configOf(manualLauncher()), canNavigate: () => true });
    busy.prepare(order, { redirectUri, config: configOf(manualLauncher()), maxAgeMs: 1000 });
    expect(order).toHaveBeenCalledOnce();
    expect(busy.get().status).toBe('creating');
  });
});
