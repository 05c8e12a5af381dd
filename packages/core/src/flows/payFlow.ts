import { VVChatError } from '../errors';
import { findPayReturn } from '../callbacks/findPayReturn';
import { buildPayLink } from '../links/buildPayLink';
import { invalidOption, isDuration, text } from '../links/query';
import { createMachine, type Machine } from './createMachine';
import type { FlowConfig } from './flowConfig';
import { launchError, launchLink } from './launchLink';
import { delay, onPageShown, pageVisible, replaceAddress } from './page';
import { readOrder, removeOrder, writeOrder } from './pendingOrder';
import { toVVChatError } from './toVVChatError';
import { verifyDelay } from './verifyDelay';

/** What `verifyPayment` answers. Only `'paid'` is paid, only `'failed'` failed; anything else (or a rejection) is "not known yet". */
export type PaymentVerdict = 'paid' | 'failed' | 'pending';

/** What `createOrder` may resolve to: the `imprest_code`, or an object carrying it. */
export type CreatedOrder = string | { imprestCode: string };

/** Creates the order; called once per `pay`. */
export type OrderRequest = () => Promise<CreatedOrder> | CreatedOrder;

/** Where the app comes back to, and the settings to launch with. */
interface LaunchTarget {
  redirectUri: string | undefined;
  config: FlowConfig;
}

/** A pay flow's state: each status carries exactly its fields. Only `verifyPayment` (your backend) can move it to `paid`. */
export type PayState =
  | { status: 'idle' }
  /** `createOrder` runs; `canNavigate` tells afterwards whether the tap's user activation is still alive. */
  | ({ status: 'creating'; order: OrderRequest; canNavigate: () => boolean } & LaunchTarget)
  /** The order exists but the tap's activation lapsed: one more tap (`confirm`) opens the pay sheet. */
  | ({ status: 'ready'; imprestCode: string } & LaunchTarget)
  | ({ status: 'launching'; imprestCode: string } & LaunchTarget)
  | { status: 'verifying'; imprestCode: string; tradeNo?: string | undefined; config: FlowConfig }
  | { status: 'paid'; imprestCode: string; tradeNo?: string | undefined }
  | { status: 'failed'; imprestCode: string; tradeNo?: string | undefined }
  | { status: 'error'; error: VVChatError; imprestCode?: string | undefined; tradeNo?: string | undefined; config?: FlowConfig | undefined };

/** Where a payment is. */
export type PayStatus = PayState['status'];

/** The statuses in which a payment is under way: `pay()` starts no second order then. */
export const payBusyStatuses = ['creating', 'ready', 'launching', 'verifying'] as const satisfies readonly PayStatus[];

/** What moves a pay flow. */
export type PayEvent =
  | ({ type: 'pay'; order: OrderRequest; canNavigate: () => boolean } & LaunchTarget)
  | { type: 'created'; imprestCode: string; activation: boolean }
  | ({ type: 'confirm' } & LaunchTarget)
  /** The launch settled and the page was never hidden (the app did not come to the front): the order waits in `ready`. */
  | { type: 'dismissed' }
  /** Back from the app: a `trade_no`, the page shown again after it opened, or a later visit. */
  | { type: 'returned'; imprestCode: string; tradeNo?: string | undefined; config: FlowConfig }
  | { type: 'verdict'; verdict: 'paid' | 'failed' }
  | { type: 'fail'; error: VVChatError }
  | { type: 'reset' };

/** How a consumer that can verify payments does it; read at each poll. */
export interface PaymentVerifier {
  verifyPayment: (order: { imprestCode: string; tradeNo?: string | undefined }) => Promise<unknown>;
  /** How long to poll before `payment_unverified`. @default 60_000 */
  timeoutMs?: number | undefined;
  /** The first poll interval; later ones back off to 5×. @default 1000 */
  pollIntervalMs?: number | undefined;
}

/** The pay state machine that `useQPay` adapts to React: one per page and app. */
export interface PayFlow extends Machine<PayState, PayEvent> {
  /**
   * `creating` while `order()` runs, then keeps the order in storage and launches `qyx://qpay`
   * when `canNavigate()` says the tap's user activation is still alive, else waits in `ready`
   * for {@link PayFlow.confirm}. Ignored while another payment is under way.
   */
  pay: (order: OrderRequest, target: LaunchTarget & { canNavigate: () => boolean }) => void;
  /**
   * From `ready`: launches the order, inside the new tap. From `error` `payment_unverified`: asks
   * `verifyPayment` again about the kept order (`verifying`), never a second payment.
   */
  confirm: (target: LaunchTarget) => void;
  /**
   * On mount: with `trade_no` in `url` and a stored order, or a stored order still unverified
   * (it timed out before), moves to `verifying`; a `trade_no` without a stored order is ignored.
   * Only a `trade_no` return is cleaned from the address bar.
   */
  resume: (url: string, config: FlowConfig) => void;
  /** Offers a way to verify payments; the first registered consumer that has one verifies. Returns the unregister function. */
  register: (verifier: () => PaymentVerifier | undefined) => () => void;
  /** Back to `idle` (a stored order stays, so a later visit can still confirm it). */
  reset: () => void;
}

