'use client';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { createPayFlow, type CreatedOrder, type PaymentVerdict, type PayStatus, type VVChatError } from '@vvchat/core';
import { vvchatKeys } from './queryKeys';
import { hasUserActivation, redirectUriFor, useFlow, useFlowEvent } from './useFlow';
import { useIsomorphicLayoutEffect, useLatest } from './useLatest';

/** Options of {@link useQPay}. Every callback is read when it is called. */
export interface UseQPayOptions<TInput> {
  /** Asks your backend for a new order (the platform's unified-order call): its `imprest_code`, or `{ imprestCode }`. */
  createOrder: (input: TInput) => Promise<CreatedOrder> | CreatedOrder;
  /**
   * Asks your backend, which received the platform's payment notification, whether the order is
   * paid. Polled with backoff until exactly `'paid'` or `'failed'`; `'pending'`, anything else or a
   * rejection means "not known yet". With several consumers on a page, one that has it verifies;
   * without any, a return can't be confirmed and ends in `payment_unverified`.
   * (It returns a promise, not `PaymentVerdict | Promise<…>`: with that union TypeScript widens
   * `async () => 'paid'` to `Promise<string>`.)
   */
  verifyPayment?: ((order: { imprestCode: string; tradeNo?: string | undefined }) => Promise<PaymentVerdict>) | undefined;
  /** Where the app comes back to. @default the provider's, else the current page without this SDK's callback */
  redirectUri?: string | undefined;
  /** Called once when `verifyPayment` said `'paid'`, with the `context` given to `pay()` or `prepare()`. */
  onPaid?: ((payment: { imprestCode: string; tradeNo?: string | undefined; context: unknown }) => void) | undefined;
  /** Called once when the payment ended in `status: 'error'`. */
  onError?: ((error: VVChatError) => void) | undefined;
  /** How long to poll `verifyPayment` before `payment_unverified`. @default 60_000 */
  timeoutMs?: number | undefined;
  /** The first poll interval; later ones back off to 5×. @default 1000 */
  pollIntervalMs?: number | undefined;
  /**
   * How old an order made by `prepare()` may be when the tap launches it. The platform does not
   * say how long an `imprest_code` stays payable; an older prepared order is made afresh (with
   * `createOrder`) before the tap, never launched stale.
   * @default 600_000 (10 minutes)
   */
  orderMaxAgeMs?: number | undefined;
}

/** Options of one `pay()` or `prepare()`. */
export interface PayOptions {
  /**
   * Any JSON value to have back on the page the app returns to (the order page to show): kept
   * with the order, at most 4,096 characters of JSON (else `invalid_option`).
   */
  context?: unknown;
}

/** What {@link useQPay} returns. */
export interface UseQPayResult<TInput> {
  /** Creates the order and opens the VVChat pay sheet; call it inside a tap. Does nothing while a payment is under way. */
  pay: (input: TInput, options?: PayOptions) => void;
  /**
   * Creates the order ahead of the tap (when the checkout is shown), then waits in `ready`: the
   * tap calls `confirm()`, which opens the pay sheet at once, so a slow `createOrder` never costs
   * the tap its user activation. A prepared order older than `orderMaxAgeMs` is made afresh first.
   * Call it again when the cart changes: the new order replaces the prepared one, and only the
   * latest is ever launched (not once a tap launched it).
   */
  prepare: (input: TInput, options?: PayOptions) => void;
  /**
   * In `status: 'ready'` (the order took so long that the tap's user activation lapsed, and
   * browsers only open apps from a tap, or the launch was left in doubt): call it from one more
   * tap to open the pay sheet. After `payment_unverified`: asks `verifyPayment` again about the
   * same order (never pays twice).
   */
  confirm: () => void;
  status: PayStatus;
  /** The platform's transaction number, once the app came back with one. */
  tradeNo: string | undefined;
  error: VVChatError | undefined;
  /** The `context` given to `pay()` or `prepare()`, also on the page the app returned to. */
  context: unknown;
  /** Back to `idle`. */
  reset: () => void;
}

