import { afterEach, describe, expect, it, vi } from 'vitest';
import { VVChatError, createPayFlow, parseDeepLink, verifyDelay, type CreatedOrder, type PayFlow, type PayStatus } from '@vvchat/core';
import {
  appId,
  contextOf,
  deferred,
  errorOf,
  fakeLauncher,
  fakeStorage,
  flush,
  manualLauncher,
  redirectUri,
  throwingStorage,
  type FakeStorage,
} from './support';

const orderKey = 'vvchat:qpay-order';
const returnUrl = `${redirectUri}&trade_no=T-900`;
const now = new Date('2025-06-01T12:00:00Z');

afterEach(() => {
  vi.useRealTimers();
});

function storedOrder(storage: FakeStorage): unknown {
  const raw = storage.map.get(orderKey);
  return raw === undefined ? undefined : JSON.parse(raw);
}

/** A pay flow over a Map storage and a launcher answered by hand. */
function setup() {
  const storage = fakeStorage();
  const launcher = manualLauncher();
  const flow = createPayFlow(contextOf(launcher, storage));
  return { storage, launcher, flow };
}

/** Brings `flow` to `status` with the order 'ORDER-1' (and returns what keeps it there). */
async function bring(flow: PayFlow, launcher: ReturnType<typeof manualLauncher>, status: 'creating' | 'ready' | 'launching' | 'verifying') {
  if (status === 'creating') {
    const order = deferred<CreatedOrder>();
    void flow.pay(() => order.promise, redirectUri, () => true);
    expect(flow.get().status).toBe('creating');
    return order;
  }
  await flow.pay(() => 'ORDER-1', redirectUri, () => status !== 'ready');
  if (status === 'verifying') expect(flow.resume(redirectUri, true)).toBe(true);
  expect(flow.get().status).toBe(status);
  expect(launcher.launch.mock.calls.length).toBe(status === 'ready' ? 0 : 1);
  return undefined;
}

