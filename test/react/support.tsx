import type { QueryClient } from '@tanstack/react-query';
import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi, type Mock } from 'vitest';
import { parseDeepLink, type DeepLink, type LaunchOptions, type LaunchOutcome as AnyOutcome, type LaunchResult } from '@vvchat/core';

/** A launch that was tried: every outcome but `blocked` (tests of blocking answer with a function). */
type LaunchOutcome = Exclude<AnyOutcome, 'blocked'>;
import type { VVChatProviderProps } from '@vvchat/react';
import { renderWithProvider } from '../support/page';

export const appId = 'test-app';
export const origin = 'http://localhost:3000';

export { deferred } from '../support/deferred';
export { goTo, restoreUserActivation, stubUserActivation } from '../support/page';
export { fakeStorage as memoryStorage, throwingStorage, type FakeStorage as MemoryStorage } from '../support/storage';

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
    typeof answer === 'function' ? answer(link) : Promise.resolve({ outcome: answer, elapsedMs: 1 }),
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
  if (link.action !== 'login' || !link.state) throw new Error(`expected a login link with a state, got ${link.action}`);
  return link.state;
}

export type ProviderProps = Omit<VVChatProviderProps, 'appId' | 'children'> & { appId?: string };

/**
 * Renders `ui` under a `VVChatProvider` with a NEW QueryClient unless one is given, as one
 * page load would: the provider keeps one client per (QueryClient, appId).
 */
export function renderPage(ui: ReactElement, props: ProviderProps = {}): RenderResult & { queryClient: QueryClient } {
  return renderWithProvider(ui, { appId, ...props });
}

/**
 * Makes `launcher` answer as the browser's does when the app opens: `opened` once the page is
 * hidden (call `leaveAndComeBack()` or `setVisibility('hidden')` after the tap).
 */
export function opensWhenHidden(launcher: FakeLauncher): void {
  launcher.answer(
    () =>
      new Promise<LaunchResult>((resolve) => {
        const onHidden = () => {
          if (document.visibilityState !== 'hidden') return;
          document.removeEventListener('visibilitychange', onHidden);
          resolve({ outcome: 'opened', elapsedMs: 1 });
        };
        document.addEventListener('visibilitychange', onHidden);
      }),
  );
}

/** Sets `document.visibilityState` without firing `visibilitychange` (a page shown again whose event was missed). */
export function setVisibilityQuietly(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
}

/** Replaces `document.visibilityState` and fires `visibilitychange`, as leaving for or coming back from the app does. */
export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
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

/** Resolves after `ms` real milliseconds, to check that something did NOT happen. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
