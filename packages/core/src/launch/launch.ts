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
  /**
   * Milliseconds on a monotonic clock, from any origin: the clock `setTimeout` runs on. It must
   * keep counting while the page is frozen (a timer that fires late is how a frozen page is told
   * apart from one that stayed in front), and must not jump when the system clock is set.
   * @default () => performance.now(), or Date.now where there is no `performance.now` (it jumps with
   * the system clock: a jump forwards during a launch then reads as a frozen page, one backwards
   * hides a freeze)
   */
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/**
 * How late a detection timer may fire and still count as on time; later than this, the page was
 * frozen across the deadline (the app came to the front and the browser suspended the page without
 * a `visibilitychange`), so the verdict is `opened`, never `not-opened`.
 *
 * Measured in Debian's Chromium 156, headless, on a 2-core machine, with the real-Chromium harness
 * (test/chromium; timers.test.ts repeats the idle and 16 ms cases on every run), 20–40 timers a case:
 * - a 2500 ms `setTimeout` on an idle, visible page: p50 0.1–0.5 ms late, max 0.6–6.9 ms;
 *   with both cores saturated by three busy processes: max 4.8–11.5 ms;
 * - `launch()` itself, tapped on an idle page with no prompt: `not-opened` after 2502–2503 ms;
 * - a page running back-to-back tasks delays the timer by up to one task: 16 ms tasks (a frame of
 *   work) max 22–28 ms, 50 ms tasks 48–52 ms, 100 ms tasks 106 ms; on a saturated machine a busy
 *   page also saw outliers of 160–540 ms;
 * - a page frozen across the deadline fires it late by the rest of the freeze: hundreds of ms or more.
 * 50 ms is over 4× the worst idle case under load and above frame-sized work. Only a page stuck in
 * long tasks (over 50 ms, by definition) at the deadline, or starved of CPU, can be taken for a
 * frozen one; that mistake costs the fallback (`opened`), never sends an app user to it.
 */
const lateTimerMs = 50;

function defaultEnvironment(): Partial<LaunchEnvironment> {
  const monotonic = typeof performance !== 'undefined' && typeof performance.now === 'function';
  return {
    now: monotonic ? () => performance.now() : () => Date.now(),
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
      let armedAt = start;
      let timer = page.setTimeout(check, timeoutMs);
      const listeners: [EventTarget, string, () => void][] = [
        [page.document, 'visibilitychange', () => page.document.visibilityState === 'hidden' && settle('opened')],
        [page.window, 'pagehide', () => settle('opened')],
        [page.window, 'blur', () => (blurred = true)],
        // Focus back during the grace period: the prompt was dismissed. Unless the grace timer is
        // overdue: then the page was frozen past its deadline, and this focus is the page resuming.
        [page.window, 'focus', () => ((blurred = false), inGrace && settle(overdue() ? 'opened' : 'not-opened'))],
      ];
      if (signal) listeners.push([signal, 'abort', () => settle(new VVChatError('aborted', 'the launch was aborted', { cause: signal.reason }))]);
      for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
      try {
        page.navigate(link);
      } catch (error) {
        settle(new VVChatError('launch_failed', 'the browser refused the link', { cause: error }));
      }

      /** Whether the timer armed last should have fired by now, with {@link lateTimerMs} to spare. */
      function overdue() {
        return page.now() - armedAt - timeoutMs >= lateTimerMs;
      }

      function check() {
        // A timer that fired late means the page was frozen: the app came to the front.
        if (overdue() || page.document.visibilityState === 'hidden') return settle('opened');
        // A blurred page may be showing the browser's "Open in VVChat?" prompt: wait, don't fall back yet.
        if (blurred && !inGrace) return (inGrace = true), (armedAt = page.now()), (timer = page.setTimeout(check, timeoutMs));
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
        resolve({ outcome, elapsedMs: Math.max(0, Math.round(page.now() - start)) });
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
 * `blur` for `timeoutMs`: hidden page → `opened`; a timer that fired late (by 50 ms or more, on
 * `performance.now()`) because the page was frozen → `opened`, never `not-opened`; still visible →
 * `not-opened`, then `fallbackUrl`. A page blurred at the timeout (a prompt may be showing) gets
 * `timeoutMs` more: focus back → `not-opened`, still blurred → `unknown`.
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
