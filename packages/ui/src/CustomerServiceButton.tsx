'use client';
import { forwardRef, useEffect } from 'react';
import { useCustomerService, type CustomerServiceStatus, type UseCustomerServiceOptions } from '@vvchat/react';
import { FlowButton } from './FlowButton';
import { customerServiceMark } from './icons';
import type { VVChatButtonProps } from './buttonProps';
import { customerServiceLabels, setupErrorLabels } from './labels';

/** Props of {@link CustomerServiceButton}: `useCustomerService`'s options, the look, and native button props. */
export interface CustomerServiceButtonProps extends UseCustomerServiceOptions, VVChatButtonProps<CustomerServiceStatus> {}

/**
 * "Contact support": opens a chat with your customer-service account in the VVChat app. Pending
 * (focusable, `aria-disabled`, `aria-busy`, `data-pending`, taps ignored) while the app opens.
 *
 * @example
 * <CustomerServiceButton openId="OPEN_ID" variant="outline" />
 */
export const CustomerServiceButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, CustomerServiceButtonProps>(function CustomerServiceButton(
  { openId, onError, ...props },
  ref,
) {
  const { open, status, error } = useCustomerService({ openId, onError });
  // A blank openId is a setup error: said once in development, a neutral unavailable button for users.
  const blank = typeof openId !== 'string' || !openId.trim();
  useEffect(() => {
    if (blank && process.env.NODE_ENV !== 'production') {
      console.error('[vvchat] <CustomerServiceButton> needs an openId: the button stays unavailable.');
    }
  }, [blank]);
  return (
    <FlowButton
      {...props}
      ref={ref}
      status={status}
      error={error}
      isPending={status === 'launching'}
      isUnavailable={blank}
      table={customerServiceLabels}
      labelOf={blank ? (_, locale) => setupErrorLabels[locale] : undefined}
      action="customer-service"
      mark={customerServiceMark}
      onPress={open}
    />
  );
});