describe('createPayFlow: pay', () => {
  it("starts in 'idle'", () => {
    expect(setup().flow.get()).toEqual({ status: 'idle' });
  });

  it("is 'creating' while the order is made, then launches the pay link and is 'launching'", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const { storage, launcher, flow } = setup();
    const order = deferred<CreatedOrder>();
    const paying = flow.pay(() => order.promise, redirectUri, () => true);
    expect(flow.get()).toEqual({ status: 'creating' });
    expect(launcher.launch).not.toHaveBeenCalled();
    order.resolve('ORDER-1');
    await paying;
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-1' });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toEqual({ action: 'pay', appId, imprestCode: 'ORDER-1', redirectUri });
    expect(storedOrder(storage)).toEqual({ imprestCode: 'ORDER-1', startedAt: now.getTime() });
  });

  it('stores the order before the launcher is called', async () => {
    const storage = fakeStorage();
    let seen: string | undefined;
    const launcher = {
      launch: vi.fn(() => {
        seen = storage.map.get(orderKey);
        return Promise.resolve({ outcome: 'opened' as const, elapsedMs: 0 });
      }),
    };
    await createPayFlow(contextOf(launcher, storage)).pay(() => 'ORDER-1', redirectUri, () => true);
    expect(seen && JSON.parse(seen)).toMatchObject({ imprestCode: 'ORDER-1' });
  });

  it('stays in launching once the app opened (the answer comes on the return)', async () => {
    const { launcher, flow } = setup();
    await flow.pay(() => 'ORDER-1', redirectUri, () => true);
    launcher.answer('opened');
    await flush();
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-1' });
  });

  it('leaves redirect_uri out of the link when none is given', async () => {
    const { launcher, flow } = setup();
    await flow.pay(() => 'ORDER-1', undefined, () => true);
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toEqual({ action: 'pay', appId, imprestCode: 'ORDER-1' });
  });

  it('accepts createOrder resolving { imprestCode }', async () => {
    const { launcher, flow } = setup();
    await flow.pay(() => Promise.resolve({ imprestCode: 'ORDER-2' }), redirectUri, () => true);
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-2' });
    expect(launcher.launch.mock.calls[0]![0]).toContain('imprest_code=ORDER-2');
  });

  it('accepts createOrder returning a string synchronously', async () => {
    const { flow } = setup();
    await flow.pay(() => 'ORDER-3', redirectUri, () => true);
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-3' });
  });

  it.each([
    ['an empty string', ''],
    ['a blank string', '  '],
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['an object with a blank imprestCode', { imprestCode: ' ' }],
    ['a number', 42],
  ])("ends in 'error' order_failed with a cause and launches nothing when createOrder resolves %s", async (_, value) => {
    const { storage, launcher, flow } = setup();
    await flow.pay(() => Promise.resolve(value as CreatedOrder), redirectUri, () => true);
    expect(flow.get().status).toBe('error');
    const error = errorOf(flow.get());
    expect(error.code).toBe('order_failed');
    expect(error.cause).toBeDefined();
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it("ends in 'error' order_failed with the rejection as cause when createOrder rejects", async () => {
    const { storage, launcher, flow } = setup();
    const cause = new Error('out of stock');
    await expect(flow.pay(() => Promise.reject(cause), redirectUri, () => true)).resolves.toBeUndefined();
    const error = errorOf(flow.get());
    expect(error.code).toBe('order_failed');
    expect(error.cause).toBe(cause);
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it('ends in order_failed when createOrder throws synchronously', async () => {
    const { launcher, flow } = setup();
    const cause = new TypeError('api is undefined');
    await flow.pay(
      () => {
        throw cause;
      },
      redirectUri,
      () => true,
    );
    expect(errorOf(flow.get()).code).toBe('order_failed');
    expect(errorOf(flow.get()).cause).toBe(cause);
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it("waits in 'ready' with the imprestCode when the tap's activation lapsed, and confirm() launches", async () => {
    const { storage, launcher, flow } = setup();
    await flow.pay(() => 'ORDER-1', redirectUri, () => false);
    expect(flow.get()).toEqual({ status: 'ready', imprestCode: 'ORDER-1' });
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(storage.map.has(orderKey)).toBe(false);
    flow.confirm(redirectUri);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-1' });
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1' });
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toEqual({ action: 'pay', appId, imprestCode: 'ORDER-1', redirectUri });
  });

  it('asks canNavigate only after the order was created', async () => {
    const { flow } = setup();
    const order = deferred<CreatedOrder>();
    const canNavigate = vi.fn(() => true);
    const paying = flow.pay(() => order.promise, redirectUri, canNavigate);
    await flush();
    expect(canNavigate).not.toHaveBeenCalled();
    order.resolve('ORDER-1');
    await paying;
    expect(canNavigate).toHaveBeenCalledTimes(1);
  });

  it.each(['idle', 'creating', 'launching', 'verifying'] as const)('does nothing on confirm() in %s', async (status) => {
    const { launcher, flow } = setup();
    if (status !== 'idle') await bring(flow, launcher, status);
    const before = flow.get();
    const calls = launcher.launch.mock.calls.length;
    flow.confirm(redirectUri);
    expect(flow.get()).toBe(before);
    expect(launcher.launch.mock.calls.length).toBe(calls);
  });

  it('does nothing on confirm() after an error or a reset', async () => {
    const { launcher, flow } = setup();
    await flow.pay(() => '', redirectUri, () => false);
    flow.confirm(redirectUri);
    await flow.pay(() => 'ORDER-1', redirectUri, () => false);
    flow.reset();
    flow.confirm(redirectUri);
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it.each(['creating', 'ready', 'launching', 'verifying'] as const)(
    'starts no second order on a second pay() while %s',
    async (status) => {
      const { launcher, flow } = setup();
      const pending = await bring(flow, launcher, status);
      const before = flow.get();
      const second = vi.fn(() => 'ORDER-2');
      await flow.pay(second, redirectUri, () => true);
      expect(second).not.toHaveBeenCalled();
      expect(flow.get()).toBe(before);
      pending?.resolve('ORDER-1');
      await flush();
      expect(launcher.launch.mock.calls.length).toBeLessThanOrEqual(1);
      expect(launcher.launch.mock.calls.every(([link]) => link.includes('ORDER-1'))).toBe(true);
    },
  );

  it('calls createOrder once on a double tap', async () => {
    const { launcher, flow } = setup();
    const order = vi.fn(() => Promise.resolve('ORDER-1'));
    await Promise.all([flow.pay(order, redirectUri, () => true), flow.pay(order, redirectUri, () => true)]);
    expect(order).toHaveBeenCalledTimes(1);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it.each(['paid', 'failed', 'error'] as const)('starts a new order on pay() after %s', async (end) => {
    const { launcher, flow } = setup();
    if (end === 'error') await flow.pay(() => '', redirectUri, () => true);
    else {
      await flow.pay(() => 'ORDER-1', redirectUri, () => true);
      flow.resume(redirectUri, true);
      flow.settle(end);
    }
    expect(flow.get().status).toBe(end);
    await flow.pay(() => 'ORDER-2', redirectUri, () => true);
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-2' });
    expect(launcher.launch.mock.lastCall![0]).toContain('ORDER-2');
  });

  it("ends in 'error' not_opened and removes the stored order when the app did not open", async () => {
    const { storage, launcher, flow } = setup();
    await flow.pay(() => 'ORDER-1', redirectUri, () => true);
    expect(storage.map.has(orderKey)).toBe(true);
    launcher.answer('not-opened');
    await flush();
    expect(flow.get().status).toBe('error');
    expect(errorOf(flow.get()).code).toBe('not_opened');
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it("ends in 'error' launch_failed and keeps the stored order when the launcher rejects", async () => {
    const { storage, launcher, flow } = setup();
    await flow.pay(() => 'ORDER-1', redirectUri, () => true);
    const cause = new Error('blocked');
    launcher.fail(cause);
    await flush();
    expect(errorOf(flow.get()).code).toBe('launch_failed');
    expect(errorOf(flow.get()).cause).toBe(cause);
    // The app may have opened after all: a later return can still be verified.
    expect(storage.map.has(orderKey)).toBe(true);
  });

  it("ends in 'error' invalid_option without launching when redirectUri is not an http(s) URL", async () => {
    const { launcher, flow } = setup();
    await flow.pay(() => 'ORDER-1', 'not a url', () => true);
    expect(flow.get().status).toBe('error');
    expect(errorOf(flow.get()).code).toBe('invalid_option');
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it('never rejects from pay()', async () => {
    const { flow } = setup();
    await expect(flow.pay(() => Promise.reject(new Error('x')), redirectUri, () => true)).resolves.toBeUndefined();
  });
});

describe('createPayFlow: resume', () => {
  async function launchedOn(storage: FakeStorage) {
    const flow = createPayFlow(contextOf(fakeLauncher(), storage));
    await flow.pay(() => 'ORDER-1', redirectUri, () => true);
    await flush();
    return flow;
  }

  it("moves to 'verifying' with imprestCode and tradeNo on a return with trade_no and a stored order", async () => {
    const storage = fakeStorage();
    await launchedOn(storage);
    // A fresh page on redirect_uri.
    const flow = createPayFlow(contextOf(fakeLauncher(), fakeStorage(storage.map)));
    expect(flow.resume(returnUrl)).toBe(true);
    expect(flow.get()).toEqual({ status: 'verifying', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
  });

  it('moves to verifying on the same page as well', async () => {
    const storage = fakeStorage();
    const flow = await launchedOn(storage);
    expect(flow.resume(returnUrl)).toBe(true);
    expect(flow.get()).toEqual({ status: 'verifying', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
  });

  it('ignores a trade_no with no stored order (a forged return): false, status unchanged', () => {
    const { launcher, flow } = setup();
    const listener = vi.fn();
    flow.subscribe(listener);
    expect(flow.resume(returnUrl)).toBe(false);
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(listener).not.toHaveBeenCalled();
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it('ignores a trade_no whose stored order is older than 30 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const storage = fakeStorage();
    await launchedOn(storage);
    vi.setSystemTime(now.getTime() + 30 * 60_000 + 1);
    const flow = createPayFlow(contextOf(fakeLauncher(), storage));
    expect(flow.resume(returnUrl)).toBe(false);
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it('accepts a trade_no whose stored order is just under 30 minutes old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const storage = fakeStorage();
    await launchedOn(storage);
    vi.setSystemTime(now.getTime() + 30 * 60_000 - 1);
    const flow = createPayFlow(contextOf(fakeLauncher(), storage));
    expect(flow.resume(returnUrl)).toBe(true);
  });

  it('ignores a stored order that is not valid JSON or has the wrong shape', () => {
    for (const raw of ['not json', '"ORDER-1"', '{}', '{"imprestCode":42,"startedAt":0}', 'null']) {
      const storage = fakeStorage(new Map([[orderKey, raw]]));
      const flow = createPayFlow(contextOf(fakeLauncher(), storage));
      expect(flow.resume(returnUrl)).toBe(false);
      expect(flow.get()).toEqual({ status: 'idle' });
    }
  });

  it("moves to 'verifying' without a tradeNo when the page is shown again while 'launching'", async () => {
    const { launcher, flow } = setup();
    await flow.pay(() => 'ORDER-1', redirectUri, () => true);
    launcher.answer('opened');
    await flush();
    expect(flow.resume(redirectUri, true)).toBe(true);
    expect(flow.get()).toEqual({ status: 'verifying', imprestCode: 'ORDER-1' });
  });

  it('returns false for a shown page that is not launching and has no trade_no', async () => {
    const { launcher, flow } = setup();
    expect(flow.resume(redirectUri, true)).toBe(false);
    expect(flow.get()).toEqual({ status: 'idle' });

    await flow.pay(() => 'ORDER-1', redirectUri, () => false);
    expect(flow.resume(redirectUri, true)).toBe(false);
    expect(flow.get().status).toBe('ready');

    // A stored order from an earlier visit does not count without launching or a trade_no.
    flow.confirm(redirectUri);
    flow.reset();
    expect(flow.resume(redirectUri, true)).toBe(false);
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it('verifies the order it launched when shown again after another tab settled the stored one', async () => {
    const { storage, flow } = setup();
    await flow.pay(() => 'ORDER-1', redirectUri, () => true);
    storage.map.clear(); // The app came back in another tab, which confirmed the payment.
    expect(flow.resume(redirectUri, true)).toBe(true);
    expect(flow.get()).toEqual({ status: 'verifying', imprestCode: 'ORDER-1' });
    expect(storage.map.size).toBe(0); // Nothing is stored again for an order this page settles alone.
  });

  it('returns false without shown and without trade_no', async () => {
    const { flow } = setup();
    await flow.pay(() => 'ORDER-1', redirectUri, () => true);
    expect(flow.resume(redirectUri)).toBe(false);
    expect(flow.get().status).toBe('launching');
  });

  it('returns false for input that is not a URL at all, and does not throw', () => {
    const { flow } = setup();
    expect(flow.resume(undefined as unknown as string)).toBe(false);
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it('reads trade_no from a hash-routed return URL', async () => {
    const storage = fakeStorage();
    await launchedOn(storage);
    const flow = createPayFlow(contextOf(fakeLauncher(), storage));
    expect(flow.resume('https://shop.example/#/paid?trade_no=T-1')).toBe(true);
    expect(flow.get().tradeNo).toBe('T-1');
  });
});

describe('createPayFlow: settle', () => {
  async function verifying() {
    const made = setup();
    await made.flow.pay(() => 'ORDER-1', redirectUri, () => true);
    expect(made.flow.resume(returnUrl)).toBe(true);
    return made;
  }

  it("moves to 'paid' on settle('paid') and clears the stored order", async () => {
    const { storage, flow } = await verifying();
    flow.settle('paid');
    expect(flow.get()).toEqual({ status: 'paid', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it("moves to 'failed' on settle('failed') and clears the stored order", async () => {
    const { storage, flow } = await verifying();
    flow.settle('failed');
    expect(flow.get().status).toBe('failed');
    expect(flow.get().error).toBeUndefined();
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it("ends settle('timeout') in 'error' payment_unverified and keeps the stored order", async () => {
    const { storage, flow } = await verifying();
    flow.settle('timeout');
    expect(flow.get().status).toBe('error');
    expect(errorOf(flow.get()).code).toBe('payment_unverified');
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1' });
  });

  it('lets a later visit confirm an order that timed out', async () => {
    const { storage, flow } = await verifying();
    flow.settle('timeout');
    const later = createPayFlow(contextOf(fakeLauncher(), fakeStorage(storage.map)));
    expect(later.resume(returnUrl)).toBe(true);
    later.settle('paid');
    expect(later.get().status).toBe('paid');
  });

  it('checks an unverified order again on a later visit without a trade_no in the URL', async () => {
    const { storage, flow } = await verifying();
    flow.settle('timeout');
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1', unverified: true });
    const later = createPayFlow(contextOf(fakeLauncher(), fakeStorage(storage.map)));
    expect(later.resume(redirectUri)).toBe(true);
    expect(later.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1' });
  });

  it('asks again about the same order on confirm() after payment_unverified, never paying twice', async () => {
    const { launcher, flow } = await verifying();
    flow.settle('timeout');
    flow.confirm(redirectUri);
    expect(flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1' });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    flow.settle('paid');
    expect(flow.get().status).toBe('paid');
  });

  it('does nothing on confirm() after another error', async () => {
    const { flow } = setup();
    await flow.pay(() => Promise.reject(new Error('down')), redirectUri, () => true);
    flow.confirm(redirectUri);
    expect(errorOf(flow.get()).code).toBe('order_failed');
  });

  it('does not accept the same return again once the order was paid', async () => {
    const { storage, flow } = await verifying();
    flow.settle('paid');
    const reload = createPayFlow(contextOf(fakeLauncher(), fakeStorage(storage.map)));
    expect(reload.resume(returnUrl)).toBe(false);
    expect(reload.get()).toEqual({ status: 'idle' });
  });

  it.each(['idle', 'creating', 'ready', 'launching', 'paid', 'failed', 'error'] as const)(
    'does nothing on settle() in %s',
    async (status: PayStatus) => {
      const { storage, launcher, flow } = setup();
      if (status === 'creating' || status === 'ready' || status === 'launching') await bring(flow, launcher, status);
      if (status === 'paid' || status === 'failed') {
        await bring(flow, launcher, 'verifying');
        flow.settle(status);
      }
      if (status === 'error') {
        await bring(flow, launcher, 'verifying');
        flow.settle('timeout');
      }
      expect(flow.get().status).toBe(status);
      const before = flow.get();
      const stored = storage.map.get(orderKey);
      for (const verdict of ['paid', 'failed', 'timeout'] as const) {
        flow.settle(verdict);
        expect(flow.get()).toBe(before);
        expect(storage.map.get(orderKey)).toBe(stored);
      }
    },
  );
});

describe('createPayFlow: reset', () => {
  it("goes back to 'idle' and keeps the stored order", async () => {
    const { storage, flow } = setup();
    await flow.pay(() => 'ORDER-1', redirectUri, () => true);
    const reset = () => flow.reset();
    reset();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1' });
  });

  it('goes back to idle from error', async () => {
    const { flow } = setup();
    await flow.pay(() => '', redirectUri, () => true);
    flow.reset();
    expect(flow.get()).toEqual({ status: 'idle' });
  });
});

describe('createPayFlow: faults', () => {
  // Regression: pay() once went on after `await order()` without checking it is still 'creating'.
  it('launches nothing when createOrder resolves after reset()', async () => {
    const { launcher, flow } = setup();
    const order = deferred<CreatedOrder>();
    const paying = flow.pay(() => order.promise, redirectUri, () => true);
    flow.reset();
    order.resolve('ORDER-1');
    await paying;
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  // Regression: launchOrder's rejection handler once ended whatever payment was current.
  it('does not let a stale launch from before reset() end the next payment', async () => {
    const { storage, launcher, flow } = setup();
    await flow.pay(() => 'ORDER-1', redirectUri, () => true);
    flow.reset();
    await flow.pay(() => 'ORDER-2', redirectUri, () => true);
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-2' });
    // The first, abandoned launch now reports that the app did not open.
    launcher.answer('not-opened');
    await flush();
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-2' });
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-2' });
  });

  // Regression: as above; a cancel-and-retry during a slow createOrder launches both orders.
  it('starts one launch when pay() is reset during creating and tapped again', async () => {
    const { launcher, flow } = setup();
    const first = deferred<CreatedOrder>();
    const second = deferred<CreatedOrder>();
    void flow.pay(() => first.promise, redirectUri, () => true);
    flow.reset();
    void flow.pay(() => second.promise, redirectUri, () => true);
    second.resolve('ORDER-2');
    await flush();
    first.resolve('ORDER-1');
    await flush();
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-2' });
  });

  // Regression: as above; a return with trade_no for an earlier stored order while a new order is
  // being created puts the flow in 'verifying', then the new order launches from 'verifying'.
  it('does not launch a new order once a return moved the flow to verifying', async () => {
    const { storage, launcher, flow } = setup();
    await flow.pay(() => 'ORDER-1', redirectUri, () => true);
    launcher.fail(new Error('blocked'));
    await flush();
    expect(errorOf(flow.get()).code).toBe('launch_failed');
    const order = deferred<CreatedOrder>();
    void flow.pay(() => order.promise, redirectUri, () => true);
    expect(flow.resume(returnUrl)).toBe(true);
    order.resolve('ORDER-2');
    await flush();
    expect(flow.get()).toEqual({ status: 'verifying', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1' });
  });

  it('still works on memory and never throws when the storage throws on every call', async () => {
    const storage = throwingStorage();
    const launcher = fakeLauncher();
    const flow = createPayFlow(contextOf(launcher, storage));
    await expect(flow.pay(() => 'ORDER-MEM', redirectUri, () => true)).resolves.toBeUndefined();
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-MEM' });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    await flush();
    // A fresh page in the same tab (the memory fallback lives as long as the page).
    const back = createPayFlow(contextOf(fakeLauncher(), storage));
    expect(() => back.resume(`${redirectUri}&trade_no=T-MEM`)).not.toThrow();
    expect(back.get()).toEqual({ status: 'verifying', imprestCode: 'ORDER-MEM', tradeNo: 'T-MEM' });
    expect(() => {
      back.settle('paid');
    }).not.toThrow();
    expect(back.get().status).toBe('paid');
    // The order was cleared from memory too.
    expect(createPayFlow(contextOf(fakeLauncher(), storage)).resume(`${redirectUri}&trade_no=T-MEM`)).toBe(false);
    expect(storage.attempts).toBeGreaterThan(0);
  });

  it('never throws with a throwing storage through ready, confirm, not-opened, timeout and reset', async () => {
    const storage = throwingStorage();
    const launcher = manualLauncher();
    const flow = createPayFlow(contextOf(launcher, storage));
    await flow.pay(() => 'ORDER-A', redirectUri, () => false);
    expect(() => {
      flow.confirm(redirectUri);
    }).not.toThrow();
    expect(flow.get().status).toBe('launching');
    launcher.answer('not-opened');
    await flush();
    expect(errorOf(flow.get()).code).toBe('not_opened');
    flow.reset();
    await flow.pay(() => 'ORDER-B', redirectUri, () => true);
    expect(flow.resume(redirectUri, true)).toBe(true);
    flow.settle('timeout');
    expect(errorOf(flow.get()).code).toBe('payment_unverified');
    flow.reset();
    // Clean the shared memory fallback up for the tests that follow.
    expect(flow.resume(`${redirectUri}&trade_no=T`)).toBe(true);
    flow.settle('paid');
    expect(flow.get().status).toBe('paid');
  });

  it('works without any storage in the context (memory)', async () => {
    const launcher = fakeLauncher();
    const flow = createPayFlow(() => ({ appId, launcher, storage: null }));
    await flow.pay(() => 'ORDER-NULL', redirectUri, () => true);
    expect(flow.resume(`${redirectUri}&trade_no=T-NULL`)).toBe(true);
    flow.settle('paid');
    expect(flow.get().status).toBe('paid');
  });
});

describe('verifyDelay', () => {
  it('doubles from base up to five times base', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((attempt) => verifyDelay(attempt, 100))).toEqual([100, 200, 400, 500, 500, 500, 500]);
  });

  it('defaults base to one second: 1 s, 2 s, 4 s, then every 5 s', () => {
    expect([0, 1, 2, 3, 4, 20].map((attempt) => verifyDelay(attempt))).toEqual([1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('stays at five times base for very large attempts', () => {
    expect(verifyDelay(10_000, 7)).toBe(35);
  });
});

describe('VVChatError on pay states', () => {
  it('is a VVChatError instance', async () => {
    const { flow } = setup();
    await flow.pay(() => '', redirectUri, () => true);
    expect(flow.get().error).toBeInstanceOf(VVChatError);
  });
});
