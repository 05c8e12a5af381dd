import { VVChatError } from '../errors';
import { invalidOption, isDuration, text } from '../links/query';

/** How a launch ended. `unknown`: the page was left in doubt (a dialog stayed open), so no fallback ran. */
export type LaunchOutcome = 'opened' | 'not-opened' | 'unknown';

/** What a launch resolves to. */
export interface LaunchResult {
  outcome: LaunchOutcome;
  /** Milliseconds from the navigation to the verdict. */
  elapsedMs: number;
}

/** Options for one launch. */
export interface LaunchOptions {
  /**
   * How long to watch for the app coming to the front before deciding it did not.
   * @default 2500
   */
  timeoutMs?: number | undefined;
  /** Where to send the user when the app did not open, e.g. the VVChat download page (`http:`/`https:`). */
  fallbackUrl?: string | undefined;
  /** Stops watching; the launch then rejects with `aborted`. The navigation itself has already happened. */
  signal?: AbortSignal | undefined;
}

/** Anything that can open a VVChat link: the browser's {@link launch}, the simulator, or a test double. */
export interface Launcher {
  launch(link: string, options?: LaunchOptions): Promise<LaunchResult>;
}

/** The page a launcher watches. Every member defaults to the browser's; tests pass fakes. */
export interface LaunchEnvironment {
  /** Receives `blur`, `focus` and `pagehide`. */
  window: EventTarget;
  /** Receives `visibilitychange`; `visibilityState` is read. */
  document: EventTarget & { readonly visibilityState: string };
  /** Leaves for `url`. @default (url) => { window.location.href = url } */
  navigate(url: string): void;
  /** Wall-clock milliseconds; keeps counting while the page is frozen. @default Date.now */
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

function defaultEnvironment(): Partial<LaunchEnvironment> {
  return {
    now: Date.now,
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (id) => clearTimeout(id as number),
    ...(typeof window !== 'undefined' &&
      typeof document !== 'undefined' && { window, document, navigate: (url: string) => location.assign(url) }),
  };
}

/**
 * Creates a {@link Launcher} that navigates to a `qyx://` link and watches whether the VVChat
 * app came to the front. Pass a partial environment to replace the browser's in tests.
 *
 * @example
 * const launcher = createLauncher();
 * const { outcome } = await launcher.launch(link, { fallbackUrl: 'https://vvchat.example/download' });
 */
export function createLauncher(environment?: Partial<LaunchEnvironment>): Launcher {
  let pending: { link: string; result: Promise<LaunchResult> } | undefined;

  function watch(link: string, options?: LaunchOptions): Promise<LaunchResult> {
    const { timeoutMs = 2500, fallbackUrl, signal } = Object(options) as LaunchOptions;
    if (typeof link !== 'string' || !/^qyx:\/\/\w/i.test(link)) throw invalidOption('link', 'must be a qyx:// link');
    if (!isDuration(timeoutMs, true)) throw invalidOption('timeoutMs', 'must be a number of milliseconds');
    const fallback = text(fallbackUrl, 'fallbackUrl', false, true);
    if (pending) {
      if (pending.link === link) return pending.result;
      throw new VVChatError('launch_pending', 'another link is being launched');
    }
    const page = { ...defaultEnvironment(), ...environment } as LaunchEnvironment;
    if (!page.window || !page.document || !page.navigate) throw new VVChatError('no_browser', 'launch needs a browser page');
    if (signal?.aborted) throw new VVChatError('aborted', 'the launch was aborted', { cause: signal.reason });

    let settled = false;
    const result = new Promise<LaunchResult>((resolve, reject) => {
      const start = page.now();
      let blurred = false;
      let inGrace = false;
      let timer = page.setTimeout(check, timeoutMs);
      const listeners: [EventTarget, string, () => void][] = [
        [page.document, 'visibilitychange', () => page.document.visibilityState === 'hidden' && settle('opened')],
        [page.window, 'pagehide', () => settle('opened')],
        [page.window, 'blur', () => (blurred = true)],
        [page.window, 'focus', () => ((blurred = false), inGrace && settle('not-opened'))],
      ];
      if (signal) listeners.push([signal, 'abort', () => settle(new VVChatError('aborted', 'the launch was aborted', { cause: signal.reason }))]);
      for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
      try {
        page.navigate(link);
      } catch (error) {
        settle(new VVChatError('launch_failed', 'the browser refused the link', { cause: error }));
      }

      function check() {
        // A timer that fired a second (or more) late means the page was frozen: the app came to the front.
        const late = page.now() - start >= (inGrace ? 2 : 1) * timeoutMs + 1000;
        if (late || page.document.visibilityState === 'hidden') return settle('opened');
        // A blurred page may be showing the browser's "Open in VVChat?" prompt: wait, don't fall back yet.
        if (blurred && !inGrace) return (inGrace = true), (timer = page.setTimeout(check, timeoutMs));
        settle(blurred ? 'unknown' : 'not-opened');
      }

      function settle(outcome: LaunchOutcome | VVChatError) {
        if (settled) return;
        settled = true;
        pending = undefined;
        page.clearTimeout(timer);
        for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
        if (typeof outcome === 'object') return reject(outcome);
        try {
          if (outcome === 'not-opened' && fallback) page.navigate(fallback);
        } catch {
          // The verdict stands: the caller still learns that the app did not open.
        }
        resolve({ outcome, elapsedMs: page.now() - start });
      }
    });
    if (!settled) pending = { link, result };
    return result;
  }

  return {
    launch(link, options) {
      try {
        return watch(link, options);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

let browserLauncher: Launcher | undefined;

/**
 * Opens a `qyx://` link in the VVChat app from the browser. The navigation happens at once, in
 * the caller's tick, so call it inside a tap. Then it watches `visibilitychange`, `pagehide` and
 * `blur` for `timeoutMs`: hidden page → `opened`; a timer that fired late because the page was
 * frozen → `opened`, never `not-opened`; still visible → `not-opened`, then `fallbackUrl`.
 * A second launch of the same link while one is watched joins it; another link rejects with
 * `launch_pending`. Outside a browser it rejects with `no_browser`.
 *
 * @example
 * button.onclick = async () => {
 *   const { outcome } = await launch(buildCustomerServiceLink({ openId: 'OPEN_ID' }));
 *   if (outcome === 'not-opened') showInstallHint();
 * };
 */
export function launch(link: string, options?: LaunchOptions): Promise<LaunchResult> {
  return (browserLauncher ??= createLauncher()).launch(link, options);
}
