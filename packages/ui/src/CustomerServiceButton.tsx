'use client';
import { forwardRef } from 'react';
import { useCustomerService, type CustomerServiceStatus, type UseCustomerServiceOptions } from '@vvchat/react';
import { ButtonBase } from './ButtonBase';
import type { VVChatButtonProps } from './buttonProps';
import { customerServiceLabels } from './labels';
import { useLabels } from './useLabels';
import { useVVChatButton } from './useVVChatButton';

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
  { openId, onError, labels, size, variant, shape, block, locale, icon, children, ...native },
  ref,
) {
  const { open, status, error } = useCustomerService({ openId, onError });
  const { texts, errorText } = useLabels(customerServiceLabels, locale, labels);
  const message = errorText(error);
  const button = useVVChatButton({
    ...native,
    status,
    isPending: status === 'launching',
    errorText: message,
    onPress: () => open(),
  });
  return (
    <ButtonBase
      {...button}
      ref={ref}
      size={size}
      variant={variant}
      shape={shape}
      block={block}
      locale={locale}
      icon={icon}
      errorText={message}
      iconName="customerService"
    >
      {children ?? texts[status]}
    </ButtonBase>
  );
});
