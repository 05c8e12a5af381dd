import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { vi, type Mock } from 'vitest';
import { parseDeepLink, type DeepLink, type LaunchOptions, type LaunchOutcome, type LaunchResult } from '@vvchat/core';
import { VVChatProvider, type VVChatProviderProps, type VVChatStorage } from '@vvchat/react';

export const appId = 'test-app';
export const origin = 'http://localhost:3000';

/** A Map-backed Web Storage stand-in, shared across simulated page loads like `localStorage`. */
export interface MemoryStorage extends VVChatStorage {
  readonly map: Map<string, string>;
}

export function memoryStorage(map = new Map<string, string>()): MemoryStorage {
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** A storage whose every method throws, as in Safari private mode or with cookies blocked. */
export function throwingStorage(): VVChatStorage & { attempts: () => number } {
  let attempts = 0;
  const refuse = (): never => {
    attempts++;
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse, attempts: () => attempts };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** What the fake launcher answers: an outcome, or a function of the link. */
export type LaunchAnswer = LaunchOutcome | ((link: string) => Promise<LaunchResult>);

/** A `Launcher` test double that records every link and answers what the test asks. */
export interface FakeLauncher {
  launch: Mock<(link: string, options?: LaunchOptions) => Promise<LaunchResult>>;
  /** Every launched link, in order. */
  links: () => string[];
  /** The last launched link, read back with `parseDeepLink`. */
  last: () => DeepLink;
  /** Changes what later launches answer. */
  answer: (next: LaunchAnswer) => void;
}

export function fakeLauncher(initial: LaunchAnswer = 'opened'): FakeLauncher {
  let answer = initial;
  const launch = vi.fn((link: string, _options?: LaunchOptions): Promise<LaunchResult> =>
    typeof answer == 'function' ? answer(link) : Promise.resolve({ outcome: answer, elapsedMs: 1 }),
  );
  const links = () => launch.mock.calls.map(([link]) => link);
  return {
    launch,
    links,
    last: () => {
      const link = links().at(-1);
      if (link === undefined) throw new Error('nothing was launched');
      return parseDeepLink(link);
    },
    answer: (next) => void (answer = next),
  };
}

/** The login `state` carried by the last launched link. */
export function launchedState(launcher: FakeLauncher): string {
  const link = launcher.last();
  if (link.action != 'login' || !link.state) throw new Error(`expected a login link with a state, got ${link.action}`);
  return link.state;
}

/** Points jsdom's address bar at `path` (same document: a "page load" is this plus a fresh mount). */
export function goTo(path: string): void {
  window.history.replaceState(null, '', path);
}

export type ProviderProps = Omit<VVChatProviderProps, 'appId' | 'children'> & { appId?: string };

/**
 * Renders `ui` under a `VVChatProvider` with a NEW QueryClient unless one is given, as one
 * page load would: the provider keeps one client per (QueryClient, appId).
 */
export function renderPage(ui: ReactElement, props: ProviderProps = {}): RenderResult & { queryClient: QueryClient } {
  const queryClient = props.queryClient ?? new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <VVChatProvider appId={appId} {...props} queryClient={queryClient}>
      {children}
    </VVChatProvider>
  );
  return Object.assign(render(ui, { wrapper }), { queryClient });
}

/** Replaces `document.visibilityState` and fires `visibilitychange`, as leaving for or coming back from the app does. */
export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state == 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Back to jsdom's own `visibilityState` and `hidden`. */
export function restoreVisibility(): void {
  Reflect.deleteProperty(document, 'visibilityState');
  Reflect.deleteProperty(document, 'hidden');
}

/** The page left for the app and came back. */
export function leaveAndComeBack(): void {
  setVisibility('hidden');
  setVisibility('visible');
}

/** Stubs `navigator.userActivation` (missing in jsdom): `isActive` false means the tap's activation lapsed. */
export function stubUserActivation(isActive: boolean): void {
  Object.defineProperty(navigator, 'userActivation', {
    configurable: true,
    value: { isActive, hasBeenActive: true },
  });
}

export function restoreUserActivation(): void {
  Reflect.deleteProperty(navigator, 'userActivation');
}

/** Resolves after `ms` real milliseconds, to check that something did NOT happen. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
