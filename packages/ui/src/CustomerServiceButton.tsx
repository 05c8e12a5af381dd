'use client';
import { forwardRef } from 'react';
import { useCustomerService, type CustomerServiceStatus, type UseCustomerServiceOptions } from '@vvchat/react';
import { FlowButton } from './FlowButton';
import type { VVChatButtonProps } from './buttonProps';
import { customerServiceLabels } from './labels';

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
  return (
    <FlowButton
      {...props}
      ref={ref}
      status={status}
      error={error}
      isPending={status === 'launching'}
      table={customerServiceLabels}
      action="customer-service"
      iconName="customerService"
      onPress={open}
    />
  );
});
