'use client';
import { MutationObserver } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { createLoginFlow, removeCallbackParams, type LoginFlow, type LoginStatus, type VVChatError } from '@vvchat/core';
import { redirectTo, replaceUrl, useFlowEvents, useFlowState, useLatest } from './internal';
import { vvchatKeys } from './queryKeys';
import { useVVChat } from './VVChatProvider';

/** Options of {@link useVVChatLogin}. Every callback is read when it is called. */
export interface UseVVChatLoginOptions<TUser> {
  /**
   * Sends the code to your backend, which exchanges it (with your AppKey, which never reaches
   * the browser) for the user. Runs once per code, never retried: a code is single use.
   * Without it, `data` is `{ code }`.
   */
  exchangeCode?: ((code: string) => Promise<TUser> | TUser) | undefined;
  /** @default 'snsapi_userinfo' */
  scope?: string | undefined;
  /** Where the app comes back to. @default the provider's, else the current page without callback parameters */
  redirectUri?: string | undefined;
  /** Called once when the login succeeded, with what `exchangeCode` resolved. */
  onSuccess?: ((data: TUser) => void) | undefined;
  /** Called once when the login failed. */
  onError?: ((error: VVChatError) => void) | undefined;
}

/** What {@link useVVChatLogin} returns. */
export interface UseVVChatLoginResult<TUser> {
  /** Starts the login; call it inside a tap (it opens the VVChat app before it returns). */
  login: () => void;
  status: LoginStatus;
  /** What `exchangeCode` resolved, once `status` is `success`. */
  data: TUser | undefined;
  /** The code the app returned, once its state checked out. */
  code: string | undefined;
  error: VVChatError | undefined;
  /** Back to `idle`. */
  reset: () => void;
}

const idle = { status: 'idle' } as const;

/**
 * Log in with VVChat. `login()` opens the app; on the page the app comes back to, the hook
 * checks the callback's `state`, cleans `code`, `state` and `err_code` from the address bar, and
 * runs `exchangeCode(code)` exactly once (StrictMode, re-mounts and several consumers included).
 *
 * @example
 * const { login, status, data } = useVVChatLogin({
 *   exchangeCode: (code) => fetch('/api/vvchat/login', { method: 'POST', body: code }).then((r) => r.json()),
 * });
 * return <button onClick={login} disabled={status === 'launching'}>{data?.nickname ?? 'VVChat 登录'}</button>;
 */
export function useVVChatLogin<TUser = { code: string }>(
  options: UseVVChatLoginOptions<TUser> = {},
): UseVVChatLoginResult<TUser> {
  const { client } = useVVChat();
  const flow = (client.login ??= createLoginFlow(client.context)) as LoginFlow<TUser>;
  const latest = useLatest(options);
  const state = useFlowState(flow, idle);

  useFlowEvents(flow, ({ status, data, error }) => {
    if (status === 'success') latest.current.onSuccess?.(data!);
    if (status === 'error') latest.current.onError?.(error!);
  });

  useEffect(() => {
    if (!flow.isCallback(location.href)) return;
    const code = flow.resume(location.href);
    replaceUrl(removeCallbackParams(location.href, ['code', 'state', 'err_code']));
    if (code === null) return;
    const exchangeCode = latest.current.exchangeCode;
    void flow.exchange(() =>
      exchangeCode
        ? new MutationObserver<TUser, unknown, string>(client.queryClient, {
            mutationKey: vvchatKeys.exchange(client.config.appId),
            mutationFn: async (code) => exchangeCode(code),
            retry: false,
          }).mutate(code)
        : ({ code } as TUser),
    );
  }, [client, flow, latest]);

  const login = useCallback(() => {
    const { redirectUri, scope } = latest.current;
    flow.start({ redirectUri: redirectTo(redirectUri, client), scope });
  }, [client, flow, latest]);

  return { login, status: state.status, data: state.data, code: state.code, error: state.error, reset: flow.reset };
}
