'use client';
import { forwardRef, type ReactElement, type RefAttributes } from 'react';
import { useVVChatLogin, type LoginStatus, type UseVVChatLoginOptions } from '@vvchat/react';
import { ButtonBase, useLabels, type VVChatButtonProps } from './ButtonBase';
import { loginLabels } from './labels';

/** Props of {@link VVChatLoginButton}: `useVVChatLogin`'s options, the look, and every native button prop. */
export interface VVChatLoginButtonProps<TUser = { code: string }>
  extends UseVVChatLoginOptions<TUser>,
    VVChatButtonProps<LoginStatus> {}

/**
 * "Log in with VVChat": `useVVChatLogin` plus markup. Busy (disabled, `aria-busy`, spinner)
 * while the app opens and while the code is exchanged; `data-status` follows the hook.
 *
 * @example
 * <VVChatLoginButton exchangeCode={(code) => api.login(code)} onSuccess={(user) => setUser(user)} />
 */
export const VVChatLoginButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, VVChatLoginButtonProps<unknown>>(function VVChatLoginButton(
  { exchangeCode, scope, redirectUri, onSuccess, onError, labels, ...props },
  ref,
) {
  const { login, status, error } = useVVChatLogin({ exchangeCode, scope, redirectUri, onSuccess, onError });
  const { texts, errorText } = useLabels(loginLabels, props.locale, labels);
  return (
    <ButtonBase
      {...props}
      ref={ref}
      status={status}
      busy={status === 'launching' || status === 'exchanging'}
      label={texts[status]}
      errorText={errorText(error)}
      iconName="login"
      onActivate={login}
    />
  );
}) as <TUser = { code: string }>(props: VVChatLoginButtonProps<TUser> & RefAttributes<HTMLButtonElement>) => ReactElement;
