import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode, Ref } from 'react';
import { vi, type Mock } from 'vitest';
import type { LaunchOptions, LaunchOutcome, LaunchResult } from '@vvchat/core';
import { VVChatProvider, type VVChatError, type VVChatLocale, type VVChatStorage } from '@vvchat/react';
import type { LabelOverrides, NativeButtonProps, VVChatButtonStyleProps } from '@vvchat/ui';

export const appId = 'test';

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

/** A Map-backed Web Storage stand-in. */
export function mapStorage(): VVChatStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** A `Launcher` whose answers the test gives by hand (or at once, with `answerAtOnce`). */
export interface FakeLauncher {
  launch: Mock<(link: string, options?: LaunchOptions) => Promise<LaunchResult>>;
  /** Every launched link, in order. */
  links: () => string[];
  /** Answers every launch still pending. */
  settle: (outcome: LaunchOutcome) => void;
}

/**
 * `answerAtOnce`: each launch resolves to that outcome immediately (the brief's
 * `{ outcome: 'opened', elapsedMs: 0 }` launcher). Without it, launches stay pending until
 * `settle`, which holds a button in its busy state.
 */
export function fakeLauncher(answerAtOnce?: LaunchOutcome): FakeLauncher {
  const pending: Deferred<LaunchResult>[] = [];
  const launch = vi.fn((_link: string, _options?: LaunchOptions): Promise<LaunchResult> => {
    if (answerAtOnce) return Promise.resolve({ outcome: answerAtOnce, elapsedMs: 0 });
    const answer = deferred<LaunchResult>();
    pending.push(answer);
    return answer.promise;
  });
  return {
    launch,
    links: () => launch.mock.calls.map(([link]) => link),
    settle: (outcome) => pending.splice(0).forEach(({ resolve }) => resolve({ outcome, elapsedMs: 0 })),
  };
}

export interface PageOptions {
  launcher: FakeLauncher;
  storage?: VVChatStorage;
  locale?: VVChatLocale;
  /** Where to render (default: a new <div> in <body>). */
  container?: HTMLElement;
}

/** Renders `ui` inside a `VVChatProvider` with a fresh QueryClient (one page load). */
export function renderInProvider(ui: ReactElement, { launcher, storage = mapStorage(), locale, container }: PageOptions): RenderResult {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <VVChatProvider appId={appId} launcher={launcher} storage={storage} locale={locale} queryClient={queryClient}>
      {children}
    </VVChatProvider>
  );
  return render(ui, container ? { wrapper, container } : { wrapper });
}

/** Props every button takes, typed so one table can render all four. */
export type CommonButtonProps = VVChatButtonStyleProps &
  NativeButtonProps & {
    labels?: LabelOverrides<'idle' | 'error'>;
    /** The flow's failure (every button takes it), not the DOM's `error` event. */
    onError?: (error: VVChatError) => void;
    ref?: Ref<HTMLButtonElement>;
    'data-testid'?: string;
  };

/** Points jsdom's address bar at `path` (a "page load" is this plus a fresh mount). */
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
