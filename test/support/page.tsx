import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { VVChatProvider, type VVChatProviderProps } from '@vvchat/react';

/** Points jsdom's address bar at `path` (same document: a "page load" is this plus a fresh mount). */
export function goTo(path: string): void {
  window.history.replaceState(null, '', path);
}

/** Stubs `navigator.userActivation` (missing in jsdom): `isActive: false` means the tap's activation lapsed. */
export function stubUserActivation(isActive: boolean): void {
  Object.defineProperty(navigator, 'userActivation', { configurable: true, value: { isActive, hasBeenActive: true } });
}

export function restoreUserActivation(): void {
  Reflect.deleteProperty(navigator, 'userActivation');
}

/**
 * Renders `ui` under a `VVChatProvider` with `props` and a NEW QueryClient unless one is given, as
 * one page load would (the provider keeps one client per (QueryClient, appId)); into `container`
 * when given, else a new <div> in <body>.
 */
export function renderWithProvider(
  ui: ReactElement,
  props: Omit<VVChatProviderProps, 'children'>,
  container?: HTMLElement,
): RenderResult & { queryClient: QueryClient } {
  const queryClient = props.queryClient ?? new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <VVChatProvider {...props} queryClient={queryClient}>
      {children}
    </VVChatProvider>
  );
  return Object.assign(render(ui, container ? { wrapper, container } : { wrapper }), { queryClient });
}
