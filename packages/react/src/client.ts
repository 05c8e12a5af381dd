import {
  launch,
  type FlowContext,
  type Launcher,
  type LoginFlow,
  type PayFlow,
  type ShareFlow,
  type VVChatStorage,
} from '@vvchat/core';
import type { QueryClient } from '@tanstack/react-query';
import type { ShareResultChannel } from './shareResultChannel';

/** The languages the SDK speaks. */
export type VVChatLocale = 'zh-CN' | 'en';

/** What `VVChatProvider` knows: its props, read by the flows when they run. */
export interface VVChatConfig {
  /** Your application's `app_id`, issued by the VVChat open platform. */
  appId: string;
  /** Where the app comes back to. @default the current page without callback parameters */
  redirectUri?: string | undefined;
  /** Opens `qyx://` links. @default the browser launcher (`launch` from `@vvchat/core`) */
  launcher?: Launcher | undefined;
  /** Keeps login states and the pending order. Not `sessionStorage`. @default localStorage, else memory */
  storage?: VVChatStorage | null | undefined;
  /** Where to send the user when the app did not open, e.g. the VVChat download page. */
  fallbackUrl?: string | undefined;
  /** @default 'zh-CN' */
  locale?: VVChatLocale | undefined;
  /** How share results reach the page. @default defaultShareResultChannel */
  shareResultChannel?: ShareResultChannel | undefined;
}

/** @internal One provider's flows, shared by every hook under it. */
export interface VVChatClient {
  /** The latest provider props; the flows read them when they run. */
  config: VVChatConfig;
  /** Takes the provider's latest props (after each render). */
  configure: (config: VVChatConfig) => void;
  queryClient: QueryClient;
  /** Made by the first `useVVChatLogin`, so apps without one don't bundle the login flow. */
  login?: LoginFlow;
  /** Made by the first `useQPay`. */
  pay?: PayFlow;
  /** The mounted `useShare` flows, which the result channel feeds. */
  shares: Set<ShareFlow>;
  context: () => FlowContext;
}

const clients = new WeakMap<QueryClient, Map<string, VVChatClient>>();

/**
 * @internal The flows for `appId` on `queryClient`: the same object across re-renders and
 * re-mounts of the provider, so a login under way survives them.
 */
export function getClient(queryClient: QueryClient, config: VVChatConfig): VVChatClient {
  let byApp = clients.get(queryClient);
  if (!byApp) clients.set(queryClient, (byApp = new Map<string, VVChatClient>()));
  let client = byApp.get(config.appId);
  if (!client) {
    const context = (): FlowContext => ({
      appId: client!.config.appId,
      launcher: client!.config.launcher ?? { launch },
      storage: client!.config.storage,
      fallbackUrl: client!.config.fallbackUrl,
    });
    client = {
      config,
      configure: (next) => void (client!.config = next),
      queryClient,
      context,
      shares: new Set(),
    };
    byApp.set(config.appId, client);
  }
  return client;
}
