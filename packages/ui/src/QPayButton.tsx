'use client';
import { forwardRef, type ReactElement, type RefAttributes } from 'react';
import { useQPay, type PayStatus, type UseQPayOptions } from '@vvchat/react';
import { ButtonBase, useLabels, type VVChatButtonProps } from './ButtonBase';
import { payLabels } from './labels';

/** Props of {@link QPayButton}: `useQPay`'s options, the order's `input` and `amount`, the look, and native button props. */
export interface QPayButtonProps<TInput = void> extends UseQPayOptions<TInput>, VVChatButtonProps<PayStatus | 'unverified'> {
  /** Passed to `createOrder` on each tap. */
  input?: TInput;
  /** Shown after the label, formatted with `Intl.NumberFormat` (e.g. `¥12.00`). */
  amount?: number | undefined;
  /** ISO 4217 code for `amount`. @default 'CNY' */
  currency?: string | undefined;
}

const busyStatuses = new Set<PayStatus>(['creating', 'launching', 'verifying']);

/**
 * "Pay with QPay": `useQPay` plus markup. One tap creates the order and opens the pay sheet; if
 * the order took too long for the browser to still count the tap, the button asks for one more
 * ("继续支付" / "Continue to pay"). Shows `paid` only when your `verifyPayment` says so.
 *
 * @example
 * <QPayButton amount={12} createOrder={() => api.createOrder('sku-1')} verifyPayment={api.orderStatus} />
 */
export const QPayButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, QPayButtonProps<unknown>>(function QPayButton(
  { createOrder, verifyPayment, redirectUri, onPaid, onError, timeoutMs, pollIntervalMs, input, amount, currency = 'CNY', labels, ...props },
  ref,
) {
  const { pay, confirm, status, error } = useQPay({ createOrder, verifyPayment, redirectUri, onPaid, onError, timeoutMs, pollIntervalMs });
  const { texts, errorText, locale } = useLabels(payLabels, props.locale, labels);
  // After `payment_unverified` the order may still be paid: a tap asks again, never pays again.
  const unverified = error?.code === 'payment_unverified';
  const price =
    amount === undefined || status !== 'idle'
      ? ''
      : ' ' + new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(amount);
  return (
    <ButtonBase
      {...props}
      ref={ref}
      status={status}
      busy={busyStatuses.has(status)}
      disabled={props.disabled || status === 'paid'}
      label={texts[unverified ? 'unverified' : status] + price}
      errorText={errorText(error)}
      iconName="pay"
      onActivate={() => (status === 'ready' || unverified ? confirm() : pay(input))}
    />
  );
}) as <TInput = void>(props: QPayButtonProps<TInput> & RefAttributes<HTMLButtonElement>) => ReactElement;
