'use client';
import { forwardRef, type ReactElement, type RefAttributes } from 'react';
import { useVVChatLogin, type LoginStatus, type UseVVChatLoginOptions } from '@vvchat/react';
import { ButtonBase } from './ButtonBase';
import type { VVChatButtonProps } from './buttonProps';
import { loginLabels } from './labels';
import { useLabels } from './useLabels';
import { useVVChatButton } from './useVVChatButton';

/** Props of {@link VVChatLoginButton}: `useVVChatLogin`'s options, the look, and every native button prop. */
export interface VVChatLoginButtonProps<TUser = { code: string }>
  extends UseVVChatLoginOptions<TUser>,
    VVChatButtonProps<LoginStatus> {}

/**
 * "Log in with VVChat": `useVVChatLogin` plus markup. Pending while the app opens and while the
 * code is exchanged: still focusable, `aria-disabled`, `aria-busy`, `data-pending`, a spinner,
 * and taps start nothing. `data-status` follows the hook.
 *
 * @example
 * <VVChatLoginButton exchangeCode={(code) => api.login(code)} onSuccess={(user) => setUser(user)} />
 */
export const VVChatLoginButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, VVChatLoginButtonProps<unknown>>(function VVChatLoginButton(
  { exchangeCode, scope, redirectUri, onSuccess, onError, labels, size, variant, shape, block, locale, icon, children, ...native },
  ref,
) {
  const { login, status, error } = useVVChatLogin({ exchangeCode, scope, redirectUri, onSuccess, onError });
  const { texts, errorText } = useLabels(loginLabels, locale, labels);
  const message = errorText(error);
  const button = useVVChatButton({
    ...native,
    status,
    isPending: status === 'launching' || status === 'exchanging',
    errorText: message,
    onPress: () => login(),
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
      iconName="login"
    >
      {children ?? texts[status]}
    </ButtonBase>
  );
}) as <TUser = { code: string }>(props: VVChatLoginButtonProps<TUser> & RefAttributes<HTMLButtonElement>) => ReactElement;
