'use client';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, type SyntheticEvent } from 'react';
import { createLoginFlow, type LoginFlow, type LoginStatus, type VVChatError } from '@vvchat/core';
import { vvchatKeys } from './queryKeys';
import { redirectUriFor, useFlow, useFlowEvent } from './useFlow';
import { useIsomorphicLayoutEffect, useLatest } from './useLatest';

/** Options of {@link useVVChatLogin}. Every callback is read when it is called. */
export interface UseVVChatLoginOptions<TUser> {
  /**
   * Sends the code to your backend, which exchanges it (with your AppKey, which never reaches
   * the browser) for the user. Runs once per code, never retried: a code is single use. With
   * several consumers on a page, one that has `exchangeCode` exchanges; without any, `data`
   * is `{ code }`.
   */
  exchangeCode?: ((code: string) => Promise<TUser> | TUser) | undefined;
  /** @default 'snsapi_userinfo' */
  scope?: string | undefined;
  /** Where the app comes back to. @default the provider's, else the current page without this SDK's callback */
  redirectUri?: string | undefined;
  /** Called once when the login succeeded, with what `exchangeCode` resolved and the `context` given to `login()`. */
  onSuccess?: ((data: TUser, details: { context: unknown }) => void) | undefined;
  /** Called once when the login failed. */
  onError?: ((error: VVChatError) => void) | undefined;
}

/** Options of one `login()`. */
export interface LoginOptions {
  /**
   * Any JSON value to have back on the page the app returns to (where the user was, the cart):
   * kept with the login's `state`, at most 4,096 characters of JSON (else `invalid_option`).
   */
  context?: unknown;
}

/** What {@link useVVChatLogin} returns. */
export interface UseVVChatLoginResult<TUser> {
  /**
   * Starts the login; call it inside a tap (it opens the VVChat app before it returns). Pass it
   * straight to `onClick`, or call `login({ context })` to carry a value through the round trip.
   */
  login: (options?: LoginOptions | SyntheticEvent) => void;
  status: LoginStatus;
  /** What `exchangeCode` resolved, once `status` is `success`. */
  data: TUser | undefined;
  /** The code the app returned, once its state checked out. */
  code: string | undefined;
  error: VVChatError | undefined;
  /** The `context` given to `login()`, back on the page the app returned to (from `exchanging` on). */
  context: unknown;
  /** Back to `idle`. */
  reset: () => void;
}

/** One login flow per page and app, whichever `TUser` its consumers read it as. */
const createPageLoginFlow: () => LoginFlow = createLoginFlow;

/**
 * Log in with VVChat. `login()` opens the app; on the page the app comes back to, the hook
 * checks the callback's `state`, cleans this SDK's `code`, `state` and `err_code` from the
 * address bar, and runs `exchangeCode(code)` exactly once (StrictMode, re-mounts and several
 * consumers included).
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
  const { flow, state, optionsRef, config, provider, queryClient, appId } = useFlow(createPageLoginFlow, options, { scope: 'page' });
  const exchange = useMutation(
    { mutationKey: vvchatKeys.exchange(appId), mutationFn: async (code: string) => optionsRef.current.exchangeCode?.(code), retry: false },
    queryClient,
  );
  const exchangeRef = useLatest(exchange.mutateAsync);

  // Registered before any consumer's passive effect reads the callback, so whichever consumer
  // reads it, the code goes to one that has an exchangeCode.
  useIsomorphicLayoutEffect(
    () => flow.register(() => (optionsRef.current.exchangeCode ? (code) => exchangeRef.current(code) : undefined)),
    [flow, optionsRef, exchangeRef],
  );
  useFlowEvent(flow, 'success', ({ data, context }) => optionsRef.current.onSuccess?.(data as TUser, { context }));
  useFlowEvent(flow, 'error', ({ error }) => optionsRef.current.onError?.(error));
  useEffect(() => flow.resume(location.href, config()), [flow, config]);

  const login = useCallback(
    (options?: LoginOptions | SyntheticEvent) => {
      const { redirectUri: hookRedirectUri, scope } = optionsRef.current;
      // `onClick={login}` hands over the click event, which carries no `context`.
      const { context } = Object(options) as LoginOptions;
      flow.start({ redirectUri: redirectUriFor(provider, hookRedirectUri), scope, context }, config());
    },
    [flow, optionsRef, config, provider],
  );

  return {
    login,
    status: state.status,
    // The page's flow holds what this page's exchangeCode resolved: this consumer's TUser.
    data: state.status === 'success' ? (state.data as TUser) : undefined,
    code: state.status === 'exchanging' || state.status === 'success' || state.status === 'error' ? state.code : undefined,
    error: state.status === 'error' ? state.error : undefined,
    context: 'context' in state ? state.context : undefined,
    reset: flow.reset,
  };
}
