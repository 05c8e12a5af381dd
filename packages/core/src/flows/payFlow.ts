import { VVChatError } from '../errors';
import { findPayReturn } from '../callbacks/findPayReturn';
import { buildPayLink } from '../links/buildPayLink';
import { invalidOption, isTimerDuration, text } from '../links/query';
import { createMachine, type Machine } from './createMachine';
import type { FlowConfig } from './flowConfig';
import { launchError, launchLink } from './launchLink';
import { onPageShown, pageVisible, replaceAddress } from './page';
import { readOrder, removeOrder, writeOrder } from './pendingOrder';
import { toVVChatError } from './toVVChatError';
import { checkContext, withContext } from '../session/context';
import { payReturn, tabs } from './chunks';
import type { PayReturnScope } from './payReturn';
import { withLock } from './withLock';

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

/** What a payment carries through the round trip: the app's `context` (any JSON value). */
interface Carried {
  context?: unknown;
}

/** An order made ahead of the tap (`prepare`), and the request that makes a fresh one when it is too old. */
interface Prepared {
  /** When the order was created (epoch milliseconds). */
  createdAt?: number | undefined;
  /** Makes the order again, when a prepared one got too old to launch. */
  order?: OrderRequest | undefined;
  /** How old a prepared order may be when it is launched. */
  maxAgeMs?: number | undefined;
}

/** A pay flow's state: each status carries exactly its fields. Only `verifyPayment` (your backend) can move it to `paid`. */
export type PayState =
  | { status: 'idle' }
  /** `createOrder` runs; `canNavigate` tells afterwards whether the tap's user activation is still alive (never, for `prepare`). */
  | ({ status: 'creating'; order: OrderRequest; canNavigate: () => boolean; prepared?: { maxAgeMs: number } | undefined } & LaunchTarget & Carried)
  /** The order exists but the tap's activation lapsed (or it was prepared ahead): one more tap (`confirm`) opens the pay sheet. */
  | ({ status: 'ready'; imprestCode: string } & LaunchTarget & Carried & Prepared)
  | ({ status: 'launching'; imprestCode: string } & LaunchTarget & Carried)
  | ({ status: 'verifying'; imprestCode: string; tradeNo?: string | undefined; config: FlowConfig } & Carried)
  | ({ status: 'paid'; imprestCode: string; tradeNo?: string | undefined } & Carried)
  | ({ status: 'failed'; imprestCode: string; tradeNo?: string | undefined } & Carried)
  | ({ status: 'error'; error: VVChatError; imprestCode?: string | undefined; tradeNo?: string | undefined; config?: FlowConfig | undefined } & Carried);

/** Where a payment is. */
export type PayStatus = PayState['status'];

/** The statuses in which a payment is under way: `pay()` starts no second order then. */
export const payBusyStatuses = ['creating', 'ready', 'launching', 'verifying'] as const satisfies readonly PayStatus[];

/** What moves a pay flow. */
export type PayEvent =
  | ({ type: 'pay'; order: OrderRequest; canNavigate: () => boolean; prepared?: { maxAgeMs: number } | undefined } & LaunchTarget & Carried)
  | { type: 'created'; imprestCode: string; activation: boolean; createdAt: number }
  | ({ type: 'confirm'; canNavigate?: (() => boolean) | undefined } & LaunchTarget)
  /** A prepared order got too old to launch: make a fresh one (still ahead of the tap). */
  | { type: 'expired' }
  /** The launch settled and the page was never hidden (the app did not come to the front): the order waits in `ready`. */
  | { type: 'dismissed' }
  /** Back from the app: a `trade_no`, the page shown again after it opened, or a later visit. */
  | ({ type: 'returned'; imprestCode: string; tradeNo?: string | undefined; config: FlowConfig } & Carried)
  | { type: 'verdict'; verdict: 'paid' | 'failed' }
  /**
   * Another tab of this origin verified this order as paid (its `verifyPayment` said so). `adopt`:
   * this tab opened the same return and waited for that tab, so it takes the verdict from any
   * status that is not under way.
   */
  | ({ type: 'paidElsewhere'; imprestCode: string; tradeNo?: string | undefined; adopt?: boolean } & Carried)
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
  pay: (order: OrderRequest, target: LaunchTarget & Carried & { canNavigate: () => boolean }) => void;
  /**
   * Creates the order ahead of the tap (when the checkout is shown) and waits in `ready`; the tap
   * then calls {@link PayFlow.confirm}, which launches at once. An order older than `maxAgeMs`
   * is made afresh before it can be launched (a timer while the page waits, and a check at the
   * tap), never launched stale. Called again before the tap (the cart changed), it replaces the
   * prepared order: only the latest is ever launched. Ignored while a payment is launching or
   * verifying, or waits on an order a tap already launched.
   */
  prepare: (order: OrderRequest, target: LaunchTarget & Carried & { maxAgeMs: number }) => void;
  /**
   * From `ready`: launches the order, inside the new tap. From `error` `payment_unverified`: asks
   * `verifyPayment` again about the kept order (`verifying`), never a second payment.
   */
  confirm: (target: LaunchTarget & { canNavigate?: (() => boolean) | undefined }) => void;
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