/** Whether the tap's activation is alive; a check that throws counts as "no": one more tap, never a stuck flow. */
function stillActive(canNavigate: () => boolean): boolean {
  try {
    return canNavigate();
  } catch {
    return false;
  }
}

/** A duration `setTimeout` can wait: above 0 and below 2^31 ms (it fires at once past that). */
const isTimerDuration = (value: unknown): value is number => isDuration(value) && value <= 0x7fffffff;

const isBusy = (state: PayState) => (payBusyStatuses as readonly PayStatus[]).includes(state.status);
const orderOf = (state: PayState) => ('imprestCode' in state ? { imprestCode: state.imprestCode } : {});
const tradeOf = (state: PayState) => ('tradeNo' in state && state.tradeNo ? { tradeNo: state.tradeNo } : {});

function transition(state: PayState, event: PayEvent): PayState {
  switch (event.type) {
    case 'pay': {
      const { type: _, ...creating } = event;
      return isBusy(state) ? state : { status: 'creating', ...creating };
    }
    case 'created': {
      if (state.status !== 'creating') return state;
      const { redirectUri, config } = state;
      return { status: event.activation ? 'launching' : 'ready', imprestCode: event.imprestCode, redirectUri, config };
    }
    case 'confirm':
      if (state.status === 'ready') return { status: 'launching', imprestCode: state.imprestCode, redirectUri: event.redirectUri, config: event.config };
      if (state.status === 'error' && state.error.code === 'payment_unverified' && state.imprestCode) {
        return { status: 'verifying', imprestCode: state.imprestCode, ...tradeOf(state), config: event.config };
      }
      return state;
    case 'dismissed':
      return state.status === 'launching' ? { ...state, status: 'ready' } : state;
    case 'returned': {
      const { type: _, ...returned } = event;
      return { status: 'verifying', ...returned };
    }
    case 'verdict':
      return state.status === 'verifying' ? { status: event.verdict, imprestCode: state.imprestCode, ...tradeOf(state) } : state;
    case 'fail':
      return { status: 'error', error: event.error, ...orderOf(state), ...tradeOf(state), ...('config' in state && { config: state.config }) };
    case 'reset':
      return state.status === 'idle' ? state : { status: 'idle' };
  }
}

const unverified = () => new VVChatError('payment_unverified', 'verifyPayment gave no final answer in time');

/**
 * Creates the pay state machine. It owns its effects: the order, the launch and its verdict, the
 * page shown again, and the verification schedule (1 s, 2 s, 4 s, then every 5 s; a rejection is
 * "not known yet"; `payment_unverified` after the timeout).
 *
 * @example
 * const flow = createPayFlow();
 * const config = { appId: 'APP_ID', launcher: createLauncher() };
 * flow.register(() => ({ verifyPayment: api.orderStatus }));
 * flow.resume(location.href, config);
 * button.onclick = () => flow.pay(() => api.createOrder(42), { redirectUri: location.href, config, canNavigate: () => true });
 */