/**
 * Take a payment with QPay. `pay(input)` calls `createOrder(input)`, keeps the order, and opens
 * the VVChat pay sheet. On return (`trade_no` in the URL, or the page shown again after the app
 * opened) it polls `verifyPayment` until your backend says `'paid'` or `'failed'`: a redirect
 * alone is never reported as paid.
 *
 * @example
 * const { pay, confirm, status } = useQPay({
 *   createOrder: (sku: string) => api.createOrder(sku),
 *   verifyPayment: (order) => api.orderStatus(order),
 * });
 * return status === 'ready'
 *   ? <button onClick={confirm}>继续支付</button>
 *   : <button onClick={() => pay('sku-1')}>QPay 支付</button>;
 */
export function useQPay<TInput = void>(options: UseQPayOptions<TInput>): UseQPayResult<TInput> {
  const { flow, state, optionsRef, config, provider, queryClient, appId } = useFlow(createPayFlow, options, { scope: 'page' });
  const order = useMutation(
    { mutationKey: vvchatKeys.order(appId), mutationFn: async (input: TInput) => optionsRef.current.createOrder(input), retry: false },
    queryClient,
  );
  const createOrderRef = useLatest(order.mutateAsync);

  // Registered before any consumer's passive effect reads a return, so a consumer without
  // verifyPayment never cuts a verification short.
  useIsomorphicLayoutEffect(
    () =>
      flow.register(() => {
        const { verifyPayment, timeoutMs, pollIntervalMs } = optionsRef.current;
        if (!verifyPayment) return undefined;
        return {
          timeoutMs,
          pollIntervalMs,
          // Each poll asks afresh (staleTime 0): an order id reused by a retry is never answered from an old verdict.
          verifyPayment: (payment) =>
            // `query()` replaces it only in late 5.x releases; the peer range is all of ^5.
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            queryClient.fetchQuery({
              queryKey: vvchatKeys.verify(appId, payment.imprestCode, payment.tradeNo),
              queryFn: () => verifyPayment(payment),
              retry: false,
              staleTime: 0,
            }),
        };
      }),
    [flow, optionsRef, queryClient, appId],
  );
  useFlowEvent(flow, 'paid', ({ imprestCode, tradeNo, context }) => optionsRef.current.onPaid?.({ imprestCode, tradeNo, context }));
  useFlowEvent(flow, 'error', ({ error }) => optionsRef.current.onError?.(error));
  useEffect(() => flow.resume(location.href, config()), [flow, config]);

  const pay = useCallback(
    (input: TInput, options?: PayOptions) =>
      flow.pay(() => createOrderRef.current(input), {
        redirectUri: redirectUriFor(provider, optionsRef.current.redirectUri),
        config: config(),
        canNavigate: hasUserActivation,
        context: options?.context,
      }),
    [flow, optionsRef, config, provider, createOrderRef],
  );
  const prepare = useCallback(
    (input: TInput, options?: PayOptions) =>
      flow.prepare(() => createOrderRef.current(input), {
        redirectUri: redirectUriFor(provider, optionsRef.current.redirectUri),
        config: config(),
        maxAgeMs: optionsRef.current.orderMaxAgeMs ?? 600_000,
        context: options?.context,
      }),
    [flow, optionsRef, config, provider, createOrderRef],
  );
  const confirm = useCallback(
    () => flow.confirm({ redirectUri: redirectUriFor(provider, optionsRef.current.redirectUri), config: config(), canNavigate: hasUserActivation }),
    [flow, optionsRef, config, provider],
  );

  return {
    pay,
    prepare,
    confirm,
    status: state.status,
    tradeNo: 'tradeNo' in state ? state.tradeNo : undefined,
    error: state.status === 'error' ? state.error : undefined,
    context: 'context' in state ? state.context : undefined,
    reset: flow.reset,
  };
}
