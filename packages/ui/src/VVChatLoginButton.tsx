'use client';
import { forwardRef, type ReactElement, type RefAttributes } from 'react';
import { useVVChatLogin, type LoginStatus, type UseVVChatLoginOptions } from '@vvchat/react';
import { FlowButton } from './FlowButton';
import { loginMark } from './icons';
import type { VVChatButtonProps } from './buttonProps';
import { loginLabels, loginErrors } from './labels';

/** Props of {@link VVChatLoginButton}: `useVVChatLogin`'s options, the look, and every native button prop. */
export interface VVChatLoginButtonProps<TUser = { code: string }>
  extends UseVVChatLoginOptions<TUser>,
    VVChatButtonProps<LoginStatus> {
  /** Any JSON value to have back on the page the app returns to (`onSuccess`'s `context`), e.g. where the user was. */
  context?: unknown;
}

/**
 * "Log in with VVChat": `useVVChatLogin` plus markup. Pending while the app opens and while the
 * code is exchanged: still focusable, `aria-disabled`, `aria-busy`, `data-pending`, a spinner,
 * and taps start nothing. `data-status` follows the hook.
 *
 * @example
 * <VVChatLoginButton exchangeCode={(code) => api.login(code)} onSuccess={(user) => setUser(user)} />
 */
export const VVChatLoginButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, VVChatLoginButtonProps<unknown>>(function VVChatLoginButton(
  { exchangeCode, scope, redirectUri, onSuccess, onError, context, ...props },
  ref,
) {
  const { login, status, error } = useVVChatLogin({ exchangeCode, scope, redirectUri, onSuccess, onError });
  return (
    <FlowButton
      {...props}
      ref={ref}
      status={status}
      error={error}
      isPending={status === 'launching' || status === 'exchanging'}
      table={loginLabels}
      errors={loginErrors}
      action="login"
      mark={loginMark}
      onPress={() => login({ context })}
    />
  );
}) as <TUser = { code: string }>(props: VVChatLoginButtonProps<TUser> & RefAttributes<HTMLButtonElement>) => ReactElement;
