'use client';
import { MutationObserver, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import {
  createPayFlow,
  removeCallbackParams,
  verifyDelay,
  type CreatedOrder,
  type PaymentVerdict,
  type PayStatus,
  type VVChatError,
} from '@vvchat/core';
import { hasUserActivation, redirectTo, replaceUrl, useFlowEvents, useFlowState, useLatest } from './internal';
import { vvchatKeys } from './queryKeys';
import { useVVChat } from './VVChatProvider';

/** Options of {@link useQPay}. Every callback is read when it is called. */
export interface UseQPayOptions<TInput> {
  /** Asks your backend for a new order (the platform's unified-order call): its `imprest_code`, or `{ imprestCode }`. */
  createOrder: (input: TInput) => Promise<CreatedOrder> | CreatedOrder;
  /**
   * Asks your backend, which received the platform's payment notification, whether the order is
   * paid. Polled with backoff until `'paid'` or `'failed'`; `'pending'` or a rejection means
   * "not known yet". Without it a return can't be confirmed and ends in `payment_unverified`.
   * (It returns a promise, not `PaymentVerdict | Promise<…>`: with that union TypeScript widens
   * `async () => 'paid'` to `Promise<string>`.)
   */
  verifyPayment?: ((order: { imprestCode: string; tradeNo?: string | undefined }) => Promise<PaymentVerdict>) | undefined;
  /** Where the app comes back to. @default the provider's, else the current page without callback parameters */
  redirectUri?: string | undefined;
  /** Called once when `verifyPayment` said `'paid'`. */
  onPaid?: ((payment: { imprestCode: string; tradeNo?: string | undefined }) => void) | undefined;
  /** Called once when the payment ended in `status: 'error'`. */
  onError?: ((error: VVChatError) => void) | undefined;
  /** How long to poll `verifyPayment` before `payment_unverified`. @default 60_000 */
  timeoutMs?: number | undefined;
  /** The first poll interval; later ones back off to 5×. @default 1000 */
  pollIntervalMs?: number | undefined;
}

/** What {@link useQPay} returns. */
export interface UseQPayResult<TInput> {
  /** Creates the order and opens the VVChat pay sheet; call it inside a tap. Does nothing while a payment is under way. */
  pay: (input: TInput) => void;
  /**
   * In `status: 'ready'` (the order took so long that the tap's user activation lapsed, and
   * browsers only open apps from a tap): call it from one more tap to open the pay sheet. After
   * `payment_unverified`: asks `verifyPayment` again about the same order (never pays twice).
   */
  confirm: () => void;
  status: PayStatus;
  /** The platform's transaction number, once the app came back with one. */
  tradeNo: string | undefined;
  error: VVChatError | undefined;
  /** Back to `idle`. */
  reset: () => void;
}

const idle = { status: 'idle' } as const;

/**
 * Take a payment with QPay. `pay(input)` calls `createOrder(input)`, keeps the order, and opens
 * the VVChat pay sheet. On return (`trade_no` in the URL, or the page shown again) it polls
 * `verifyPayment` until your backend says `'paid'` or `'failed'`: a redirect alone is never
 * reported as paid.
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
  const { client } = useVVChat();
  const flow = (client.pay ??= createPayFlow(client.context));
  const latest = useLatest(options);
  const state = useFlowState(flow, idle);
  const { status, imprestCode, tradeNo } = state;
  const appId = client.config.appId;

  useFlowEvents(flow, (next) => {
    if (next.status === 'paid') latest.current.onPaid?.({ imprestCode: next.imprestCode!, tradeNo: next.tradeNo });
    if (next.status === 'error') latest.current.onError?.(next.error!);
  });

  // Back from the app: `trade_no` on the page it opened, or this page shown again.
  useEffect(() => {
    if (flow.resume(location.href)) replaceUrl(removeCallbackParams(location.href, ['trade_no', 'err_code']));
    // Shown again: back from the app, a focus after a prompt, or Back restoring this page (bfcache).
    const onShown = () => document.visibilityState === 'visible' && flow.resume(location.href, true);
    document.addEventListener('visibilitychange', onShown);
    addEventListener('focus', onShown);
    addEventListener('pageshow', onShown);
    return () => {
      document.removeEventListener('visibilitychange', onShown);
      removeEventListener('focus', onShown);
      removeEventListener('pageshow', onShown);
    };
  }, [flow]);

  const verifying = status === 'verifying';
  const { data: verdict } = useQuery(
    {
      queryKey: vvchatKeys.verify(appId, imprestCode, tradeNo),
      queryFn: async (): Promise<PaymentVerdict> => {
        try {
          return await latest.current.verifyPayment!({ imprestCode: imprestCode!, tradeNo });
        } catch {
          return 'pending'; // A network error is "not known yet".
        }
      },
      enabled: verifying && !!options.verifyPayment,
      retry: false,
      gcTime: 0,
      refetchOnWindowFocus: false,
      refetchIntervalInBackground: true,
      refetchInterval: (query) => verifyDelay(query.state.dataUpdateCount - 1, latest.current.pollIntervalMs),
    },
    client.queryClient,
  );

  useEffect(() => {
    if (verifying && (verdict === 'paid' || verdict === 'failed')) flow.settle(verdict);
  }, [flow, verifying, verdict]);
  useEffect(() => {
    if (!verifying) return;
    const { verifyPayment, timeoutMs = 60_000 } = latest.current;
    const timer = setTimeout(() => flow.settle('timeout'), verifyPayment ? timeoutMs : 0);
    return () => clearTimeout(timer);
  }, [flow, latest, verifying]);

  const pay = useCallback(
    (input: TInput) => {
      void flow.pay(
        () =>
          new MutationObserver<CreatedOrder, unknown, TInput>(client.queryClient, {
            mutationKey: vvchatKeys.order(client.config.appId),
            mutationFn: async (value) => latest.current.createOrder(value),
            retry: false,
          }).mutate(input),
        redirectTo(latest.current.redirectUri, client),
        hasUserActivation,
      );
    },
    [client, flow, latest],
  );
  const confirm = useCallback(() => flow.confirm(redirectTo(latest.current.redirectUri, client)), [client, flow, latest]);

  return { pay, confirm, status, tradeNo, error: state.error, reset: flow.reset };
}
