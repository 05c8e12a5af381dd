'use client';
import { forwardRef, useEffect, useRef, type ReactElement, type RefAttributes } from 'react';
import { useQPay, type PayStatus, type UseQPayOptions, type VVChatLocale } from '@vvchat/react';
import { FlowButton } from './FlowButton';
import { payMark } from './icons';
import type { VVChatButtonProps } from './buttonProps';
import { payLabels, payErrors } from './labels';

/** Props of {@link QPayButton}: `useQPay`'s options, the order's `input` and `amount`, the look, and native button props. */
export interface QPayButtonProps<TInput = void> extends UseQPayOptions<TInput>, VVChatButtonProps<PayStatus | 'unverified' | 'notPaid'> {
  /** Passed to `createOrder` on each tap. */
  input?: TInput;
  /** Shown after the label, formatted with `Intl.NumberFormat` (e.g. `¥12.00`). */
  amount?: number | undefined;
  /** ISO 4217 code for `amount`. @default 'CNY' */
  currency?: string | undefined;
  /**
   * Creates the order when the button mounts (and again after a reset), so the tap only opens
   * the pay sheet: `createOrder(input)` runs ahead and the button waits in `ready`; an order
   * older than `orderMaxAgeMs` is made afresh before the tap, and so is one whose `input` or
   * `amount` changed (compared as JSON). Without it, the tap creates the order.
   */
  prepare?: boolean | undefined;
  /** Any JSON value to have back after the round trip (`onPaid`'s `context`). */
  context?: unknown;
}

const pendingStatuses = new Set<PayStatus>(['creating', 'launching', 'verifying']);

/** `input` and `amount` as one string, so a new object of the same value is no new order; `undefined` when not JSON. */
function sameOrderKey(input: unknown, amount: unknown): string | undefined {
  try {
    return JSON.stringify([input, amount]);
  } catch {
    return undefined;
  }
}

/**
 * "Pay with QPay": `useQPay` plus markup. One tap creates the order and opens the pay sheet; if
 * the order took too long for the browser to still count the tap, the button asks for one more
 * ("继续支付" / "Continue to pay"). Pending (focusable, `aria-disabled`, `aria-busy`,
 * `data-pending`, taps ignored) while the order is created, the app opens and the payment is
 * verified. Shows `paid` only when your `verifyPayment` says so, and then starts nothing more.
 *
 * @example
 * <QPayButton amount={12} createOrder={() => api.createOrder('sku-1')} verifyPayment={api.orderStatus} />
 */
export const QPayButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, QPayButtonProps<unknown>>(function QPayButton(
  {
    createOrder,
    verifyPayment,
    redirectUri,
    onPaid,
    onError,
    timeoutMs,
    pollIntervalMs,
    orderMaxAgeMs,
    input,
    amount,
    currency = 'CNY',
    prepare: prepareAhead,
    context,
    ...props
  },
  ref,
) {
  const { pay, prepare, confirm, status, tradeNo, error } = useQPay({
    createOrder,
    verifyPayment,
    redirectUri,
    onPaid,
    onError,
    timeoutMs,
    pollIntervalMs,
    orderMaxAgeMs,
  });
  const latest = useRef({ input, context });
  latest.current = { input, context };
  // What the prepared order was made for: a new input or amount (compared as JSON) makes a new one.
  const orderFor = sameOrderKey(input, amount);
  const preparedFor = useRef<string | undefined>(undefined);
  // Prepared on mount, after each reset (back to `idle`) and when the item changes before the tap
  // (the flow then replaces the order it prepared): the tap only confirms.
  useEffect(() => {
    if (!prepareAhead) return;
    const changed = (status === 'creating' || status === 'ready') && preparedFor.current !== orderFor;
    if (status !== 'idle' && !changed) return;
    preparedFor.current = orderFor;
    prepare(latest.current.input, { context: latest.current.context });
  }, [prepareAhead, status, prepare, orderFor]);
  // After `payment_unverified` the order may still be paid: a tap asks again, never pays again.
  const unverified = error?.code === 'payment_unverified';
  // `failed` with no trade_no from the app: no transaction was made, as a rule the user cancelled
  // in the pay sheet. Not paid, in normal colours; a tap makes a new order.
  const notPaid = status === 'failed' && !tradeNo;
  const price = (locale: VVChatLocale) =>
    amount === undefined || status !== 'idle'
      ? ''
      : ' ' + new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(amount);
  return (
    <FlowButton<PayStatus | 'unverified' | 'notPaid'>
      {...props}
      ref={ref}
      status={status}
      error={error}
      isPending={pendingStatuses.has(status)}
      // `paid` is final (nobody pays the same order twice), yet not native `disabled`: the user
      // usually has focus on the button when verification ends, and `disabled` would drop that
      // focus to <body> and take the button out of the tab order, so a screen reader would never
      // hear "支付成功", the page's only confirmation. `aria-disabled` keeps it focusable and read,
      // announced as unavailable.
      isUnavailable={status === 'paid'}
      table={payLabels}
      errors={payErrors}
      cancelled={notPaid}
      // An app's own `labels.failed` covers the not-paid case too, unless it also says `notPaid`.
      labelOf={(texts, locale) => texts[unverified ? 'unverified' : notPaid ? (props.labels?.failed && !props.labels.notPaid ? 'failed' : 'notPaid') : status] + price(locale)}
      action="pay"
      mark={payMark}
      onPress={() => (status === 'ready' || unverified ? confirm() : pay(input, { context }))}
    />
  );
}) as <TInput = void>(props: QPayButtonProps<TInput> & RefAttributes<HTMLButtonElement>) => ReactElement;
