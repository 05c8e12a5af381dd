'use client';
import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { VVChatError } from '@vvchat/core';
import type { VVChatConfig, VVChatLocale } from './client';
import { useLatest } from './useLatest';

/** Props of {@link VVChatProvider}. */
export interface VVChatProviderProps extends VVChatConfig {
  /**
   * The React Query client that runs the code exchange, the order and the payment polling.
   * @default the surrounding `QueryClientProvider`'s client, else one of the provider's own
   */
  queryClient?: QueryClient | undefined;
  children?: ReactNode;
}

/** @internal What the hooks get from their nearest provider. */
export interface VVChatContextValue {
  queryClient: QueryClient;
  appId: string;
  /** This provider's latest props: each action reads its own provider's launcher, storage and URLs. */
  config: RefObject<VVChatConfig>;
  locale: VVChatLocale;
  /** The provider's `fallbackUrl`, for the UI to offer after `not_opened`. */
  fallbackUrl: string | undefined;
}

const VVChatContext = /* @__PURE__ */ createContext<VVChatContextValue | null>(null);

/**
 * Makes VVChat available to the hooks and buttons below it. Works with or without an app's own
 * `QueryClientProvider`, renders nothing of its own and touches no browser API while rendering,
 * so it is safe in server rendering. Two providers on one page each act with their own props.
 *
 * @example
 * <VVChatProvider appId="your-app-id" fallbackUrl="https://vvchat.example/download">
 *   <App />
 * </VVChatProvider>
 */
export function VVChatProvider({ children, queryClient, ...config }: VVChatProviderProps) {
  const outer = useContext(QueryClientContext);
  const [own] = useState(() => (queryClient ?? outer ? undefined : new QueryClient()));
  const client = (queryClient ?? outer ?? own)!;
  const latest = useLatest<VVChatConfig>(config);
  if (process.env.NODE_ENV !== 'production' && !config.appId?.trim()) {
    // Not a throw: the flows report `invalid_option` when they start, and the page stays up.
    console.error('[vvchat] <VVChatProvider> needs an appId: every flow will end in invalid_option.');
  }
  const { appId, fallbackUrl } = config;
  const locale = config.locale ?? 'zh-CN';
  const value = useMemo(() => ({ queryClient: client, appId, config: latest, locale, fallbackUrl }), [client, appId, latest, locale, fallbackUrl]);
  return <VVChatContext.Provider value={value}>{children}</VVChatContext.Provider>;
}

/** @internal The nearest provider's value; throws a clear error outside a provider. */
export function useVVChat(): VVChatContextValue {
  const value = useContext(VVChatContext);
  if (!value) throw new VVChatError('invalid_option', 'VVChat hooks and buttons must be used inside <VVChatProvider>');
  return value;
}
