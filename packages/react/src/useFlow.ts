import { useCallback, useState, useSyncExternalStore, type RefObject } from 'react';
import { launch, withoutCallback, type FlowConfig, type Launcher, type Machine } from '@vvchat/core';
import type { QueryClient } from '@tanstack/react-query';
import { pageFlow } from './client';
import { useIsomorphicLayoutEffect, useLatest } from './useLatest';
import { useVVChat, type VVChatContextValue } from './VVChatProvider';

/** What the adapter reads of a flow. */
type FlowOf<TState extends { status: string }> = Pick<Machine<TState, never>, 'get' | 'subscribe' | 'initial'>;

/** What {@link useFlow} gives a hook. */
export interface FlowHandle<TState extends { status: string }, TFlow extends FlowOf<TState>, TOptions> {
  flow: TFlow;
  state: TState;
  /** The hook's latest options: callbacks are read when they are called. */
  optionsRef: RefObject<TOptions>;
  /** The settings of this consumer's own provider, as they are when an action runs. */
  config: () => FlowConfig;
  /** The provider's latest props, for what only some hooks read (see {@link redirectUriFor}). */
  provider: VVChatContextValue['config'];
  queryClient: QueryClient;
  appId: string;
}

const browserLauncher: Launcher = { launch };

/**
 * @internal The one adapter from a core flow to React: finds the provider, gets the flow (the
 * page's, shared by every consumer, or `consumer`'s own), reads its state with
 * `useSyncExternalStore`, and keeps the latest options in a ref.
 */
export function useFlow<TState extends { status: string }, TFlow extends FlowOf<TState>, TOptions>(
  create: () => TFlow & FlowOf<TState>,
  options: TOptions,
  { scope }: { scope: 'page' | 'consumer' },
): FlowHandle<TState, TFlow, TOptions> {
  const { queryClient, appId, config: provider } = useVVChat();
  const [own] = useState(() => (scope === 'consumer' ? create() : undefined));
  const flow = own ?? pageFlow(queryClient, appId, create);
  const optionsRef = useLatest(options);
  // The server and the hydrating client both see the flow's first state, so the first client render matches the server's.
  const state = useSyncExternalStore(flow.subscribe, flow.get, () => flow.initial);
  const config = useCallback((): FlowConfig => {
    const { appId, launcher, storage, fallbackUrl, desktop } = provider.current;
    return { appId, launcher: launcher ?? browserLauncher, storage, fallbackUrl, desktop };
  }, [provider]);
  return { flow, state, optionsRef, config, provider, queryClient, appId };
}

/**
 * @internal Calls `listener` each time `flow` enters `status`, while mounted. It subscribes in a
 * layout effect, so every mounted consumer listens before any consumer's passive effect (which
 * reads a callback on the page) can move the flow.
 */
export function useFlowEvent<TState extends { status: string }, S extends TState['status']>(
  flow: Pick<Machine<TState, never>, 'on'>,
  status: S,
  listener: (state: Extract<TState, { status: S }>) => void,
): void {
  const latest = useLatest(listener);
  useIsomorphicLayoutEffect(() => flow.on(status, (state) => latest.current(state)), [flow, status, latest]);
}

/** @internal Whether a navigation to a custom scheme would still count as coming from the user's tap. */
export function hasUserActivation(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation ? activation.isActive : true;
}

/**
 * @internal Where the app comes back to: the hook's `redirectUri`, else the provider's, else this
 * page without this SDK's callback. Its own function (read by the login and pay hooks only), so
 * the share and customer-service buttons do not bring the callback finders.
 */
export function redirectUriFor(provider: VVChatContextValue['config'], hookRedirectUri: string | undefined): string {
  return hookRedirectUri ?? provider.current.redirectUri ?? withoutCallback(location.href, provider.current.appId);
}
