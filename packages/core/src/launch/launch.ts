import { VVChatError, type BlockReason } from '../errors';
import { detectEnvironment, type InAppBrowser, type VVChatEnvironment } from '../environment/detectEnvironment';
import { invalidOption, isDuration, text } from '../links/query';

/**
 * How a launch ended. `unknown`: the page was left in doubt (a dialog stayed open), so no fallback
 * ran. `blocked`: the launcher did not navigate at all, because the link cannot open the app here.
 */
export type LaunchOutcome = 'opened' | 'not-opened' | 'unknown' | 'blocked';

/**
 * What a verdict rests on:
 * - `hidden`: the page became hidden (`visibilitychange`), the app came to the front;
 * - `pagehide`: the page was left;
 * - `late-timer`: a timer fired late (by `timerLateMs`): the page was frozen, as when the app is in front;
 * - `focus`: focus came back while a prompt might have been showing (the prompt was dismissed);
 * - `timeout`: the page stayed visible and focused until the deadline;
 * - `still-blurred`: the page stayed blurred (a prompt may still be showing) past the second deadline;
 * - `environment`: the page's browser cannot open the app (an in-app browser, a desktop);
 * - `activation`: the launch was not inside a tap.
 */
export type LaunchSignal = 'hidden' | 'pagehide' | 'late-timer' | 'focus' | 'timeout' | 'still-blurred' | 'environment' | 'activation';

/** Why a launch ended as it did, for an app or the docs to explain the outcome. */
export interface LaunchEvidence {
  signal: LaunchSignal;
  /** Whether the page lost focus during the launch (the browser's "open in VVChat?" prompt, or the app). */
  blurred: boolean;
  /** How late the last detection timer fired, in ms, when one fired: 50 or more reads as a frozen page. */
  timerLateMs?: number | undefined;
}

/** What a launch resolves to. */
export type LaunchResult =
  | {
      outcome: 'opened' | 'not-opened' | 'unknown';
      /** Milliseconds from the navigation to the verdict. */
      elapsedMs: number;
      /** What the verdict rests on (the browser's launcher always says; another launcher may not). */
      evidence?: LaunchEvidence | undefined;
    }
  | {
      outcome: 'blocked';
      /** Why no navigation happened. */
      reason: BlockReason;
      /** The in-app browser, for `reason: 'in-app-browser'`. */
      app?: InAppBrowser | undefined;
      elapsedMs: number;
      evidence?: LaunchEvidence | undefined;
    };

/**
 * In-app browsers that do not hand `qyx://` to the system. A generic Android WebView or iOS
 * WKWebView is not on the list: its host app may well open the link, so the launch is tried.
 */
