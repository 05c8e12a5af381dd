import { VVChatError, type PaymentVerdict, type VVChatStorage } from '@vvchat/core';
import { randomId, withLedger } from './ledger';

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
  /** `'paid'` only for orders the simulator paid, `'failed'` for cancelled ones, else `'pending'`. */
  verifyPayment: (order: { imprestCode: string; tradeNo?: string | undefined }) => Promise<PaymentVerdict>;
}

/** Options of {@link createSimulatedBackend}. */
export interface SimulatedBackendOptions {
  /** How long each call takes. @default 200 */
  latencyMs?: number | undefined;
  /** The ledger shared with `createSimulator`. @default localStorage */
  storage?: VVChatStorage | null | undefined;
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
        return trade ? (trade.status === 'paid' ? 'paid' : 'failed') : 'pending';
      }),
  };
}