export function createPayFlow(): PayFlow {
  const verifiers = new Set<() => PaymentVerifier | undefined>();
  const pickVerifier = () => {
    for (const offer of verifiers) {
      const verifier = offer();
      if (verifier) return verifier;
    }
    return undefined;
  };

  function giveUp(config: FlowConfig, send: (event: PayEvent) => void) {
    const order = readOrder(config.storage);
    if (order) writeOrder(config.storage, { ...order, unverified: true });
    send({ type: 'fail', error: unverified() });
  }

  const machine = createMachine<PayState, PayEvent>({
    initial: { status: 'idle' },
    transition,
    effects: {
      creating: ({ order, canNavigate }, { send }) => {
        new Promise<CreatedOrder>((resolve) => resolve(order()))
          .then((created) => text(typeof created === 'object' && created ? created.imprestCode : created, 'imprestCode', true)!)
          .then(
            (imprestCode) => send({ type: 'created', imprestCode, activation: stillActive(canNavigate) }),
            (cause: unknown) => send({ type: 'fail', error: new VVChatError('order_failed', 'createOrder gave no imprest code', { cause }) }),
          );
      },
      launching: ({ imprestCode, redirectUri, config }, { signal, send }) => {
        const returned = () => send({ type: 'returned', imprestCode, config });
        let link: string;
        try {
          link = buildPayLink({ appId: config.appId, imprestCode, ...(redirectUri && { redirectUri }) });
          writeOrder(config.storage, { imprestCode, startedAt: Date.now() });
        } catch (error) {
          return send({ type: 'fail', error: toVVChatError(error, 'launch_failed', 'the payment could not be launched') });
        }
        // Only a page that was really hidden had the app in front of it: a blur (the browser's
        // "open VVChat?" prompt) or a late timer alone proves nothing was paid.
        let hidden = false;
        if (typeof document !== 'undefined') {
          const onHidden = () => (hidden ||= !pageVisible());
          document.addEventListener('visibilitychange', onHidden, { signal });
          addEventListener('pagehide', () => (hidden = true), { signal });
        }
        launchLink(config, link).then(
          (result) => {
            if (signal.aborted) return; // A newer attempt (or a reset) owns the stored order now.
            const error = launchError(result);
            if (error?.reason === 'no-user-activation') {
              send({ type: 'dismissed' }); // Nothing was tried: the order waits in `ready` for a tap.
            } else if (error) {
              // The app never showed the order: a later visit must not verify it.
              removeOrder(config.storage);
              send({ type: 'fail', error });
            } else if (!hidden && pageVisible()) {
              send({ type: 'dismissed' }); // The order waits in `ready`: a tap opens it again, a `trade_no` return still verifies it.
            } else if (pageVisible()) {
              returned();
            } else {
              onPageShown(signal, returned);
            }
          },
          (error: unknown) => send({ type: 'fail', error: toVVChatError(error, 'launch_failed', 'the launch failed') }),
        );
      },
      verifying: ({ imprestCode, tradeNo, config }, { signal, send }) => {
        const first = pickVerifier();
        if (!first) return giveUp(config, send);
        const { timeoutMs = 60_000, pollIntervalMs = 1000 } = first;
        if (!isTimerDuration(timeoutMs) || !isTimerDuration(pollIntervalMs)) {
          return send({ type: 'fail', error: invalidOption('timeoutMs and pollIntervalMs', 'must be positive numbers of milliseconds (at most 2^31 - 1)') });
        }
        const timer = setTimeout(() => giveUp(config, send), timeoutMs);
        signal.addEventListener('abort', () => clearTimeout(timer));
        void (async () => {
          for (let attempt = 0; !signal.aborted; attempt++) {
            const verifier = pickVerifier() ?? first;
            let verdict: unknown;
            try {
              verdict = await verifier.verifyPayment({ imprestCode, tradeNo });
            } catch {
              verdict = 'pending'; // A network error is "not known yet".
            }
            if (signal.aborted) return;
            if (verdict === 'paid' || verdict === 'failed') {
              removeOrder(config.storage);
              return send({ type: 'verdict', verdict });
            }
            await delay(verifyDelay(attempt, isTimerDuration(verifier.pollIntervalMs) ? verifier.pollIntervalMs : pollIntervalMs), signal);
          }
        })();
      },
      error: ({ error, imprestCode, config }, { signal, send }) => {
        // After `payment_unverified`, the page shown again asks once more about the kept order.
        if (error.code !== 'payment_unverified' || !imprestCode || !config) return;
        onPageShown(signal, () => readOrder(config.storage)?.unverified && send({ type: 'confirm', redirectUri: undefined, config }));
      },
    },
  });

  return {
    ...machine,
    pay: (order, target) => machine.send({ type: 'pay', order, ...target }),
    confirm: (target) => machine.send({ type: 'confirm', ...target }),
    resume(url, config) {
      const stored = readOrder(config.storage);
      if (!stored) return;
      const found = findPayReturn(url);
      const state = machine.get();
      if (found) {
        replaceAddress(config, found.cleaned);
        if (state.status === 'verifying' && state.tradeNo === found.tradeNo) return; // Read already.
        writeOrder(config.storage, { ...stored, tradeNo: found.tradeNo });
        machine.send({ type: 'returned', imprestCode: stored.imprestCode, tradeNo: found.tradeNo, config });
      } else if (stored.unverified && !isBusy(state)) {
        machine.send({ type: 'returned', imprestCode: stored.imprestCode, tradeNo: stored.tradeNo, config });
      }
    },
    register(verifier) {
      verifiers.add(verifier);
      return () => void verifiers.delete(verifier);
    },
    reset: () => machine.send({ type: 'reset' }),
  };
}
