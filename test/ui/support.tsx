import type { RenderResult } from '@testing-library/react';
import type { ReactElement, Ref } from 'react';
import { vi, type Mock } from 'vitest';
import type { LaunchOptions, LaunchOutcome as AnyOutcome, LaunchResult } from '@vvchat/core';

/** A launch that was tried: every outcome but `blocked`. */
type LaunchOutcome = Exclude<AnyOutcome, 'blocked'>;
import type { VVChatError, VVChatLocale, VVChatStorage } from '@vvchat/react';
import type { LabelOverrides, NativeButtonProps, VVChatButtonStyleProps } from '@vvchat/ui';
import { deferred, type Deferred } from '../support/deferred';
import { renderWithProvider } from '../support/page';
import { fakeStorage as mapStorage } from '../support/storage';

export { deferred } from '../support/deferred';
export { goTo, restoreUserActivation, stubUserActivation } from '../support/page';
/** A Map-backed Web Storage stand-in. */
export { mapStorage };

export const appId = 'test';

/** A `Launcher` whose answers the test gives by hand (or at once, with `answerAtOnce`). */
export interface FakeLauncher {
  launch: Mock<(link: string, options?: LaunchOptions) => Promise<LaunchResult>>;
  /** Every launched link, in order. */
  links: () => string[];
  /** Answers every launch still pending. */
  settle: (outcome: LaunchOutcome) => void;
}

/** Sets `document.visibilityState` (`undefined`: jsdom's own again), optionally firing `visibilitychange`. */
function setVisibility(state: DocumentVisibilityState | undefined, { fire }: { fire: boolean }): void {
  if (state) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  } else {
    Reflect.deleteProperty(document, 'visibilityState');
    Reflect.deleteProperty(document, 'hidden');
  }
  if (fire) document.dispatchEvent(new Event('visibilitychange'));
}

/** Back from the app: the page is shown again (and `visibilitychange` fires). */
export function comeBack(): void {
  setVisibility(undefined, { fire: true });
}

/** jsdom's own visibility again, quietly (for `afterEach`). */
export function restoreVisibility(): void {
  setVisibility(undefined, { fire: false });
}

/**
 * As the browser's launcher does, an `opened` answer comes once the app covered the page: the
 * page is hidden first. `comeBack()` shows it again.
 */
function answered(outcome: LaunchOutcome): LaunchResult {
  if (outcome === 'opened') setVisibility('hidden', { fire: true });
  return { outcome, elapsedMs: 0 };
}

/**
 * `answerAtOnce`: each launch resolves to that outcome immediately (the brief's
 * `{ outcome: 'opened', elapsedMs: 0 }` launcher). Without it, launches stay pending until
 * `settle`, which holds a button in its busy state.
 */
export function fakeLauncher(answerAtOnce?: LaunchOutcome): FakeLauncher {
  const pending: Deferred<LaunchResult>[] = [];
  const launch = vi.fn((_link: string, _options?: LaunchOptions): Promise<LaunchResult> => {
    if (answerAtOnce) return Promise.resolve().then(() => answered(answerAtOnce));
    const answer = deferred<LaunchResult>();
    pending.push(answer);
    return answer.promise;
  });
  return {
    launch,
    links: () => launch.mock.calls.map(([link]) => link),
    settle: (outcome) => pending.splice(0).forEach(({ resolve }) => resolve(answered(outcome))),
  };
}

export interface PageOptions {
  launcher: FakeLauncher;
  storage?: VVChatStorage;
  locale?: VVChatLocale;
  /** The provider's `fallbackUrl`. */
  fallbackUrl?: string;
  /** Where to render (default: a new <div> in <body>). */
  container?: HTMLElement;
}

/** Renders `ui` inside a `VVChatProvider` with a fresh QueryClient (one page load). */
export function renderInProvider(ui: ReactElement, { launcher, storage = mapStorage(), locale, fallbackUrl, container }: PageOptions): RenderResult {
  return renderWithProvider(ui, { appId, launcher, storage, locale, fallbackUrl }, container);
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
