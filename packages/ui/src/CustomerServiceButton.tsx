'use client';
import { forwardRef } from 'react';
import { useCustomerService, type CustomerServiceStatus, type UseCustomerServiceOptions } from '@vvchat/react';
import { ButtonBase, useLabels, type VVChatButtonProps } from './ButtonBase';
import { customerServiceLabels } from './labels';

/** Props of {@link CustomerServiceButton}: `useCustomerService`'s options, the look, and native button props. */
export interface CustomerServiceButtonProps extends UseCustomerServiceOptions, VVChatButtonProps<CustomerServiceStatus> {}

/**
 * "Contact support": opens a chat with your customer-service account in the VVChat app.
 *
 * @example
 * <CustomerServiceButton openId="OPEN_ID" variant="outline" />
 */
export const CustomerServiceButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, CustomerServiceButtonProps>(function CustomerServiceButton(
  { openId, onError, labels, ...props },
  ref,
) {
  const { open, status, error } = useCustomerService({ openId, onError });
  const { texts, errorText } = useLabels(customerServiceLabels, props.locale, labels);
  return (
    <ButtonBase
      {...props}
      ref={ref}
      status={status}
      busy={status === 'launching'}
      label={texts[status]}
      errorText={errorText(error)}
      iconName="customerService"
      onActivate={open}
    />
  );
});