const blockingApps: readonly InAppBrowser[] = [
  'wechat',
  'wecom',
  'qq',
  'weibo',
  'alipay',
  'dingtalk',
  'douyin',
  'tiktok',
  'baidu',
  'instagram',
  'facebook',
  'line',
];

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
  /**
   * What to do on a desktop browser, where no VVChat app can be: `'block'` resolves `blocked`
   * (`reason: 'desktop'`) without navigating; `'launch'` tries anyway (a desktop VVChat client).
   * @default 'block'
   */
  desktop?: 'block' | 'launch' | undefined;
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
  /** Where the page runs, asked before each launch. @default () => detectEnvironment() */
  detect(): VVChatEnvironment;
  /**
   * Whether the page has the transient activation of a tap right now; `undefined` when the browser
   * cannot tell (then the launch is tried).
   * @default () => navigator.userActivation?.isActive
   */
  userActivation(): boolean | undefined;
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
    detect: () => detectEnvironment(),
    userActivation: () =>
      typeof navigator === 'undefined' ? undefined : (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive,
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
    const { timeoutMs = 2500, fallbackUrl, signal, desktop = 'block' } = Object(options) as LaunchOptions;
    if (typeof link !== 'string' || !/^qyx:\/\/\w/i.test(link)) throw invalidOption('link', 'must be a qyx:// link');
    if (!isDuration(timeoutMs, true)) throw invalidOption('timeoutMs', 'must be a number of milliseconds');
    if (desktop !== 'block' && desktop !== 'launch') throw invalidOption('desktop', "must be 'block' or 'launch'");
    const fallback = text(fallbackUrl, 'fallbackUrl', false, true);
    if (pending) {
      if (pending.link === link) return pending.result;
      throw new VVChatError('launch_pending', 'another link is being launched');
    }
    const page = { ...defaultEnvironment(), ...environment } as LaunchEnvironment;
    if (!page.window || !page.document || !page.navigate) throw new VVChatError('no_browser', 'launch needs a browser page');
    if (signal?.aborted) throw new VVChatError('aborted', 'the launch was aborted', { cause: signal.reason });
    const blocked = blockedHere(page, desktop);
    if (blocked) return Promise.resolve(blocked);

    let settled = false;
    const result = new Promise<LaunchResult>((resolve, reject) => {
      const start = page.now();
      let blurred = false;
      let everBlurred = false;
      let timerLateMs: number | undefined;
      let inGrace = false;
      let armedAt = start;
      let timer = page.setTimeout(check, timeoutMs);
      const listeners: [EventTarget, string, () => void][] = [
        [page.document, 'visibilitychange', () => page.document.visibilityState === 'hidden' && settle('opened', 'hidden')],
        [page.window, 'pagehide', () => settle('opened', 'pagehide')],
        [page.window, 'blur', () => (blurred = everBlurred = true)],
        // Focus back during the grace period: the prompt was dismissed. Unless the grace timer is
        // overdue: then the page was frozen past its deadline, and this focus is the page resuming.
        [page.window, 'focus', () => ((blurred = false), inGrace && (overdue() ? settle('opened', 'late-timer') : settle('not-opened', 'focus')))],
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
        timerLateMs = Math.max(0, Math.round(page.now() - armedAt - timeoutMs));
        // A timer that fired late means the page was frozen: the app came to the front.
        if (overdue()) return settle('opened', 'late-timer');
        if (page.document.visibilityState === 'hidden') return settle('opened', 'hidden');
        // A blurred page may be showing the browser's "Open in VVChat?" prompt: wait, don't fall back yet.
        if (blurred && !inGrace) return (inGrace = true), (armedAt = page.now()), (timer = page.setTimeout(check, timeoutMs));
        if (blurred) settle('unknown', 'still-blurred');
        else settle('not-opened', 'timeout');
      }

      function settle(outcome: 'opened' | 'not-opened' | 'unknown' | VVChatError, by: LaunchSignal = 'timeout') {
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
        const evidence: LaunchEvidence = { signal: by, blurred: everBlurred, ...(timerLateMs !== undefined && { timerLateMs }) };
        resolve({ outcome, elapsedMs: Math.max(0, Math.round(page.now() - start)), evidence });
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

/**
 * The verdict before any navigation: `blocked` in a blocking in-app browser, on a desktop (unless
 * `desktop` is `'launch'`), or outside a tap; `undefined` when the launch should be tried. A
 * detector that throws counts as "can't tell": the launch is tried.
 */
function blockedHere(page: LaunchEnvironment, desktop: 'block' | 'launch'): LaunchResult | undefined {
  let where: VVChatEnvironment = { kind: 'unknown' };
  let active: boolean | undefined;
  try {
    where = page.detect();
    active = page.userActivation();
  } catch {
    // Detection is advice: without it the launch is tried, as before.
  }
  const evidence = (signal: LaunchSignal): LaunchEvidence => ({ signal, blurred: false });
  if (where.kind === 'in-app' && blockingApps.includes(where.app)) {
    // WeChat, WeCom or QQ on a computer (no phone system in the user agent): the system browser
    // cannot open VVChat there either, so the way out is the desktop's (continue on a phone).
    const onComputer = where.os === 'other' && desktop === 'block';
    return { outcome: 'blocked', reason: onComputer ? 'desktop' : 'in-app-browser', app: where.app, elapsedMs: 0, evidence: evidence('environment') };
  }
  if (where.kind === 'desktop' && desktop === 'block') return { outcome: 'blocked', reason: 'desktop', elapsedMs: 0, evidence: evidence('environment') };
  if (active === false) return { outcome: 'blocked', reason: 'no-user-activation', elapsedMs: 0, evidence: evidence('activation') };
  return undefined;
}

let browserLauncher: Launcher | undefined;

/**
 * Opens a `qyx://` link in the VVChat app from the browser. The navigation happens at once, in
 * the caller's tick, so call it inside a tap. Then it watches `visibilitychange`, `pagehide` and
 * `blur` for `timeoutMs`: hidden page → `opened`; a timer that fired late (by 50 ms or more, on
 * `performance.now()`) because the page was frozen → `opened`, never `not-opened`; still visible →
 * `not-opened`, then `fallbackUrl`. A page blurred at the timeout (a prompt may be showing) gets
 * `timeoutMs` more: focus back → `not-opened`, still blurred → `unknown`. Before navigating it
 * resolves `blocked` (no navigation, no fallback) in a blocking in-app browser (`reason:
 * 'in-app-browser'`, with `app`), on a desktop (`'desktop'`, unless `desktop: 'launch'`) and
 * outside a tap (`'no-user-activation'`, where `navigator.userActivation` can tell).
 * The result's `evidence` says which signal the verdict rests on.
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
