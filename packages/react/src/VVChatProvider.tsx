'use client';
import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { VVChatError } from '@vvchat/core';
import { getClient, type VVChatClient, type VVChatConfig, type VVChatLocale } from './client';
import { useIsomorphicLayoutEffect, useLatest } from './internal';
import { defaultShareResultChannel } from './shareResultChannel';

/** Props of {@link VVChatProvider}. */
export interface VVChatProviderProps extends VVChatConfig {
  /**
   * The React Query client that runs the code exchange, the order and the payment polling.
   * @default the surrounding `QueryClientProvider`'s client, else one of the provider's own
   */
  queryClient?: QueryClient | undefined;
  children?: ReactNode;
}

interface VVChatContextValue {
  client: VVChatClient;
  locale: VVChatLocale;
}

const VVChatContext = /* @__PURE__ */ createContext<VVChatContextValue | null>(null);

/** How long after the page is shown again a share result may still arrive. */
const shareResultGraceMs = 1500;

/**
 * Makes VVChat available to the hooks and buttons below it. Works with or without an app's own
 * `QueryClientProvider`, renders nothing of its own and touches no browser API while rendering,
 * so it is safe in server rendering.
 *
 * @example
 * <VVChatProvider appId="your-app-id" fallbackUrl="https://vvchat.example/download">
 *   <App />
 * </VVChatProvider>
 */
export function VVChatProvider({ children, queryClient, ...config }: VVChatProviderProps) {
  const outer = useContext(QueryClientContext);
  const [own] = useState(() => (queryClient ?? outer ? undefined : new QueryClient()));
  const client = getClient((queryClient ?? outer ?? own)!, config);
  useIsomorphicLayoutEffect(() => client.configure(config));
  if (process.env.NODE_ENV !== 'production' && !config.appId?.trim()) {
    // Not a throw: the flows report `invalid_option` when they start, and the page stays up.
    console.error('[vvchat] <VVChatProvider> needs an appId: every flow will end in invalid_option.');
  }

  // Subscribed once per provider: an inline channel function needs no useCallback.
  const channel = useLatest(config.shareResultChannel ?? defaultShareResultChannel);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onShown = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'visible') {
        timer = setTimeout(() => client.shares.forEach((flow) => flow.returned()), shareResultGraceMs);
      }
    };
    const stop = channel.current((payload) => client.shares.forEach((flow) => flow.deliver(payload)));
    document.addEventListener('visibilitychange', onShown);
    return () => {
      stop();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onShown);
    };
  }, [client, channel]);

  const locale = config.locale ?? 'zh-CN';
  const value = useMemo(() => ({ client, locale }), [client, locale]);
  return <VVChatContext.Provider value={value}>{children}</VVChatContext.Provider>;
}

/** @internal The provider's client and locale; throws a clear error outside a provider. */
export function useVVChat(): VVChatContextValue {
  const value = useContext(VVChatContext);
  if (!value) throw new VVChatError('invalid_option', 'VVChat hooks and buttons must be used inside <VVChatProvider>');
  return value;
}
