import { VVChatError, type PaymentVerdict, type VVChatStorage } from '@vvchat/core';
import { randomId, withLedger } from './ledger';
import { oneOf } from './options';

/** A fake user profile, as a merchant backend would return after exchanging a code. */
export interface SimulatedProfile {
  openId: string;
  nickname: string;
  avatarUrl: string;
}

/** What the demo's `createOrder` takes. */
export interface SimulatedOrderInput {
  amount?: number | undefined;
  subject?: string | undefined;
}

/** The simulated merchant backend: the three calls the hooks need, consistent with the simulator. */
export interface SimulatedBackend {
  /** Exchanges a code the simulator issued, once, for a fake profile. Anything else rejects. */
  exchangeCode: (code: string) => Promise<SimulatedProfile>;
  /** Creates an order and returns its `imprestCode`. */
  createOrder: (input?: SimulatedOrderInput) => Promise<{ imprestCode: string }>;
  /**
   * `'paid'` only for orders the simulator paid; for cancelled ones `'failed'`, or `'pending'` with
   * `cancelledPayment: 'pending'`; else `'pending'`.
   */
  verifyPayment: (order: { imprestCode: string; tradeNo?: string | undefined }) => Promise<PaymentVerdict>;
}

/** Options of {@link createSimulatedBackend}. */
export interface SimulatedBackendOptions {
  /** How long each call takes. @default 200 */
  latencyMs?: number | undefined;
  /** The ledger shared with `createSimulator`. @default localStorage */
  storage?: VVChatStorage | null | undefined;
  /**
   * What `verifyPayment` says about an order whose pay sheet the user cancelled:
   * - `'failed'`: the backend knows it was cancelled; the pay flow ends `failed` at its next poll
   *   (`QPayButton`: 未支付，点此重试, "Not paid, tap to try again");
   * - `'pending'`: the backend cannot tell a cancel from a payment still under way, as a real
   *   one that learns about payments only from the platform's notification (which comes for
   *   completed payments) cannot: the pay flow keeps verifying (正在确认支付…) until its
   *   `timeoutMs` (60 s by default), then ends `error` `payment_unverified` (暂未确认支付，点此查询,
   *   "Payment not confirmed yet, check again"), and the order is kept so a later visit can still
   *   confirm it. Rehearse that wait, and what your page says meanwhile, with it.
   *
   * The default is `'failed'`: a demo or a test then ends at once instead of after the poll
   * timeout, and it is what the simulated backend has always said (the flow stories and apps'
   * tests rely on it). Expect `'pending'` in production unless your backend asks the platform
   * for the order's state. Anything else throws `VVChatError` `invalid_option`.
   * @default 'failed'
   * @example
   * // A cancel as production reports it: the button ends "Payment not confirmed yet".
   * const backend = createSimulatedBackend({ cancelledPayment: 'pending' });
   * <QPayButton amount={12} createOrder={() => backend.createOrder({ amount: 12 })} verifyPayment={backend.verifyPayment} />
   */
  cancelledPayment?: 'failed' | 'pending' | undefined;
}

/**
 * A stand-in for YOUR backend, for demos, Storybook and tests only. A production app calls its
 * own server, which exchanges the code and creates orders with the AppKey (which never reaches a
 * browser) and learns about payments from the platform's notification.
 *
 * @example
 * const backend = createSimulatedBackend();
 * <VVChatLoginButton exchangeCode={backend.exchangeCode} />
 */
export function createSimulatedBackend(options: SimulatedBackendOptions = {}): SimulatedBackend {
  const { latencyMs = 200, storage } = options;
  const cancelledPayment = oneOf('cancelledPayment', options.cancelledPayment, ['failed', 'pending']);
  const later = <T>(run: () => T) => new Promise<T>((resolve, reject) => setTimeout(() => {
    try {
      resolve(run());
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  }, latencyMs));

  return {
    exchangeCode: (code) =>
      later(() =>
        withLedger(storage, (ledger) => {
          const issued = ledger.codes[code];
          if (!issued || issued.used) throw new VVChatError('exchange_failed', `the simulated backend does not know code ${code}, or it was used`);
          issued.used = true;
          return { openId: 'sim-' + code.slice(-8), nickname: '模拟用户', avatarUrl: '' };
        }),
      ),
    createOrder: (input) =>
      later(() => {
        const imprestCode = randomId('SIMORDER');
        withLedger(storage, (ledger) => {
          ledger.orders[imprestCode] = { ...(input?.amount !== undefined && { amount: input.amount }), ...(input?.subject && { subject: input.subject }) };
        });
        return { imprestCode };
      }),
    verifyPayment: ({ imprestCode }) =>
      later(() => {
        const trade = withLedger(storage, (ledger) => ledger.trades[imprestCode]);
        if (!trade) return 'pending';
        return trade.status === 'paid' ? 'paid' : cancelledPayment;
      }),
  };
}
