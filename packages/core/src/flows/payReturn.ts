import { invalidOption, isTimerDuration } from '../links/query';
import { withContext } from '../session/context';
import { tabs } from './chunks';
import type { EffectTools, Machine } from './createMachine';
import type { FlowConfig } from './flowConfig';
import { delay } from './page';
import type { PayEvent, PayState, PaymentVerifier } from './payFlow';
import { readOrder, removeOrder, writeOrder } from './pendingOrder';
import { settled } from './settled';
import { verifyDelay } from './verifyDelay';
import { heardWithinMs, withLock } from './withLock';

/** @internal What a pay flow lends the code that verifies its payments and settles its returns. */
export interface PayReturnScope {
  machine: Machine<PayState, PayEvent>;
  /** The first registered consumer's verifier, read at each poll. */
  pickVerifier: () => PaymentVerifier | undefined;
  /** Marks the stored order unverified and ends in `payment_unverified`. */
  giveUp: (config: FlowConfig, send: (event: PayEvent) => void) => void;
  /** The orders other tabs verified as paid since this tab listened. */
  paidElsewhere: Map<string, { imprestCode: string; tradeNo?: string; context?: unknown }>;
  /** The Web Lock a tab holds while it settles one return. */
  returnLock: (appId: string, imprestCode: string, tradeNo: string) => string;
}

/** The word of the tab that verified `imprestCode` as paid, if it comes within {@link heardWithinMs}. */
async function paidWord(appId: string, imprestCode: string) {
  return (await tabs())?.nextTabMessage(
    (message) => (message.type === 'paid' && message.appId === appId && message.imprestCode === imprestCode ? message : undefined),
    heardWithinMs,
  );
}

/**
 * @internal The `verifying` effect: asks `verifyPayment` on a schedule (1 s, 2 s, 4 s, then every
 * 5 s; a rejection is "not known yet") until `paid` or `failed`, or `payment_unverified` after the
 * timeout. A tab whose order another tab is verifying (that tab took the return) waits for it and
 * takes its verdict rather than ask a second time.
 */
export function verify(scope: PayReturnScope, state: PayState & { status: 'verifying' }, { signal, send }: EffectTools<PayEvent>): void {
  const { imprestCode, tradeNo, config } = state;
  const carried = withContext(state.context);
  const first = scope.pickVerifier();
  if (!first) return scope.giveUp(config, send);
  const { timeoutMs = 60_000, pollIntervalMs = 1000 } = first;
  if (!isTimerDuration(timeoutMs) || !isTimerDuration(pollIntervalMs)) {
    return send({ type: 'fail', error: invalidOption('timeoutMs and pollIntervalMs', 'must be positive numbers of milliseconds (at most 2^31 - 1)') });
  }
  const timer = setTimeout(() => scope.giveUp(config, send), timeoutMs);
  signal.addEventListener('abort', () => clearTimeout(timer));
  void (async () => {
    // This tab was left for the app, and another tab (the one the app opened) took the return:
    // wait while it verifies (its lock), then take its verdict rather than ask a second time.
    const taken = tradeNo ? undefined : readOrder(config.storage);
    if (taken?.imprestCode === imprestCode && taken.tradeNo) {
      const waited = await withLock(scope.returnLock(config.appId, imprestCode, taken.tradeNo), (waited) => waited);
      // It settled the order; its word (which moves this tab to `paid`) may arrive just after the lock.
      if (waited && readOrder(config.storage)?.imprestCode !== imprestCode) await paidWord(config.appId, imprestCode);
    }
    for (let attempt = 0; !signal.aborted; attempt++) {
      const verifier = scope.pickVerifier() ?? first;
      let verdict: unknown;
      try {
        verdict = await verifier.verifyPayment({ imprestCode, tradeNo });
      } catch {
        verdict = 'pending'; // A network error is "not known yet".
      }
      if (signal.aborted) return;
      if (verdict === 'paid' || verdict === 'failed') {
        removeOrder(config.storage);
        send({ type: 'verdict', verdict });
        // The tab that started this payment (often the one the app left) learns it is paid.
        if (verdict === 'paid') void tabs().then((module) => module?.tabChannel().post({ type: 'paid', appId: config.appId, imprestCode, ...(tradeNo && { tradeNo }), ...carried }));
        return;
      }
      await delay(verifyDelay(attempt, isTimerDuration(verifier.pollIntervalMs) ? verifier.pollIntervalMs : pollIntervalMs), signal);
    }
  })();
}

/**
 * @internal Settles the return (`trade_no`) of the stored order `imprestCode` while this tab
 * holds its lock: keeps the `trade_no` with the order and verifies it (the lock is held until the
 * verification settles); or, when the tab that held the lock before settled it (`waited`), takes
 * that tab's `paid`.
 */
export async function settleReturn(scope: PayReturnScope, imprestCode: string, tradeNo: string, config: FlowConfig, waited: boolean): Promise<void> {
  const current = readOrder(config.storage);
  if (current?.imprestCode !== imprestCode) {
    // The tab that held the lock settled this return; its word may arrive just after the lock.
    const finished = scope.paidElsewhere.get(imprestCode) ?? (waited ? await paidWord(config.appId, imprestCode) : undefined);
    if (finished) {
      const { imprestCode: code, tradeNo: paidTradeNo, context } = finished;
      scope.machine.send({ type: 'paidElsewhere', imprestCode: code, ...(paidTradeNo && { tradeNo: paidTradeNo }), ...withContext(context), adopt: true });
    }
    return;
  }
  writeOrder(config.storage, { ...current, tradeNo });
  scope.machine.send({ type: 'returned', imprestCode, tradeNo, config, ...withContext(current.context) });
  return settled(scope.machine, 'verifying');
}
