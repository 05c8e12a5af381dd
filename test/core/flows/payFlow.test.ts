import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  VVChatError,
  createPayFlow,
  parseDeepLink,
  payBusyStatuses,
  safeStorage,
  verifyDelay,
  type CreatedOrder,
  type FlowConfig,
  type PayFlow,
  type PaymentVerifier,
  type PayStatus,
} from '@vvchat/core';
import {
  appId,
  configOf,
  deferred,
  errorOf,
  fakeLauncher,
  fakeStorage,
  flush,
  settle,
  manualLauncher,
  redirectUri,
  stubPage,
  throwingStorage,
  fakeClock,
  type Deferred,
  type FakePage,
  type FakeStorage,
  type ManualLauncher,
  type TestConfig,
} from './support';

const orderKey = 'vvchat:qpay-order';
const returnUrl = `${redirectUri}&trade_no=T-900`;
const now = new Date('2025-06-01T12:00:00Z');

let page: FakePage;

beforeEach(() => {
  page = stubPage();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  // The memory fallback lives as long as the module: leave no order behind for the next test.
  safeStorage(null).removeItem(orderKey);
});

function storedOrder(storage: FakeStorage): unknown {
  const raw = storage.map.get(orderKey);
  return raw === undefined ? undefined : JSON.parse(raw);
}

/** A `verifyPayment` answered by hand: each call waits for `answer()`. */
function manualVerifier(extra: Omit<PaymentVerifier, 'verifyPayment'> = {}) {
  const pending: Deferred<unknown>[] = [];
  const verifyPayment = vi.fn((_order: { imprestCode: string; tradeNo?: string | undefined }) => {
    const answer = deferred<unknown>();
    pending.push(answer);
    return answer.promise;
  });
  return {
    verifier: { verifyPayment, ...extra } satisfies PaymentVerifier,
    verifyPayment,
    /** Answers the oldest pending call. */
    answer: (verdict: unknown) => pending.shift()?.resolve(verdict),
    fail: (error: unknown) => pending.shift()?.reject(error),
  };
}

type ManualVerifier = ReturnType<typeof manualVerifier>;

interface Setup {
  storage: FakeStorage;
  launcher: ManualLauncher;
  config: TestConfig;
  flow: PayFlow;
  verifier: ManualVerifier;
  /** `flow.pay(order)` with this setup's redirectUri and config. */
  pay: (order: () => Promise<CreatedOrder> | CreatedOrder, canNavigate?: boolean | (() => boolean), target?: { redirectUri?: string | undefined }) => void;
  confirm: (target?: { redirectUri?: string | undefined; config?: FlowConfig }) => void;
}

/** A pay flow over a Map storage, a launcher and a verifier answered by hand (unless `verify: false`). */
function setup({ storage = fakeStorage(), verify = true }: { storage?: FakeStorage; verify?: boolean } = {}): Setup {
  const launcher = manualLauncher();
  const config = configOf(launcher, storage);
  const flow = createPayFlow();
  const verifier = manualVerifier();
  if (verify) flow.register(() => verifier.verifier);
  return {
    storage,
    launcher,
    config,
    flow,
    verifier,
    pay: (order, canNavigate = true, target = {}) =>
      flow.pay(order, {
        redirectUri,
        config,
        canNavigate: typeof canNavigate === 'function' ? canNavigate : () => canNavigate,
        ...target,
      }),
    confirm: (target = {}) => flow.confirm({ redirectUri, config, ...target }),
  };
}

/** The user switched to the app (the page hid), the launch settled 'opened', and the user came back. */
async function backFromApp({ launcher }: Setup, outcome: 'opened' | 'unknown' = 'opened') {
  page.hide();
  launcher.answer(outcome);
  await flush();
  page.show();
}

/** Brings the setup's flow to `status` with the order 'ORDER-1' (and returns what keeps it there). */
async function bring(made: Setup, status: (typeof payBusyStatuses)[number]): Promise<Deferred<CreatedOrder> | undefined> {
  const { flow, launcher } = made;
  if (status === 'creating') {
    const order = deferred<CreatedOrder>();
    made.pay(() => order.promise);
    expect(flow.get().status).toBe('creating');
    return order;
  }
  made.pay(() => 'ORDER-1', status !== 'ready');
  await flush();
  if (status === 'verifying') await backFromApp(made);
  expect(flow.get().status).toBe(status);
  expect(launcher.launch.mock.calls.length).toBe(status === 'ready' ? 0 : 1);
  return undefined;
}