const isBusy = (state: PayState) => (payBusyStatuses as readonly PayStatus[]).includes(state.status);
const orderOf = (state: PayState) => ('imprestCode' in state ? { imprestCode: state.imprestCode } : {});
const tradeOf = (state: PayState) => ('tradeNo' in state && state.tradeNo ? { tradeNo: state.tradeNo } : {});
/** `{ context }` when the state carries one, so states without one have no `context` key at all. */
const contextOf = (state: PayState | Carried) => ('context' in state && state.context !== undefined ? { context: state.context } : {});
/** The request that makes a fresh order when a prepared one is too old to launch; `undefined` while it is fresh (or not prepared). */
const remakeIfStale = ({ order, createdAt, maxAgeMs }: PayState & { status: 'ready' }) =>
  order && createdAt !== undefined && maxAgeMs !== undefined && Date.now() - createdAt >= maxAgeMs ? order : undefined;

function transition(state: PayState, event: PayEvent): PayState {
  switch (event.type) {
    case 'pay': {
      const { type: _, ...creating } = event;
      // A prepared order nobody launched yet (still being made, or waiting for the tap) gives way to
      // a new prepare(): the cart changed, and the old cart's order must never be the one paid.
      const replaceable = (state.status === 'creating' && state.prepared) || (state.status === 'ready' && state.order);
      return isBusy(state) && !(event.prepared && replaceable) ? state : { status: 'creating', ...creating };
    }
    case 'created': {
      if (state.status !== 'creating') return state;
      const { redirectUri, config, prepared, order } = state;
      const carried = contextOf(state);
      if (event.activation && !prepared) return { status: 'launching', imprestCode: event.imprestCode, redirectUri, config, ...carried };
      return {
        status: 'ready',
        imprestCode: event.imprestCode,
        redirectUri,
        config,
        ...carried,
        ...(prepared && { createdAt: event.createdAt, order, maxAgeMs: prepared.maxAgeMs }),
      };
    }
    case 'expired':
      if (state.status !== 'ready' || !state.order || state.maxAgeMs === undefined) return state;
      return {
        status: 'creating',
        order: state.order,
        canNavigate: () => false,
        prepared: { maxAgeMs: state.maxAgeMs },
        redirectUri: state.redirectUri,
        config: state.config,
        ...contextOf(state),
      };
    case 'confirm': {
      const remake = state.status === 'ready' ? remakeIfStale(state) : undefined;
      if (state.status === 'ready' && remake) {
        // Too old to launch: a fresh order, launched at once if this tap's activation outlives it.
        return {
          status: 'creating',
          order: remake,
          canNavigate: event.canNavigate ?? (() => false),
          redirectUri: event.redirectUri,
          config: event.config,
          ...contextOf(state),
        };
      }
      if (state.status === 'ready') {
        return { status: 'launching', imprestCode: state.imprestCode, redirectUri: event.redirectUri, config: event.config, ...contextOf(state) };
      }
      if (state.status === 'error' && state.error.code === 'payment_unverified' && state.imprestCode) {
        return { status: 'verifying', imprestCode: state.imprestCode, ...tradeOf(state), config: event.config, ...contextOf(state) };
      }
      return state;
    }
    case 'dismissed':
      return state.status === 'launching' ? { ...state, status: 'ready' } : state;
    case 'returned': {
      const { type: _, ...returned } = event;
      return { status: 'verifying', ...returned };
    }
    case 'verdict':
      return state.status === 'verifying' ? { status: event.verdict, imprestCode: state.imprestCode, ...tradeOf(state), ...contextOf(state) } : state;
    case 'paidElsewhere': {
      const ours = 'imprestCode' in state && state.imprestCode === event.imprestCode && state.status !== 'paid' && state.status !== 'failed';
      const adopted = event.adopt && !isBusy(state) && state.status !== 'paid';
      if (!ours && !adopted) return state;
      const tradeNo = event.tradeNo ?? ('tradeNo' in state ? state.tradeNo : undefined);
      return { status: 'paid', imprestCode: event.imprestCode, ...(tradeNo && { tradeNo }), ...contextOf(state), ...contextOf(event) };
    }
    case 'fail':
      return {
        status: 'error',
        error: event.error,
        ...orderOf(state),
        ...tradeOf(state),
        ...('config' in state && { config: state.config }),
        ...contextOf(state),
      };
    case 'reset':
      return state.status === 'idle' ? state : { status: 'idle' };
  }
}

