import { VVChatError } from '../errors';
import { parsePayReturn } from '../callbacks/parsePayReturn';
import { buildPayLink } from '../links/buildPayLink';
import { text } from '../links/query';
import { safeStorage } from '../session/storage';
import { createAttempts, launchLink, toVVChatError, type FlowContext } from './context';
import { createStore, type Store } from './store';

/** Where a payment is. Only `verifyPayment` (your backend) can move it to `paid`. */
export type PayStatus = 'idle' | 'creating' | 'ready' | 'launching' | 'verifying' | 'paid' | 'failed' | 'error';

/** What `verifyPayment` answers. `pending` (or a rejection) means "not known yet": polling goes on. */
export type PaymentVerdict = 'paid' | 'failed' | 'pending';

/** A pay flow's state. */
export interface PayState {
  status: PayStatus;
  /** The order being paid, from `createOrder`. */
  imprestCode?: string | undefined;
  /** The platform's transaction number, once the app came back with one. */
  tradeNo?: string | undefined;
  error?: VVChatError | undefined;
}

/** The order kept in storage while the user is in the VVChat app. */
export interface PendingOrder {
  imprestCode: string;
  /** When the order was launched (epoch milliseconds). */
  startedAt: number;
  /** The `trade_no` the app came back with, once it did. */
  tradeNo?: string | undefined;
  /** Set when verification timed out: the next visit asks `verifyPayment` again. */
  unverified?: boolean | undefined;
}

/** What `createOrder` may resolve to: the `imprest_code`, or an object carrying it. */
export type CreatedOrder = string | { imprestCode: string };

/** The pay state machine that `useQPay` adapts to React. */
export interface PayFlow extends Store<PayState> {
  /**
   * `creating` while `order()` runs, then keeps the order in storage and launches `qyx://qpay`
   * when `canNavigate()` says the tap's user activation is still alive, else waits in `ready`
   * for {@link PayFlow.confirm}. Does nothing while another payment is under way.
   */
  pay: (order: () => Promise<CreatedOrder> | CreatedOrder, redirectUri: string | undefined, canNavigate: () => boolean) => Promise<void>;
  /**
   * From `ready`: launches the order, inside the new tap. From `error` `payment_unverified`: asks
   * `verifyPayment` again about the kept order (`verifying`), never a second payment.
   */
  confirm: (redirectUri: string | undefined) => void;
  /**
   * Back on the page: with `trade_no` in `url` and a stored order, after the app opened
   * (`shown` true, the page became visible again), or on a later visit while a stored order is
   * still unverified (it timed out before), moves to `verifying`. Returns whether it did.
   * A `trade_no` without a stored order is ignored.
   */
  resume: (url: string, shown?: boolean) => boolean;
  /**
   * Ends `verifying` with your backend's verdict: `paid` or `failed` clear the stored order;
   * `timeout` is `payment_unverified` and keeps it. Does nothing in any other status.
   */
  settle: (verdict: 'paid' | 'failed' | 'timeout') => void;
  /** Back to `idle` (a stored order stays, so a later visit can still confirm it). */
  reset: () => void;
}

const orderKey = 'vvchat:qpay-order';
/** How long a stored order can still be confirmed. */
const orderTtlMs = 1_800_000; // 30 minutes (a literal: bundlers keep `30 * 60_000` even unused)

/**
 * How long to wait before verification attempt `attempt` (0-based): 1 s, 2 s, 4 s, then every 5 s.
 * `base` scales it (stories and tests use a shorter one).
 */
export function verifyDelay(attempt: number, base = 1000): number {
  return Math.min(base * 2 ** attempt, base * 5);
}

/**
 * Creates the pay state machine over a {@link FlowContext} read at each call.
 *
 * @example
 * const flow = createPayFlow(() => ({ appId: 'APP_ID', launcher: createLauncher() }));
 * button.onclick = () => flow.pay(() => api.createOrder(42), location.href, () => true);
 */
