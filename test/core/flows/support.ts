import { vi, type Mock } from 'vitest';
import {
  isVVChatError,
  parseDeepLink,
  type FlowConfig,
  type LaunchOptions,
  type LaunchOutcome,
  type LaunchResult,
  type Launcher,
  type VVChatError,
  type BlockReason,
  type InAppBrowser,
} from '@vvchat/core';
import { fakeStorage } from '../../support/storage';

export { deferred, type Deferred } from '../../support/deferred';
export { fakeStorage, throwingStorage, type FakeStorage } from '../../support/storage';

export const appId = 'test-app';
export const otherAppId = 'other-app';
export const redirectUri = 'https://shop.example/callback?from=cart';
export const fallbackUrl = 'https://vvchat.example/download';

type LaunchFn = (link: string, options?: LaunchOptions) => Promise<LaunchResult>;

/** A launch that was tried: every outcome but `blocked`. */
type TriedOutcome = Exclude<LaunchOutcome, 'blocked'>;

/** A launcher that answers every launch with `outcome` (resolved at once). */
export function fakeLauncher(outcome: TriedOutcome = 'opened') {
  return { launch: vi.fn<LaunchFn>(() => Promise.resolve({ outcome, elapsedMs: 0 })) };
}

/** A launcher that blocks every launch for `reason` (resolved at once, nothing navigated). */
export function blockingLauncher(reason: BlockReason, app?: InAppBrowser) {
  return { launch: vi.fn<LaunchFn>(() => Promise.resolve({ outcome: 'blocked', reason, ...(app && { app }), elapsedMs: 0 })) };
}

/** A launcher whose launches stay pending until the test answers them by hand. */
export function manualLauncher() {
  const pending: { link: string; resolve: (result: LaunchResult) => void; reject: (error: unknown) => void }[] = [];
  const launch = vi.fn<LaunchFn>(
    (link) =>
      new Promise<LaunchResult>((resolve, reject) => {
        pending.push({ link, resolve, reject });
      }),
  );
  return {
    launch,
    pending,
    /** Answers the oldest pending launch with `outcome`. */
    answer(outcome: TriedOutcome) {
      pending.shift()?.resolve({ outcome, elapsedMs: 0 });
    },
    /** Answers the oldest pending launch with `blocked` for `reason`. */
    block(reason: BlockReason, app?: InAppBrowser) {
      pending.shift()?.resolve({ outcome: 'blocked', reason, ...(app && { app }), elapsedMs: 0 });
    },
    /** Rejects the oldest pending launch with `error`. */
    fail(error: unknown) {
      pending.shift()?.reject(error);
    },
  };
}

export type ManualLauncher = ReturnType<typeof manualLauncher>;

/** A flow config as a provider gives it: `replaceUrl` is a spy, so tests see what the address bar would show. */
export type TestConfig = FlowConfig & { replaceUrl: Mock<(url: string) => void> };

/** The config of one action over a launcher and a storage (`fallbackUrl` only when given in `extra`). */
export function configOf(launcher: Launcher, storage: FlowConfig['storage'] = fakeStorage(), extra: Partial<FlowConfig> = {}): TestConfig {
  return { appId, launcher, storage, replaceUrl: vi.fn<(url: string) => void>(), ...extra } as TestConfig;
}

/** Lets every pending promise callback run (a macrotask drains the microtask queue; `setImmediate` is never faked here). */
export const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Fakes only the clock and `setTimeout`, so {@link flush} keeps working. */
export function fakeClock(now?: Date | number): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  if (now !== undefined) vi.setSystemTime(now);
}

/** Narrows an `error` state to its `VVChatError`, failing for any other state. */
export function errorOf(state: { status: string }): VVChatError {
  const error = 'error' in state ? state.error : undefined;
  if (state.status !== 'error' || !isVVChatError(error)) {
    throw new Error(`expected an 'error' state with a VVChatError, got ${JSON.stringify(state)}`);
  }
  return error;
}

/** The URL the VVChat app opens on `redirect_uri` after a login: `code`/`state`/`err_code` appended. */
export function loginCallback(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/** The `state` a login link carries. */
export function stateOf(link: string): string {
  const parsed = parseDeepLink(link);
  if (parsed.action !== 'login' || !parsed.state) throw new Error(`not a login link with a state: ${link}`);
  return parsed.state;
}

/** The SDK's form of a login state: `vvc_<7-char app tag>_<22 base64url characters>`. */
export const sdkStateForm = /^vvc_[0-9a-z]{7}_[A-Za-z0-9_-]{22}$/;

class PageDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
}

/**
 * A minimal browser page for the node environment: `globalThis.document` (an EventTarget with
 * `visibilityState`) and the window's `addEventListener`/`removeEventListener` on `globalThis`.
 * Undo it with `vi.unstubAllGlobals()`.
 */
export function stubPage() {
  const document = new PageDocument();
  const window = new EventTarget();
  vi.stubGlobal('document', document);
  vi.stubGlobal('addEventListener', window.addEventListener.bind(window));
  vi.stubGlobal('removeEventListener', window.removeEventListener.bind(window));
  const fire = (target: EventTarget, type: string) => target.dispatchEvent(new Event(type));
  return {
    document,
    window,
    /** The app came to the front: the page is hidden. */
    hide() {
      document.visibilityState = 'hidden';
      fire(document, 'visibilitychange');
    },
    /** Back in the browser: the page is visible again. */
    show() {
      document.visibilityState = 'visible';
      fire(document, 'visibilitychange');
    },
    /** The page was left (or put in the back/forward cache). */
    pagehide() {
      document.visibilityState = 'hidden';
      fire(window, 'pagehide');
    },
    /** Restored from the back/forward cache, visible (no `visibilitychange`). */
    pageshow() {
      document.visibilityState = 'visible';
      fire(window, 'pageshow');
    },
    /** Only the window's focus moves (e.g. the browser's "open VVChat?" prompt). */
    blur: () => fire(window, 'blur'),
    focus: () => fire(window, 'focus'),
  };
}

export type FakePage = ReturnType<typeof stubPage>;

// The chunks the flows load with `import()`, loaded ahead (from the source and from dist), so
// that a test waits for its flow, never for a module's first load.
await Promise.all([
  import('../../../packages/core/src/flows/loginReturn'),
  import('../../../packages/core/src/flows/payReturn'),
  ...Object.values(import.meta.glob('../../../packages/core/dist/{loginReturn,payReturn}-*.js')).map((load) => load()),
]);

/**
 * Lets a login `resume` settle: the code that reads a callback is a chunk loaded with `import()`,
 * so the flow moves a few ticks after `resume`, as on a page (where the Web Lock is asynchronous
 * too). Resolves when `flow` first moves (the awaiting test sees that state, say `exchanging`,
 * before a resolved exchange lands), or once the ticks passed without a move.
 */
export function settle(flow?: { subscribe: (listener: () => void) => () => void }): Promise<void> {
  return new Promise((resolve) => {
    const off = flow?.subscribe(() => {
      off?.();
      resolve();
    });
    void flush()
      .then(flush)
      .then(() => {
        off?.();
        resolve();
      });
  });
}