/** The Web Lock a tab holds while it settles one pay return (an order and the app's `trade_no`). */
const returnLock = (appId: string, imprestCode: string, tradeNo: string) => `vvchat:pay:${appId}:${imprestCode}:${tradeNo}`;

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
  let listening = false;
  /** The orders other tabs verified as paid since this tab listened: a tab waiting for the lock takes their verdict. */
  const paidElsewhere = new Map<string, { imprestCode: string; tradeNo?: string; context?: unknown }>();
  /** Hears other tabs from this tab's first order on (a page without one opens no channel); only this tab's order counts. */
  function listen(appId: string) {
    if (listening) return;
    listening = true;
    void tabs().then((module) =>
      module?.tabChannel().subscribe((message) => {
        if (message.type !== 'paid' || message.appId !== appId) return;
        const { imprestCode, tradeNo, context } = message;
        const finished = { imprestCode, ...(tradeNo && { tradeNo }), ...withContext(context) };
        paidElsewhere.set(imprestCode, finished);
        machine.send({ type: 'paidElsewhere', ...finished });
      }),
    );
  }
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
            (imprestCode) => send({ type: 'created', imprestCode, activation: stillActive(canNavigate), createdAt: Date.now() }),
            (cause: unknown) => send({ type: 'fail', error: new VVChatError('order_failed', 'createOrder gave no imprest code', { cause }) }),
          );
      },
      ready: (state, { signal, send }) => {
        // A prepared order waits for the tap: made afresh when it gets too old, before any tap can launch it.
        if (!state.order || state.createdAt === undefined || state.maxAgeMs === undefined) return;
        const timer = setTimeout(() => send({ type: 'expired' }), Math.max(0, state.createdAt + state.maxAgeMs - Date.now()));
        signal.addEventListener('abort', () => clearTimeout(timer));
      },
      launching: (state, { signal, send }) => {
        // Fetched while the app is in front, so that the return finds it loaded.
        void payReturn();
        const { imprestCode, redirectUri, config } = state;
        const carried = contextOf(state);
        const returned = () => send({ type: 'returned', imprestCode, config, ...carried });
        let link: string;
        try {
          link = buildPayLink({ appId: config.appId, imprestCode, ...(redirectUri && { redirectUri }) });
          writeOrder(config.storage, { imprestCode, startedAt: Date.now(), ...carried });
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
      verifying: (state, tools) => {
        // The verification schedule is a chunk of its own, loaded once a payment comes back (and
        // fetched ahead while the app is open). A chunk that cannot be loaded (offline) ends in
        // `payment_unverified`, as does one that stalls past the verifier's timeout: the page
        // shown again asks again.
        const timeoutMs = pickVerifier()?.timeoutMs;
        const stalled = setTimeout(() => giveUp(state.config, tools.send), isTimerDuration(timeoutMs) ? timeoutMs : 60_000);
        tools.signal.addEventListener('abort', () => clearTimeout(stalled));
        void payReturn()
          .then((chunk) => {
            clearTimeout(stalled);
            if (tools.signal.aborted) return;
            if (chunk) chunk.verify(scope, state, tools);
            else giveUp(state.config, tools.send);
          })
          .catch((error: unknown) => tools.send({ type: 'fail', error: toVVChatError(error, 'payment_unverified', 'the payment could not be verified') }));
      },
      error: ({ error, imprestCode, config }, { signal, send }) => {
        // After `payment_unverified`, the page shown again asks once more about the kept order.
        if (error.code !== 'payment_unverified' || !imprestCode || !config) return;
        onPageShown(signal, () => readOrder(config.storage)?.unverified && send({ type: 'confirm', redirectUri: undefined, config }));
      },
    },
  });

  const scope: PayReturnScope = { machine, pickVerifier, giveUp, paidElsewhere, returnLock };
  /** The returns (their locks) this tab is reading now. */
  const reading = new Set<string>();
  /** How many times reset() was called: a return read after one is dropped. */
  let resets = 0;

  return {
    ...machine,
    pay(order, { context, ...target }) {
      listen(target.config.appId);
      try {
        machine.send({ type: 'pay', order, ...target, ...withContext(checkContext(context)) });
      } catch (error) {
        if (!isBusy(machine.get())) machine.send({ type: 'fail', error: toVVChatError(error, 'invalid_option', 'the payment could not start') });
      }
    },
    prepare(order, { maxAgeMs, context, ...target }) {
      listen(target.config.appId);
      try {
        if (!isTimerDuration(maxAgeMs)) throw invalidOption('orderMaxAgeMs', 'must be a positive number of milliseconds (at most 2^31 - 1)');
        machine.send({ type: 'pay', order, ...target, canNavigate: () => false, prepared: { maxAgeMs }, ...withContext(checkContext(context)) });
      } catch (error) {
        if (!isBusy(machine.get())) machine.send({ type: 'fail', error: toVVChatError(error, 'invalid_option', 'the payment could not be prepared') });
      }
    },
    confirm: (target) => machine.send({ type: 'confirm', ...target }),
    resume(url, config) {
      const stored = readOrder(config.storage);
      if (!stored) return;
      listen(config.appId);
      const found = findPayReturn(url);
      const state = machine.get();
      if (found) {
        replaceAddress(config, found.cleaned);
        if (state.status === 'verifying' && state.tradeNo === found.tradeNo) return; // Read already.
        const { imprestCode } = stored;
        const lock = returnLock(config.appId, imprestCode, found.tradeNo);
        // Being read: the flow moves a few ticks later (the chunk), and a second resume in the
        // meantime (StrictMode's second effect, another consumer's) must not read it again.
        if (reading.has(lock)) return;
        reading.add(lock);
        const resetsBefore = resets;
        // One tab at a time settles a return (the lock is held while it verifies, at most 30 s), so
        // two tabs that open the same return verify it once: the one that waited takes the first
        // one's verdict. The lock is that return's own: a hung verification holds up no other.
        const settling = payReturn();
        void withLock(lock, async (waited) => {
          const chunk = await settling;
          if (resets !== resetsBefore) return; // reset() came first: this tab leaves the return alone (the order stays stored).
          if (chunk) return chunk.settleReturn(scope, imprestCode, found.tradeNo, config, waited);
          // Offline: verifying, which cannot load either, ends in `payment_unverified`, the
          // `trade_no` kept with the order for the next attempt.
          const current = readOrder(config.storage);
          if (current?.imprestCode !== imprestCode) return;
          writeOrder(config.storage, { ...current, tradeNo: found.tradeNo });
          machine.send({ type: 'returned', imprestCode, tradeNo: found.tradeNo, config, ...withContext(current.context) });
        })
          .catch(() => undefined) // Each branch settles the flow itself; nothing is left to report.
          .finally(() => reading.delete(lock));
      } else if (stored.unverified && !isBusy(state) && !reading.size) {
        // (Not while a return is being read: StrictMode's second effect finds the address cleaned.)
        machine.send({ type: 'returned', imprestCode: stored.imprestCode, tradeNo: stored.tradeNo, config, ...withContext(stored.context) });
      }
    },
    register(verifier) {
      verifiers.add(verifier);
      return () => void verifiers.delete(verifier);
    },
    reset: () => {
      resets++;
      machine.send({ type: 'reset' });
    },
  };
}
