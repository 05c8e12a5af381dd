import type { Launcher, VVChatStorage } from '@vvchat/core';
import type { QueryClient } from '@tanstack/react-query';
import type { ShareResultChannel } from './shareResultChannel';

/** The languages the SDK speaks. */
export type VVChatLocale = 'zh-CN' | 'en';

/** What `VVChatProvider` knows: its props, read by the flows when they run. */
export interface VVChatConfig {
  /** Your application's `app_id`, issued by the VVChat open platform. */
  appId: string;
  /** Where the app comes back to. @default the current page without this SDK's callback parameters */
  redirectUri?: string | undefined;
  /** Opens `qyx://` links. @default the browser launcher (`launch` from `@vvchat/core`) */
  launcher?: Launcher | undefined;
  /** Keeps login states and the pending order. Not `sessionStorage`. @default localStorage, else memory */
  storage?: VVChatStorage | null | undefined;
  /** Where to send the user when the app did not open, e.g. the VVChat download page. */
  fallbackUrl?: string | undefined;
  /**
   * On a desktop browser, where no VVChat app can be: `'block'` ends each launch in a `blocked`
   * error (`reason: 'desktop'`; the buttons offer a QR code to continue on a phone); `'launch'`
   * tries the link anyway (a desktop VVChat client). The default launcher and the simulator's read
   * it; a custom `launcher` decides for itself.
   * @default 'block'
   */
  desktop?: 'block' | 'launch' | undefined;
  /** @default 'zh-CN' */
  locale?: VVChatLocale | undefined;
  /** How share results reach the page. @default defaultShareResultChannel */
  shareResultChannel?: ShareResultChannel | undefined;
}

const pages = new WeakMap<QueryClient, Map<string, Map<() => unknown, unknown>>>();

/**
 * @internal The page's flow made by `create` for `appId` on `queryClient`: one per page however
 * many consumers and providers use it, and the same object across re-mounts, so a login under
 * way survives them. Each action still runs with the settings of its own consumer's provider.
 */
export function pageFlow<TFlow>(queryClient: QueryClient, appId: string, create: () => TFlow): TFlow {
  let apps = pages.get(queryClient);
  if (!apps) pages.set(queryClient, (apps = new Map<string, Map<() => unknown, unknown>>()));
  let flows = apps.get(appId);
  if (!flows) apps.set(appId, (flows = new Map<() => unknown, unknown>()));
  if (!flows.has(create)) flows.set(create, create());
  // The map is keyed by `create`, so the value is what that very function made.
  return flows.get(create) as TFlow;
}
