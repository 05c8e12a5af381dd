import { useEffect, useLayoutEffect, useRef, useSyncExternalStore, type RefObject } from 'react';
import { removeCallbackParams, type Store } from '@vvchat/core';
import type { VVChatClient } from './client';

/** `useLayoutEffect` in the browser, `useEffect` on a server (where neither runs). */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** A ref that always holds the latest `value`, so callbacks read options when they run, never a stale closure. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * Reads a flow's state. The server and the hydrating client both see `initial`, so the first
 * client render matches the server's.
 */
export function useFlowState<TState>(store: Store<TState>, initial: TState): TState {
  return useSyncExternalStore(store.subscribe, store.get, () => initial);
}

/**
 * Calls `listener` on every state change of `store` while mounted (each change once). It
 * subscribes in a layout effect, so every mounted consumer listens before any consumer's
 * passive effect (which handles a callback on the page) can change the state.
 */
export function useFlowEvents<TState>(store: Store<TState>, listener: (state: TState) => void): void {
  const latest = useLatest(listener);
  useIsomorphicLayoutEffect(() => store.subscribe((state) => latest.current(state)), [store, latest]);
}

/** Whether a navigation to a custom scheme would still count as coming from the user's tap. */
export function hasUserActivation(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation ? activation.isActive : true;
}

/** Replaces the address bar's URL without a navigation, when it changed. */
export function replaceUrl(url: string): void {
  if (url !== location.href) history.replaceState(history.state, '', url);
}

/** The `redirect_uri` to send: the hook's, else the provider's, else this page without callback parameters. */
export function redirectTo(hookRedirectUri: string | undefined, client: VVChatClient): string {
  return hookRedirectUri ?? client.config.redirectUri ?? removeCallbackParams(location.href);
}