export function createPayFlow(context: () => FlowContext): PayFlow {
  const store = createStore<PayState>({ status: 'idle' });
  const storage = () => safeStorage(context().storage);
  const fail = (error: VVChatError) => store.set({ ...store.get(), status: 'error', error });
  const busy = () => /^(creating|ready|launching|verifying)$/.test(store.get().status);
  const attempts = createAttempts();

  function readOrder(): PendingOrder | undefined {
    try {
      const order = JSON.parse(storage().getItem(orderKey) ?? 'null') as PendingOrder | null;
      return order && typeof order.imprestCode === 'string' && order.startedAt + orderTtlMs > Date.now() ? order : undefined;
    } catch {
      return undefined;
    }
  }

  function launchOrder(imprestCode: string, redirectUri: string | undefined) {
    const guard = attempts.next();
    const ctx = context();
    try {
      const link = buildPayLink({ appId: ctx.appId, imprestCode, ...(redirectUri && { redirectUri }) });
      storage().setItem(orderKey, JSON.stringify({ imprestCode, startedAt: Date.now() }));
      store.set({ status: 'launching', imprestCode });
      launchLink(ctx, link).catch(
        guard((error: VVChatError) => {
          if (error.code === 'not_opened') storage().removeItem(orderKey);
          fail(error);
        }),
      );
    } catch (error) {
      fail(toVVChatError(error, 'launch_failed', 'the payment could not be launched'));
    }
  }

  return {
    ...store,
    async pay(order, redirectUri, canNavigate) {
      if (busy()) return;
      const guard = attempts.next();
      store.set({ status: 'creating' });
      let imprestCode: string;
      try {
        const created = await order();
        imprestCode = text(typeof created === 'object' && created ? created.imprestCode : created, 'imprestCode', true)!;
      } catch (cause) {
        return guard(fail)(new VVChatError('order_failed', 'createOrder gave no imprest code', { cause }));
      }
      // A reset, a return or a newer tap while the order was being created wins over it.
      guard(() => (canNavigate() ? launchOrder(imprestCode, redirectUri) : store.set({ status: 'ready', imprestCode })))();
    },
    confirm(redirectUri) {
      const { status, imprestCode, tradeNo, error } = store.get();
      if (status === 'ready' && imprestCode) launchOrder(imprestCode, redirectUri);
      if (error?.code === 'payment_unverified' && imprestCode) {
        attempts.next();
        store.set({ status: 'verifying', imprestCode, ...(tradeNo && { tradeNo }) });
      }
    },
    resume(url, shown) {
      const stored = readOrder();
      const { status, imprestCode } = store.get();
      // Shown again after opening the app, with the stored order gone: the app came back in another
      // tab, which settled it. This page still knows its order, so it asks too.
      const order = stored ?? (shown && status === 'launching' && imprestCode ? { imprestCode, startedAt: Date.now() } : undefined);
      let tradeNo: string | undefined;
      try {
        tradeNo = parsePayReturn(url)?.tradeNo;
      } catch {
        // Not a pay return.
      }
      const returned = tradeNo || (shown && status === 'launching') || (order?.unverified && !busy());
      if (!order || !returned) return false;
      tradeNo ||= order.tradeNo;
      attempts.next();
      if (stored) storage().setItem(orderKey, JSON.stringify({ ...order, tradeNo }));
      store.set({ status: 'verifying', imprestCode: order.imprestCode, ...(tradeNo && { tradeNo }) });
      return true;
    },
    settle(verdict) {
      if (store.get().status !== 'verifying') return;
      if (verdict === 'timeout') {
        const order = readOrder();
        if (order) storage().setItem(orderKey, JSON.stringify({ ...order, unverified: true }));
        return fail(new VVChatError('payment_unverified', 'verifyPayment gave no final answer in time'));
      }
      storage().removeItem(orderKey);
      store.set({ ...store.get(), status: verdict });
    },
    reset() {
      attempts.next();
      store.set({ status: 'idle' });
    },
  };
}