describe('createPayFlow: pay', () => {
  it("starts in 'idle'", () => {
    expect(createPayFlow().get()).toEqual({ status: 'idle' });
  });

  it("is 'creating' while the order is made, then stores it, launches the pay link and is 'launching'", async () => {
    fakeClock(now);
    const made = setup();
    const { storage, launcher, flow, config } = made;
    const order = deferred<CreatedOrder>();
    const request = () => order.promise;
    made.pay(request);
    expect(flow.get()).toEqual({ status: 'creating', order: request, canNavigate: expect.any(Function) as () => boolean, redirectUri, config });
    expect(launcher.launch).not.toHaveBeenCalled();
    order.resolve('ORDER-1');
    await flush();
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-1', redirectUri, config });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toEqual({ action: 'pay', appId, imprestCode: 'ORDER-1', redirectUri });
    expect(storedOrder(storage)).toEqual({ imprestCode: 'ORDER-1', startedAt: now.getTime() });
  });

  it('calls createOrder inside the tap, before pay() returns', () => {
    const made = setup();
    const order = vi.fn(() => new Promise<CreatedOrder>(() => {}));
    made.pay(order);
    expect(order).toHaveBeenCalledTimes(1);
  });

  it('stores the order before the launcher is called', async () => {
    const storage = fakeStorage();
    let seen: string | undefined;
    const launcher = {
      launch: vi.fn(() => {
        seen = storage.map.get(orderKey);
        return new Promise<never>(() => {});
      }),
    };
    createPayFlow().pay(() => 'ORDER-1', { redirectUri, config: configOf(launcher, storage), canNavigate: () => true });
    await flush();
    expect(seen && JSON.parse(seen)).toMatchObject({ imprestCode: 'ORDER-1' });
  });

  it('leaves redirect_uri out of the link when none is given', async () => {
    const made = setup();
    made.pay(() => 'ORDER-1', true, { redirectUri: undefined });
    await flush();
    expect(parseDeepLink(made.launcher.launch.mock.calls[0]![0])).toEqual({ action: 'pay', appId, imprestCode: 'ORDER-1' });
  });

  it('accepts createOrder resolving { imprestCode }', async () => {
    const { launcher, flow, pay } = setup();
    pay(() => Promise.resolve({ imprestCode: 'ORDER-2' }));
    await flush();
    expect(flow.get()).toMatchObject({ status: 'launching', imprestCode: 'ORDER-2' });
    expect(launcher.launch.mock.calls[0]![0]).toContain('imprest_code=ORDER-2');
  });

  it('accepts createOrder returning a string synchronously', async () => {
    const { flow, pay } = setup();
    pay(() => 'ORDER-3');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'launching', imprestCode: 'ORDER-3' });
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
    const { storage, launcher, flow, pay } = setup();
    pay(() => Promise.resolve(value as CreatedOrder));
    await flush();
    const error = errorOf(flow.get());
    expect(error.code).toBe('order_failed');
    expect(error.cause).toBeDefined();
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it("ends in 'error' order_failed with the rejection as cause when createOrder rejects", async () => {
    const { storage, launcher, flow, pay } = setup();
    const cause = new Error('out of stock');
    pay(() => Promise.reject(cause));
    await flush();
    const error = errorOf(flow.get());
    expect(error.code).toBe('order_failed');
    expect(error.cause).toBe(cause);
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it('ends in order_failed when createOrder throws synchronously, and pay() does not throw', async () => {
    const { launcher, flow, pay } = setup();
    const cause = new TypeError('api is undefined');
    expect(() => {
      pay(() => {
        throw cause;
      });
    }).not.toThrow();
    await flush();
    expect(errorOf(flow.get()).code).toBe('order_failed');
    expect(errorOf(flow.get()).cause).toBe(cause);
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it("waits in 'ready' with the imprestCode when the tap's activation lapsed, and confirm() launches", async () => {
    const { storage, launcher, flow, pay, confirm, config } = setup();
    pay(() => 'ORDER-1', false);
    await flush();
    expect(flow.get()).toEqual({ status: 'ready', imprestCode: 'ORDER-1', redirectUri, config });
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(storage.map.has(orderKey)).toBe(false);
    confirm();
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(flow.get()).toEqual({ status: 'launching', imprestCode: 'ORDER-1', redirectUri, config });
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1' });
    expect(parseDeepLink(launcher.launch.mock.calls[0]![0])).toEqual({ action: 'pay', appId, imprestCode: 'ORDER-1', redirectUri });
  });

  it("launches from 'ready' with confirm()'s own redirectUri and config", async () => {
    const { flow, pay } = setup();
    pay(() => 'ORDER-1', false);
    await flush();
    const other = fakeLauncher();
    const otherConfig = configOf(other);
    flow.confirm({ redirectUri: 'https://shop.example/paid', config: otherConfig });
    expect(other.launch).toHaveBeenCalledTimes(1);
    expect(parseDeepLink(other.launch.mock.calls[0]![0])).toMatchObject({ redirectUri: 'https://shop.example/paid' });
    expect(flow.get()).toMatchObject({ status: 'launching', config: otherConfig });
  });

  it('asks canNavigate only after the order was created, once', async () => {
    const { pay } = setup();
    const order = deferred<CreatedOrder>();
    const canNavigate = vi.fn(() => true);
    pay(() => order.promise, canNavigate);
    await flush();
    expect(canNavigate).not.toHaveBeenCalled();
    order.resolve('ORDER-1');
    await flush();
    expect(canNavigate).toHaveBeenCalledTimes(1);
  });

  it.each(['idle', 'creating', 'launching', 'verifying'] as const)('does nothing on confirm() in %s', async (status) => {
    const made = setup();
    if (status !== 'idle') await bring(made, status);
    const before = made.flow.get();
    const calls = made.launcher.launch.mock.calls.length;
    made.confirm();
    expect(made.flow.get()).toBe(before);
    expect(made.launcher.launch.mock.calls.length).toBe(calls);
  });

  it('does nothing on confirm() after an error or a reset', async () => {
    const { launcher, flow, pay, confirm } = setup();
    pay(() => '', false);
    await flush();
    const failed = flow.get();
    confirm();
    expect(flow.get()).toBe(failed);
    pay(() => 'ORDER-1', false);
    await flush();
    flow.reset();
    confirm();
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it('calls the busy statuses creating, ready, launching and verifying', () => {
    expect(payBusyStatuses).toEqual(['creating', 'ready', 'launching', 'verifying']);
  });

  it.each(payBusyStatuses)('starts no second order on a second pay() while %s', async (status) => {
    const made = setup();
    const pending = await bring(made, status);
    const before = made.flow.get();
    const second = vi.fn(() => 'ORDER-2');
    made.pay(second);
    expect(second).not.toHaveBeenCalled();
    expect(made.flow.get()).toBe(before);
    pending?.resolve('ORDER-1');
    await flush();
    expect(made.launcher.launch.mock.calls.length).toBeLessThanOrEqual(1);
    expect(made.launcher.launch.mock.calls.every(([link]) => link.includes('ORDER-1'))).toBe(true);
  });

  it('calls createOrder once on a double tap', async () => {
    const { launcher, pay } = setup();
    const order = vi.fn(() => Promise.resolve('ORDER-1'));
    pay(order);
    pay(order);
    await flush();
    expect(order).toHaveBeenCalledTimes(1);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it.each(['paid', 'failed', 'error'] as const)('starts a new order on pay() after %s', async (end) => {
    const made = setup();
    const { launcher, flow, pay, verifier } = made;
    if (end === 'error') pay(() => '');
    else {
      await bring(made, 'verifying');
      verifier.answer(end);
    }
    await flush();
    expect(flow.get().status).toBe(end);
    pay(() => 'ORDER-2');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'launching', imprestCode: 'ORDER-2' });
    expect(launcher.launch.mock.lastCall![0]).toContain('ORDER-2');
  });

  it("ends in 'error' not_opened and removes the stored order when the app did not open", async () => {
    const { storage, launcher, flow, pay } = setup();
    pay(() => 'ORDER-1');
    await flush();
    expect(storage.map.has(orderKey)).toBe(true);
    launcher.answer('not-opened');
    await flush();
    expect(errorOf(flow.get()).code).toBe('not_opened');
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it("ends in 'error' launch_failed and keeps the stored order when the launcher rejects", async () => {
    const { storage, launcher, flow, pay } = setup();
    pay(() => 'ORDER-1');
    await flush();
    const cause = new Error('blocked');
    launcher.fail(cause);
    await flush();
    expect(errorOf(flow.get()).code).toBe('launch_failed');
    expect(errorOf(flow.get()).cause).toBe(cause);
    // The app may have opened after all: a later return can still be verified.
    expect(storage.map.has(orderKey)).toBe(true);
  });

  it("ends in 'error' invalid_option without launching or storing when redirectUri is not an http(s) URL", async () => {
    const { launcher, flow, pay, storage } = setup();
    pay(() => 'ORDER-1', true, { redirectUri: 'not a url' });
    await flush();
    expect(errorOf(flow.get()).code).toBe('invalid_option');
    expect(flow.get()).toMatchObject({ imprestCode: 'ORDER-1' });
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it('never throws from pay() and returns nothing', () => {
    const { pay } = setup();
    expect(pay(() => Promise.reject(new Error('x')))).toBeUndefined();
  });
});

describe('createPayFlow: a tap activation check that throws', () => {
  it("waits in 'ready' for one more tap instead of staying in 'creating'", async () => {
    const made = setup();
    made.pay(() => 'ORDER-1', () => {
      throw new Error('userActivation getter blew up');
    });
    await flush();
    expect(made.flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-1' });
    expect(made.launcher.launch).not.toHaveBeenCalled();
  });
});

describe('createPayFlow: back from the app', () => {
  it("stays in 'launching' while the page is still hidden after the app opened", async () => {
    const { launcher, flow, pay } = setup();
    pay(() => 'ORDER-1');
    await flush();
    page.hide();
    launcher.answer('opened');
    await flush();
    expect(flow.get().status).toBe('launching');
  });

  it.each([
    ['visible again', () => page.show()],
    ['restored from the back/forward cache', () => page.pageshow()],
    [
      'focused while visible',
      () => {
        page.document.visibilityState = 'visible';
        page.focus();
      },
    ],
  ])("moves to 'verifying' without a tradeNo when the page, hidden during the launch, is %s", async (_, shown) => {
    const { launcher, flow, pay, config } = setup();
    pay(() => 'ORDER-1');
    await flush();
    page.hide();
    launcher.answer('opened');
    await flush();
    shown();
    expect(flow.get()).toEqual({ status: 'verifying', imprestCode: 'ORDER-1', config });
  });

  it('asks verifyPayment about the order it launched once the page is back', async () => {
    const made = setup();
    await bring(made, 'verifying');
    expect(made.verifier.verifyPayment).toHaveBeenCalledTimes(1);
    expect(made.verifier.verifyPayment).toHaveBeenCalledWith({ imprestCode: 'ORDER-1', tradeNo: undefined });
  });

  it('verifies as soon as the launch settles when the page was hidden and shown again before', async () => {
    const { launcher, flow, pay } = setup();
    pay(() => 'ORDER-1');
    await flush();
    page.hide();
    page.show();
    launcher.answer('opened');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1' });
  });

  it('counts a pagehide as the page hidden', async () => {
    const { launcher, flow, pay } = setup();
    pay(() => 'ORDER-1');
    await flush();
    page.pagehide();
    launcher.answer('opened');
    await flush();
    expect(flow.get().status).toBe('launching');
    page.pageshow();
    expect(flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1' });
  });

  it("counts an 'unknown' launch after the page was hidden as a return too", async () => {
    const made = setup();
    made.pay(() => 'ORDER-1');
    await flush();
    await backFromApp(made, 'unknown');
    expect(made.flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1' });
  });

  it.each(['opened', 'unknown'] as const)(
    "waits in 'ready' with the stored order when the launch settles '%s' and the page was never hidden",
    async (outcome) => {
      const { launcher, flow, pay, config, storage, verifier } = setup();
      pay(() => 'ORDER-1');
      await flush();
      // A blur (the browser's "open VVChat?" prompt) or a late timer alone proves nothing.
      page.blur();
      page.focus();
      launcher.answer(outcome);
      await flush();
      expect(flow.get()).toEqual({ status: 'ready', imprestCode: 'ORDER-1', redirectUri, config });
      expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1' });
      page.show();
      page.focus();
      expect(flow.get().status).toBe('ready');
      expect(verifier.verifyPayment).not.toHaveBeenCalled();
    },
  );

  it("waits in 'ready' after the launch where there is no document at all (node)", async () => {
    vi.unstubAllGlobals();
    expect(typeof document).toBe('undefined');
    const { launcher, flow, pay } = setup();
    pay(() => 'ORDER-1');
    await flush();
    launcher.answer('opened');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-1' });
  });

  it("opens the same order again on confirm() from 'ready' after a launch the page never left for", async () => {
    const { launcher, flow, pay, confirm } = setup();
    pay(() => 'ORDER-1');
    await flush();
    launcher.answer('opened');
    await flush();
    expect(flow.get().status).toBe('ready');
    confirm();
    expect(launcher.launch).toHaveBeenCalledTimes(2);
    expect(launcher.launch.mock.calls.map(([link]) => parseDeepLink(link))).toEqual([
      expect.objectContaining({ imprestCode: 'ORDER-1' }),
      expect.objectContaining({ imprestCode: 'ORDER-1' }),
    ]);
    expect(flow.get().status).toBe('launching');
  });

  it("verifies an order waiting in 'ready' when a trade_no return comes in", async () => {
    const { launcher, flow, pay, config } = setup();
    pay(() => 'ORDER-1');
    await flush();
    launcher.answer('opened');
    await flush();
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get()).toEqual({ status: 'verifying', imprestCode: 'ORDER-1', tradeNo: 'T-900', config });
  });

  it('ignores the page shown again once it left launching (reset)', async () => {
    const { launcher, flow, pay, verifier } = setup();
    pay(() => 'ORDER-1');
    await flush();
    page.hide();
    launcher.answer('opened');
    await flush();
    flow.reset();
    page.show();
    page.pageshow();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(verifier.verifyPayment).not.toHaveBeenCalled();
  });

  it('does not verify on a page shown again in idle or ready, nor for a stored order from an earlier visit', async () => {
    const { launcher, flow, pay, confirm, config } = setup();
    page.hide();
    page.show();
    expect(flow.get()).toEqual({ status: 'idle' });

    pay(() => 'ORDER-1', false);
    await flush();
    page.hide();
    page.show();
    expect(flow.get().status).toBe('ready');

    // A stored order from an earlier visit does not count without launching or a trade_no.
    confirm();
    flow.reset();
    flow.resume(redirectUri, config);
    await settle();
    page.hide();
    page.show();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it('verifies the order it launched when shown again after another tab settled the stored one', async () => {
    const made = setup();
    const { storage, flow, pay, verifier } = made;
    pay(() => 'ORDER-1');
    await flush();
    storage.map.clear(); // The app came back in another tab, which confirmed the payment.
    await backFromApp(made);
    expect(flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1' });
    expect(storage.map.size).toBe(0); // Nothing is stored again for an order this page settles alone.
    verifier.answer('paid');
    await flush();
    expect(flow.get()).toEqual({ status: 'paid', imprestCode: 'ORDER-1' });
  });
});

describe('createPayFlow: resume', () => {
  async function launchedOn(storage: FakeStorage) {
    const made = setup({ storage });
    made.pay(() => 'ORDER-1');
    await flush();
    return made;
  }

  it("moves to 'verifying' with imprestCode and tradeNo on a return with trade_no and a stored order", async () => {
    const storage = fakeStorage();
    await launchedOn(storage);
    // A fresh page on redirect_uri.
    const { flow, config } = setup({ storage: fakeStorage(storage.map) });
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get()).toEqual({ status: 'verifying', imprestCode: 'ORDER-1', tradeNo: 'T-900', config });
  });

  it('moves to verifying on the same page as well', async () => {
    const { flow, config } = await launchedOn(fakeStorage());
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get()).toEqual({ status: 'verifying', imprestCode: 'ORDER-1', tradeNo: 'T-900', config });
  });

  it('stores the trade_no with the order, keeping only the known fields', async () => {
    fakeClock(now);
    const storage = fakeStorage();
    storage.map.set(orderKey, JSON.stringify({ imprestCode: 'ORDER-1', startedAt: now.getTime(), extra: 'x' }));
    const { flow, config } = setup({ storage });
    flow.resume(returnUrl, config);
    await settle();
    expect(storedOrder(storage)).toEqual({ imprestCode: 'ORDER-1', startedAt: now.getTime(), tradeNo: 'T-900' });
  });

  it('cleans only trade_no (and its err_code) from the address, every other byte kept', async () => {
    const storage = fakeStorage();
    await launchedOn(storage);
    const { flow, config } = setup({ storage });
    flow.resume('https://shop.example/callback?from=cart&q=a+b%20c&trade_no=T-900&err_code=0#/paid?tab=%E5%85%A8', config);
    await settle();
    expect(flow.get()).toMatchObject({ status: 'verifying', tradeNo: 'T-900' });
    expect(config.replaceUrl).toHaveBeenCalledWith('https://shop.example/callback?from=cart&q=a+b%20c#/paid?tab=%E5%85%A8');
  });

  it("does not clean an address without a trade_no (a page's own parameters stay)", async () => {
    const storage = fakeStorage();
    await launchedOn(storage);
    const { flow, config } = setup({ storage });
    flow.resume(`${redirectUri}&err_code=0`, config);
    await settle();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(config.replaceUrl).not.toHaveBeenCalled();
  });

  it('takes the last trade_no (the app adds its parameters last)', async () => {
    const storage = fakeStorage();
    await launchedOn(storage);
    const { flow, config } = setup({ storage });
    flow.resume('https://shop.example/?trade_no=PAGE&trade_no=T-APP', config);
    await settle();
    expect(flow.get()).toMatchObject({ status: 'verifying', tradeNo: 'T-APP' });
    expect(config.replaceUrl).toHaveBeenCalledWith('https://shop.example/?trade_no=PAGE');
  });

  it('does not restart verification for a return it is already verifying (StrictMode, a second consumer)', async () => {
    const storage = fakeStorage();
    await launchedOn(storage);
    const { flow, config, verifier } = setup({ storage });
    flow.resume(returnUrl, config);
    await settle();
    const verifying = flow.get();
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get()).toBe(verifying);
    expect(verifier.verifyPayment).toHaveBeenCalledTimes(1);
  });

  // The return is read a few ticks after resume (its chunk): a second resume in the same tick
  // (StrictMode's second effect, a second consumer's) comes before the flow is verifying.
  it('verifies once when a second resume comes in the same tick as the first', async () => {
    const storage = fakeStorage();
    await launchedOn(storage);
    const { flow, config, verifier } = setup({ storage });
    const seen: PayStatus[] = [];
    flow.subscribe((state) => seen.push(state.status));
    flow.resume(returnUrl, config);
    flow.resume(returnUrl, config);
    await settle();
    await settle();
    expect(seen).toEqual(['verifying']);
    expect(verifier.verifyPayment).toHaveBeenCalledTimes(1);
  });

  // Review of the pay return chunk: in a browser the first resume has cleaned the address, so
  // StrictMode's second effect reads no trade_no; with an order that timed out before, it took
  // the "ask again" branch and verified a second time.
  it('verifies once when the second resume of the tick reads the cleaned address (an order that timed out before)', async () => {
    fakeClock(now);
    const storage = fakeStorage();
    storage.map.set(orderKey, JSON.stringify({ imprestCode: 'ORDER-1', startedAt: now.getTime(), unverified: true }));
    const { flow, config, verifier } = setup({ storage });
    const seen: PayStatus[] = [];
    flow.subscribe((state) => seen.push(state.status));
    flow.resume(returnUrl, config);
    flow.resume(redirectUri, config);
    await settle();
    await settle();
    expect(seen).toEqual(['verifying']);
    expect(verifier.verifyPayment).toHaveBeenCalledTimes(1);
    expect(verifier.verifyPayment).toHaveBeenCalledWith({ imprestCode: 'ORDER-1', tradeNo: 'T-900' });
  });

  it('stays idle when reset() comes before the return was read', async () => {
    const storage = fakeStorage();
    await launchedOn(storage);
    const { flow, config, verifier } = setup({ storage: fakeStorage(storage.map) });
    flow.resume(returnUrl, config);
    flow.reset();
    await settle();
    await settle();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(verifier.verifyPayment).not.toHaveBeenCalled();
  });

  it('ignores a trade_no with no stored order (a forged return): status unchanged, address untouched', async () => {
    const { launcher, flow, config } = setup();
    const listener = vi.fn();
    flow.subscribe(listener);
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(listener).not.toHaveBeenCalled();
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(config.replaceUrl).not.toHaveBeenCalled();
  });

  it('ignores a trade_no whose stored order is older than 30 minutes, and drops that order', async () => {
    fakeClock(now);
    const storage = fakeStorage();
    await launchedOn(storage);
    vi.setSystemTime(now.getTime() + 30 * 60_000 + 1);
    const { flow, config } = setup({ storage });
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it('accepts a trade_no whose stored order is just under 30 minutes old', async () => {
    fakeClock(now);
    const storage = fakeStorage();
    await launchedOn(storage);
    vi.setSystemTime(now.getTime() + 30 * 60_000 - 1);
    const { flow, config } = setup({ storage });
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get().status).toBe('verifying');
  });

  it.each([
    ['unreadable JSON', 'not json'],
    ['a bare string', '"ORDER-1"'],
    ['an array', '[]'],
    ['an empty object', '{}'],
    ['a non-string imprestCode', { imprestCode: 42, startedAt: now.getTime() }],
    ['a blank imprestCode', { imprestCode: '  ', startedAt: now.getTime() }],
    ['a tampered tradeNo (an object)', { imprestCode: 'ORDER-1', startedAt: now.getTime(), tradeNo: { $ne: null } }],
    ['a non-boolean unverified', { imprestCode: 'ORDER-1', startedAt: now.getTime(), unverified: 'yes' }],
    ['a startedAt in the future (beyond a minute of clock skew)', { imprestCode: 'ORDER-1', startedAt: now.getTime() + 60_001 }],
    ['a startedAt that is not a number', { imprestCode: 'ORDER-1', startedAt: String(now.getTime()) }],
    ['a startedAt that is NaN (null in JSON)', { imprestCode: 'ORDER-1', startedAt: null }],
  ])('drops a stored order with %s: ignored, and removed from storage', async (_, raw) => {
    fakeClock(now);
    const storage = fakeStorage(new Map([[orderKey, typeof raw === 'string' ? raw : JSON.stringify(raw)]]));
    const { flow, config } = setup({ storage });
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(storage.map.has(orderKey)).toBe(false);
    expect(config.replaceUrl).not.toHaveBeenCalled();
  });

  it("ignores a stored 'null' (nothing stored)", async () => {
    const storage = fakeStorage(new Map([[orderKey, 'null']]));
    const { flow, config } = setup({ storage });
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  it("accepts a startedAt a little ahead of this page's clock (another tab's clock)", async () => {
    fakeClock(now);
    const storage = fakeStorage(new Map([[orderKey, JSON.stringify({ imprestCode: 'ORDER-1', startedAt: now.getTime() + 59_000 })]]));
    const { flow, config } = setup({ storage });
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1' });
  });

  it('changes nothing without a trade_no while launching (only the page shown again counts)', async () => {
    const { flow, config } = await launchedOn(fakeStorage());
    const before = flow.get();
    flow.resume(redirectUri, config);
    await settle();
    expect(flow.get()).toBe(before);
  });

  it('does not throw for input that is not a URL at all', async () => {
    const { flow, config } = setup();
    expect(() => flow.resume(undefined as unknown as string, config)).not.toThrow();
    await settle();
    expect(flow.get()).toEqual({ status: 'idle' });
    const launched = await launchedOn(fakeStorage());
    expect(() => launched.flow.resume(undefined as unknown as string, launched.config)).not.toThrow();
    await settle();
    expect(launched.flow.get().status).toBe('launching');
  });

  it('reads trade_no from a hash-routed return URL', async () => {
    const storage = fakeStorage();
    await launchedOn(storage);
    const { flow, config } = setup({ storage });
    flow.resume('https://shop.example/?from=cart#/paid?trade_no=T-1', config);
    await settle();
    expect(flow.get()).toMatchObject({ status: 'verifying', tradeNo: 'T-1' });
    expect(config.replaceUrl).toHaveBeenCalledWith('https://shop.example/?from=cart#/paid');
  });
});

describe('createPayFlow: verification', () => {
  async function verifying(options: { verifier?: Omit<PaymentVerifier, 'verifyPayment'>; verify?: boolean } = {}) {
    const made = setup({ verify: false });
    const verifier = manualVerifier(options.verifier);
    if (options.verify !== false) made.flow.register(() => verifier.verifier);
    made.pay(() => 'ORDER-1');
    await flush();
    made.flow.resume(returnUrl, made.config);
    await settle();
    return { ...made, verifier };
  }

  it("moves to 'paid' when verifyPayment says 'paid', clears the stored order, and tells on('paid') once", async () => {
    const { storage, flow, verifier } = await verifying();
    const onPaid = vi.fn();
    flow.on('paid', onPaid);
    expect(verifier.verifyPayment).toHaveBeenCalledWith({ imprestCode: 'ORDER-1', tradeNo: 'T-900' });
    verifier.answer('paid');
    await flush();
    expect(flow.get()).toEqual({ status: 'paid', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
    expect(storage.map.has(orderKey)).toBe(false);
    expect(onPaid).toHaveBeenCalledTimes(1);
    expect(onPaid).toHaveBeenCalledWith({ status: 'paid', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
  });

  it.each([
    ['pollIntervalMs 0 (it would poll without pause)', { pollIntervalMs: 0 }],
    ['a negative timeoutMs', { timeoutMs: -1 }],
    ['timeoutMs Infinity (setTimeout would fire at once)', { timeoutMs: Infinity }],
    ['timeoutMs past 2^31 - 1 ms', { timeoutMs: 2 ** 31 }],
    ['a NaN pollIntervalMs', { pollIntervalMs: Number.NaN }],
  ])("ends in 'error' invalid_option, asking nothing, for %s", async (_, verifier) => {
    const { flow, verifier: manual } = await verifying({ verifier });
    expect(errorOf(flow.get()).code).toBe('invalid_option');
    expect(errorOf(flow.get()).message).toMatch(/timeoutMs|pollIntervalMs/);
    expect(manual.verifyPayment).not.toHaveBeenCalled();
  });

  it("moves to 'failed' when verifyPayment says 'failed', and clears the stored order", async () => {
    const { storage, flow, verifier } = await verifying();
    verifier.answer('failed');
    await flush();
    expect(flow.get()).toEqual({ status: 'failed', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it('polls after 1 s, 2 s, 4 s, then every 5 s while the answer is pending', async () => {
    fakeClock(now);
    const made = setup({ verify: false });
    const verifyPayment = vi.fn(async () => 'pending');
    made.flow.register(() => ({ verifyPayment }));
    made.pay(() => 'ORDER-1');
    await flush();
    made.flow.resume(returnUrl, made.config);
    await settle();
    const callsAt: number[] = [];
    for (const at of [0, 999, 1000, 2999, 3000, 6999, 7000, 11_999, 12_000, 17_000, 22_000]) {
      await vi.advanceTimersByTimeAsync(at - (callsAt.length ? callsAt.at(-1)! : 0));
      callsAt.push(at);
      expect({ at, calls: verifyPayment.mock.calls.length }).toEqual({
        at,
        calls: { 0: 1, 999: 1, 1000: 2, 2999: 2, 3000: 3, 6999: 3, 7000: 4, 11_999: 4, 12_000: 5, 17_000: 6, 22_000: 7 }[at],
      });
    }
  });

  // Each wait between polls added an abort listener it never removed: Node warned
  // MaxListenersExceededWarning on a long verification (issue 12, the cancelled-payment recipe).
  it('leaves no abort listener behind after each wait between polls', async () => {
    fakeClock(now);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const made = setup({ verify: false });
      const verifyPayment = vi.fn(async () => 'pending');
      made.flow.register(() => ({ verifyPayment, pollIntervalMs: 10, timeoutMs: 600_000 }));
      made.pay(() => 'ORDER-1');
      await flush();
      made.flow.resume(returnUrl, made.config);
      await settle();
      await vi.advanceTimersByTimeAsync(1000);
      expect(verifyPayment.mock.calls.length).toBeGreaterThan(15);
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('scales the schedule with pollIntervalMs', async () => {
    fakeClock(now);
    const made = setup({ verify: false });
    const verifyPayment = vi.fn(async () => 'pending');
    made.flow.register(() => ({ verifyPayment, pollIntervalMs: 100 }));
    made.pay(() => 'ORDER-1');
    await flush();
    made.flow.resume(returnUrl, made.config);
    await settle();
    await vi.advanceTimersByTimeAsync(1200);
    // 0, 100, 300, 700, 1200.
    expect(verifyPayment).toHaveBeenCalledTimes(5);
  });

  it("ends in 'error' payment_unverified after 60 s by default, keeping the stored order marked unverified", async () => {
    fakeClock(now);
    const { storage, flow } = await verifying();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(flow.get().status).toBe('verifying');
    await vi.advanceTimersByTimeAsync(1);
    expect(errorOf(flow.get()).code).toBe('payment_unverified');
    expect(flow.get()).toMatchObject({ imprestCode: 'ORDER-1', tradeNo: 'T-900' });
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1', tradeNo: 'T-900', unverified: true });
  });

  it("gives up after the verifier's timeoutMs, and polls no more", async () => {
    fakeClock(now);
    const made = setup({ verify: false });
    const verifyPayment = vi.fn(async () => 'pending');
    made.flow.register(() => ({ verifyPayment, timeoutMs: 5000 }));
    made.pay(() => 'ORDER-1');
    await flush();
    made.flow.resume(returnUrl, made.config);
    await settle();
    await vi.advanceTimersByTimeAsync(5000);
    expect(errorOf(made.flow.get()).code).toBe('payment_unverified');
    const calls = verifyPayment.mock.calls.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(verifyPayment.mock.calls.length).toBe(calls);
  });

  it('clears the timeout once verifyPayment answered: no later payment_unverified', async () => {
    fakeClock(now);
    const { flow, verifier } = await verifying();
    verifier.answer('paid');
    await flush();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(flow.get().status).toBe('paid');
  });

  it("treats a rejection as 'not known yet' and asks again", async () => {
    fakeClock(now);
    const { flow, verifier } = await verifying();
    verifier.fail(new Error('network down'));
    await flush();
    expect(flow.get().status).toBe('verifying');
    await vi.advanceTimersByTimeAsync(1000);
    expect(verifier.verifyPayment).toHaveBeenCalledTimes(2);
    verifier.answer('paid');
    await flush();
    expect(flow.get().status).toBe('paid');
  });

  it("treats a verifyPayment that throws synchronously as 'not known yet'", async () => {
    fakeClock(now);
    const made = setup({ verify: false });
    let calls = 0;
    made.flow.register(() => ({
      verifyPayment: () => {
        if (++calls === 1) throw new TypeError('api is undefined');
        return Promise.resolve('paid');
      },
    }));
    made.pay(() => 'ORDER-1');
    await flush();
    made.flow.resume(returnUrl, made.config);
    await settle();
    await flush();
    expect(made.flow.get().status).toBe('verifying');
    await vi.advanceTimersByTimeAsync(1000);
    expect(made.flow.get().status).toBe('paid');
  });

  it.each([['PAID'], [true], [{ status: 'paid' }], ['pending'], [undefined], [null], [1]])(
    "treats %j as 'not known yet': only exactly 'paid' or 'failed' ends it",
    async (answer) => {
      fakeClock(now);
      const { flow, verifier, storage } = await verifying();
      verifier.answer(answer);
      await flush();
      expect(flow.get().status).toBe('verifying');
      expect(storage.map.has(orderKey)).toBe(true);
      await vi.advanceTimersByTimeAsync(1000);
      verifier.answer('failed');
      await flush();
      expect(flow.get().status).toBe('failed');
    },
  );

  it('ends in payment_unverified at once, marking the stored order, when no consumer can verify', async () => {
    const { flow, storage } = await verifying({ verify: false });
    const seen: PayStatus[] = [];
    flow.subscribe((state) => seen.push(state.status));
    expect(errorOf(flow.get()).code).toBe('payment_unverified');
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1', unverified: true });
    // Listeners hear 'verifying' before the error (checked on a second return).
    flow.confirm({ redirectUri, config: configOf(fakeLauncher(), storage) });
    await settle();
    expect(seen).toEqual(['verifying', 'error']);
  });

  it('lets the first registered consumer that has verifyPayment verify, read at each poll', async () => {
    fakeClock(now);
    const made = setup({ verify: false });
    const first = vi.fn(async () => 'pending');
    const second = vi.fn(async () => 'paid');
    let current: PaymentVerifier | undefined;
    made.flow.register(() => undefined);
    made.flow.register(() => current);
    made.flow.register(() => ({ verifyPayment: second }));
    current = { verifyPayment: first };
    made.pay(() => 'ORDER-1');
    await flush();
    made.flow.resume(returnUrl, made.config);
    await settle();
    await flush();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    current = undefined; // That consumer unmounted its verifyPayment: the next poll asks the next one.
    await vi.advanceTimersByTimeAsync(1000);
    expect(second).toHaveBeenCalledTimes(1);
    expect(made.flow.get().status).toBe('paid');
  });

  it('no longer asks a verifier that unregistered', async () => {
    const made = setup({ verify: false });
    const gone = vi.fn(async () => 'paid');
    made.flow.register(() => ({ verifyPayment: gone }))();
    made.pay(() => 'ORDER-1');
    await flush();
    made.flow.resume(returnUrl, made.config);
    await settle();
    expect(gone).not.toHaveBeenCalled();
    expect(errorOf(made.flow.get()).code).toBe('payment_unverified');
  });

  it('stops polling on reset(), ignores a late answer, and keeps the stored order', async () => {
    fakeClock(now);
    const { flow, verifier, storage } = await verifying();
    flow.reset();
    verifier.answer('paid');
    await flush();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(verifier.verifyPayment).toHaveBeenCalledTimes(1);
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1' });
  });

  it('lets a later visit confirm an order that timed out', async () => {
    fakeClock(now);
    const { storage } = await verifying();
    await vi.advanceTimersByTimeAsync(60_000);
    const later = setup({ storage: fakeStorage(storage.map) });
    later.flow.resume(returnUrl, later.config);
    await settle();
    later.verifier.answer('paid');
    await flush();
    expect(later.flow.get().status).toBe('paid');
  });

  it('checks an unverified order again on a later visit without a trade_no in the URL', async () => {
    fakeClock(now);
    const { storage } = await verifying();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1', unverified: true });
    const later = setup({ storage: fakeStorage(storage.map) });
    later.flow.resume(redirectUri, later.config);
    await settle();
    expect(later.flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
    expect(later.config.replaceUrl).not.toHaveBeenCalled();
  });

  it('does not check an unverified order again while a payment is under way', async () => {
    fakeClock(now);
    const { storage } = await verifying();
    await vi.advanceTimersByTimeAsync(60_000);
    const later = setup({ storage: fakeStorage(storage.map) });
    later.pay(() => 'ORDER-2', false);
    await flush();
    const ready = later.flow.get();
    later.flow.resume(redirectUri, later.config);
    await settle();
    expect(later.flow.get()).toBe(ready);
  });

  it('asks again about the same order on confirm() after payment_unverified, never paying twice', async () => {
    fakeClock(now);
    const { launcher, flow, verifier, confirm } = await verifying();
    await vi.advanceTimersByTimeAsync(60_000);
    confirm();
    expect(flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
    await settle();
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(verifier.verifyPayment).toHaveBeenCalledTimes(2);
    verifier.answer('paid'); // The first call's answer comes too late to count…
    verifier.answer('paid');
    await flush();
    expect(flow.get().status).toBe('paid');
  });

  it('asks again by itself when the page is shown after payment_unverified', async () => {
    fakeClock(now);
    const { flow, verifier } = await verifying();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(errorOf(flow.get()).code).toBe('payment_unverified');
    page.hide();
    expect(flow.get().status).toBe('error');
    page.show();
    expect(flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
    await settle();
    expect(verifier.verifyPayment).toHaveBeenCalledTimes(2);
  });

  it('does not ask again on the page shown after payment_unverified once the stored order is gone', async () => {
    fakeClock(now);
    const { flow, storage, verifier } = await verifying();
    await vi.advanceTimersByTimeAsync(60_000);
    storage.map.delete(orderKey); // Another tab settled it.
    page.show();
    page.focus();
    expect(errorOf(flow.get()).code).toBe('payment_unverified');
    expect(verifier.verifyPayment).toHaveBeenCalledTimes(1);
  });

  it('does nothing on confirm() or the page shown after another error', async () => {
    const { flow, pay, confirm } = setup();
    pay(() => Promise.reject(new Error('down')));
    await flush();
    confirm();
    page.show();
    expect(errorOf(flow.get()).code).toBe('order_failed');
  });

  it('does not accept the same return again once the order was paid', async () => {
    const { storage, verifier } = await verifying();
    verifier.answer('paid');
    await flush();
    const reload = setup({ storage: fakeStorage(storage.map) });
    reload.flow.resume(returnUrl, reload.config);
    await settle();
    expect(reload.flow.get()).toEqual({ status: 'idle' });
  });

  it.each(['idle', 'creating', 'ready', 'launching', 'paid', 'failed', 'error'] as const)(
    'ignores a verdict event in %s',
    async (status: PayStatus) => {
      fakeClock(now);
      const made = setup();
      const { storage, flow, verifier } = made;
      if (status === 'creating' || status === 'ready' || status === 'launching') await bring(made, status);
      if (status === 'paid' || status === 'failed') {
        await bring(made, 'verifying');
        verifier.answer(status);
        await flush();
      }
      if (status === 'error') {
        await bring(made, 'verifying');
        await vi.advanceTimersByTimeAsync(60_000);
      }
      expect(flow.get().status).toBe(status);
      const before = flow.get();
      const stored = storage.map.get(orderKey);
      for (const verdict of ['paid', 'failed'] as const) {
        flow.send({ type: 'verdict', verdict });
        expect(flow.get()).toBe(before);
        expect(storage.map.get(orderKey)).toBe(stored);
      }
    },
  );
});

describe('createPayFlow: reset', () => {
  it("goes back to 'idle' and keeps the stored order", async () => {
    const { storage, flow, pay } = setup();
    pay(() => 'ORDER-1');
    await flush();
    const reset = () => flow.reset();
    reset();
    expect(flow.get()).toEqual({ status: 'idle' });
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1' });
  });

  it('goes back to idle from error', async () => {
    const { flow, pay } = setup();
    pay(() => '');
    await flush();
    flow.reset();
    expect(flow.get()).toEqual({ status: 'idle' });
  });
});

describe('createPayFlow: faults', () => {
  // Regression: pay() once went on after `await order()` without checking it is still 'creating'.
  it('launches nothing when createOrder resolves after reset()', async () => {
    const { launcher, flow, pay } = setup();
    const order = deferred<CreatedOrder>();
    pay(() => order.promise);
    flow.reset();
    order.resolve('ORDER-1');
    await flush();
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(flow.get()).toEqual({ status: 'idle' });
  });

  // Regression: launchOrder's rejection handler once ended whatever payment was current.
  it('does not let a stale launch from before reset() end the next payment', async () => {
    const { launcher, flow, pay } = setup();
    pay(() => 'ORDER-1');
    await flush();
    flow.reset();
    pay(() => 'ORDER-2');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'launching', imprestCode: 'ORDER-2' });
    // The first, abandoned launch now reports that the app did not open.
    launcher.answer('not-opened');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'launching', imprestCode: 'ORDER-2' });
  });

  // The launching effect's not-opened branch calls removeOrder() before send(), and only send()
  // is guarded by the effect's signal: the abandoned launch deletes ORDER-2's stored order, so
  // ORDER-2's trade_no return would later be ignored as "no stored order".
  it("keeps the next payment's stored order when a stale launch from before reset() answers not-opened", async () => {
    const { storage, launcher, flow, pay, config } = setup();
    pay(() => 'ORDER-1');
    await flush();
    flow.reset();
    pay(() => 'ORDER-2');
    await flush();
    launcher.answer('not-opened');
    await flush();
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-2' });
    flow.resume(returnUrl, config);
    await settle();
    expect(flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-2', tradeNo: 'T-900' });
  });

  // Regression: as above; a cancel-and-retry during a slow createOrder launches both orders.
  it('starts one launch when pay() is reset during creating and tapped again', async () => {
    const { launcher, flow, pay } = setup();
    const first = deferred<CreatedOrder>();
    const second = deferred<CreatedOrder>();
    pay(() => first.promise);
    flow.reset();
    pay(() => second.promise);
    second.resolve('ORDER-2');
    await flush();
    first.resolve('ORDER-1');
    await flush();
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(flow.get()).toMatchObject({ status: 'launching', imprestCode: 'ORDER-2' });
  });

  // Regression: a return with trade_no for an earlier stored order while a new order is being
  // created puts the flow in 'verifying'; the new order must not launch from there.
  it('does not launch a new order once a return moved the flow to verifying', async () => {
    const { storage, launcher, flow, pay, config } = setup();
    pay(() => 'ORDER-1');
    await flush();
    launcher.fail(new Error('blocked'));
    await flush();
    expect(errorOf(flow.get()).code).toBe('launch_failed');
    const order = deferred<CreatedOrder>();
    pay(() => order.promise);
    flow.resume(returnUrl, config);
    await settle();
    order.resolve('ORDER-2');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-1', tradeNo: 'T-900' });
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(storedOrder(storage)).toMatchObject({ imprestCode: 'ORDER-1' });
  });

  it('still works on memory and never throws when the storage throws on every call', async () => {
    const storage = throwingStorage();
    const launcher = fakeLauncher();
    const flow = createPayFlow();
    const config = configOf(launcher, storage);
    expect(() => {
      flow.pay(() => 'ORDER-MEM', { redirectUri, config, canNavigate: () => true });
    }).not.toThrow();
    await flush();
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    // A fresh page in the same tab (the memory fallback lives as long as the page).
    const back = createPayFlow();
    back.register(() => ({ verifyPayment: async () => 'paid' }));
    expect(() => back.resume(`${redirectUri}&trade_no=T-MEM`, config)).not.toThrow();
    await settle(back);
    expect(back.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-MEM', tradeNo: 'T-MEM' });
    await flush();
    expect(back.get().status).toBe('paid');
    // The order was cleared from memory too.
    const again = createPayFlow();
    again.resume(`${redirectUri}&trade_no=T-MEM`, config);
    await settle();
    expect(again.get()).toEqual({ status: 'idle' });
    expect(storage.attempts).toBeGreaterThan(0);
  });

  it('never throws with a throwing storage through ready, confirm, not-opened, timeout and reset', async () => {
    fakeClock(now);
    const made = setup({ storage: throwingStorage() as unknown as FakeStorage });
    const { launcher, flow, pay, confirm, config } = made;
    pay(() => 'ORDER-A', false);
    await flush();
    expect(() => {
      confirm();
    }).not.toThrow();
    expect(flow.get().status).toBe('launching');
    launcher.answer('not-opened');
    await flush();
    expect(errorOf(flow.get()).code).toBe('not_opened');
    flow.reset();
    pay(() => 'ORDER-B');
    await flush();
    await backFromApp(made);
    expect(flow.get().status).toBe('verifying');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(errorOf(flow.get()).code).toBe('payment_unverified');
    flow.reset();
    flow.resume(`${redirectUri}&trade_no=T`, config);
    await settle();
    expect(flow.get()).toMatchObject({ status: 'verifying', imprestCode: 'ORDER-B', tradeNo: 'T' });
  });

  it('works without any storage in the config (memory)', async () => {
    const launcher = fakeLauncher();
    const flow = createPayFlow();
    flow.register(() => ({ verifyPayment: async () => 'paid' }));
    const config = { appId, launcher, storage: null };
    flow.pay(() => 'ORDER-NULL', { redirectUri, config, canNavigate: () => true });
    await flush();
    flow.resume(`${redirectUri}&trade_no=T-NULL`, config);
    await settle();
    await flush();
    expect(flow.get()).toEqual({ status: 'paid', imprestCode: 'ORDER-NULL', tradeNo: 'T-NULL' });
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
    const { flow, pay } = setup();
    pay(() => '');
    await flush();
    expect(errorOf(flow.get())).toBeInstanceOf(VVChatError);
  });
});
