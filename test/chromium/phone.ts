import type { CDPSession, Page } from 'playwright';
import type { Chromium } from './browser';

/** A phone's screen: 390×844 CSS pixels at 3× (an iPhone 14's), touch, mobile viewport rules. */
export const phoneScreen = { width: 390, height: 844, deviceScaleFactor: 3 };

/** A computer's screen: 1280×800 CSS pixels at 1×, a mouse, no mobile viewport rules, no touch. */
export const desktopScreen = { width: 1280, height: 800, deviceScaleFactor: 1 };

/** What the harness's recorder noted: a focus, visibility or lifecycle event of the page itself. */
export interface PageEvent {
  type: string;
  /** The page's `performance.now()` when it fired. */
  t: number;
  visibilityState: DocumentVisibilityState;
  hasFocus: boolean;
}

/** What a page sent with `report()` (test/chromium/pages/report.ts). */
export interface Report {
  type: string;
  /** The page's `performance.now()` when it reported. */
  t: number;
  [key: string]: unknown;
}

export interface FocusState {
  visibilityState: DocumentVisibilityState;
  hasFocus: boolean;
}

export interface PhoneOptions {
  /** @default {@link androidChrome}: a phone's own browser, where the SDK's launcher tries the link */
  userAgent?: string;
  /**
   * `'desktop'`: a computer's screen and mouse ({@link desktopScreen}); `tap()` is then a mouse click.
   * @default 'phone'
   */
  screen?: 'phone' | 'desktop';
}

/**
 * Chrome on an Android phone (Chrome's reduced user agent, the form it has sent since 2023). Every
 * phone uses it unless told otherwise: Debian's headless Chromium says `X11; Linux x86_64`, a
 * desktop, where the SDK's launcher would not navigate at all.
 */
export const androidChrome = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';

/**
 * Runs in every document of a phone, before the page's own scripts: notes the page's focus,
 * visibility and lifecycle events (only the window's and the document's own, not elements').
 */
function installRecorder(): void {
  const events: unknown[] = [];
  Object.defineProperty(window, '__harnessEvents', { value: events });
  const note = (target: EventTarget, type: string) =>
    target.addEventListener(
      type,
      (event) => {
        if (event.target !== window && event.target !== document) return;
        events.push({ type, t: performance.now(), visibilityState: document.visibilityState, hasFocus: document.hasFocus() });
      },
      true,
    );
  for (const type of ['blur', 'focus', 'pagehide', 'pageshow', 'beforeunload']) note(window, type);
  for (const type of ['visibilitychange', 'freeze', 'resume']) note(document, type);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
let phones = 0;

/**
 * A page in a window of its own, sized as a phone, attached over CDP. Everything here is real
 * Chromium behaviour: no focus emulation, so visibility and focus change only when Chromium's
 * own state does (see browser.ts for what changes them).
 */
export class Phone {
  /** Console messages, as `type: text` (e.g. `error: Not allowed to launch …`). */
  readonly console: string[] = [];
  /** Uncaught errors of the page. */
  readonly pageErrors: string[] = [];
  /** Everything the page sent with `report()`, oldest first; kept across navigations. */
  readonly reports: Report[] = [];
  private otherTab: string | undefined;
  private waiters = new Set<() => void>();

  private constructor(
    private readonly chromium: Chromium,
    readonly page: Page,
    /** A CDP session of this page's own (Playwright's is separate). */
    readonly cdp: CDPSession,
    readonly targetId: string,
    /** A computer's screen and mouse rather than a phone's. */
    readonly desktop = false,
  ) {
    page.on('console', (message) => this.console.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => this.pageErrors.push(String(error)));
    cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
      if (name !== 'harnessReport') return;
      this.reports.push(JSON.parse(payload) as Report);
      for (const wake of this.waiters) wake();
    });
  }

  /**
   * Opens `url` in a new window, as a phone (390×844, touch, mobile), in front: visible and
   * focused, which it checks.
   */
  static async open(chromium: Chromium, url: string, options: PhoneOptions = {}): Promise<Phone> {
    // Found by its URL: Playwright may announce a tab opened (and closed) earlier only now.
    const marker = `about:blank#phone-${++phones}`;
    const opened = chromium.context.waitForEvent('page', { predicate: (page) => page.url() === marker, timeout: 10_000 });
    await chromium.cdp.send('Target.createTarget', { url: marker, newWindow: true });
    const page = await opened;
    const cdp = await chromium.context.newCDPSession(page);
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    const desktop = options.screen === 'desktop';
    const phone = new Phone(chromium, page, cdp, targetInfo.targetId, desktop);
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: 'harnessReport' });
    await cdp.send('Emulation.setDeviceMetricsOverride', desktop ? { ...desktopScreen, mobile: false } : { ...phoneScreen, mobile: true });
    await cdp.send('Emulation.setTouchEmulationEnabled', desktop ? { enabled: false } : { enabled: true, maxTouchPoints: 5 });
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: options.userAgent ?? androidChrome });
    await page.addInitScript(installRecorder);
    await cdp.send('Page.bringToFront');
    await page.goto(url);
    const state = await phone.state();
    if (state.visibilityState !== 'visible' || !state.hasFocus) throw new Error(`The phone opened ${JSON.stringify(state)}, not visible and focused`);
    await phone.clearEvents(); // the load's own pageshow and focus
    return phone;
  }

  /**
   * Runs `expression` in the page and returns its (JSON) value, awaiting a promise. WITHOUT user
   * activation unless `gesture` (a renderer-side activation, like Playwright's `page.evaluate`:
   * it satisfies `navigator.userActivation`, not the browser's external-protocol rule).
   */
  async evaluate<T>(expression: string, { gesture = false }: { gesture?: boolean } = {}): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression,
      userGesture: gesture,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`In the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  /** {@link evaluate} for a function: `fn(arg)` runs in the page (it must not use anything from the test's scope). */
  run<R, A = undefined>(fn: (arg: A) => R, arg?: A, options?: { gesture?: boolean }): Promise<Awaited<R>> {
    // A bundler's keepNames helper, in case the function's source refers to it.
    const expression = `(() => { const __name = (f) => f; return (${String(fn)})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
    return this.evaluate<Awaited<R>>(expression, options);
  }

  state(): Promise<FocusState> {
    return this.evaluate<FocusState>('({ visibilityState: document.visibilityState, hasFocus: document.hasFocus() })');
  }

  /** The page's own focus, visibility and lifecycle events on this document since it opened, oldest first. */
  events(): Promise<PageEvent[]> {
    return this.evaluate<PageEvent[]>('window.__harnessEvents.slice()');
  }

  /** Forgets the events noted so far (the next {@link events} starts from here). */
  async clearEvents(): Promise<void> {
    await this.evaluate('void window.__harnessEvents.splice(0)');
  }

  /** The page's `performance.now()`. */
  now(): Promise<number> {
    return this.evaluate<number>('performance.now()');
  }

  /**
   * A real tap (touch start and end, with the user activation and the `click` they bring; a mouse
   * click on a desktop screen) on the middle of `selector`; resolves once the page has seen the `click`.
   */
  async tap(selector: string): Promise<void> {
    const at = await this.evaluate<{ x: number; y: number } | null>(`(() => {
      const element = document.querySelector(${JSON.stringify(selector)});
      if (!element) return null;
      window.__harnessClick = new Promise((resolve) => addEventListener('click', () => resolve(true), { capture: true, once: true }));
      const r = element.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    if (!at) throw new Error(`Nothing to tap: no ${selector}`);
    if (this.desktop) {
      await this.cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at, button: 'left', clickCount: 1 });
      await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at, button: 'left', clickCount: 1 });
    } else {
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }
    const clicked = await Promise.race([this.evaluate<boolean>('window.__harnessClick'), sleep(5000).then(() => false)]);
    if (!clicked) throw new Error(`Tapping ${selector} brought no click`);
  }

  /** A real mouse click (Playwright's, through `Input.dispatchMouseEvent`). */
  click(selector: string): Promise<void> {
    return this.page.click(selector);
  }

  /** A real key press, e.g. Escape to dismiss the external-protocol prompt (keys go to the prompt while it is open). */
  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  /**
   * Stalls the page's main thread for `ms`, as a webview suspended without events: pauses it in
   * the debugger (`Debugger.pause`, running a no-op so that an idle page has JavaScript to pause
   * in), waits, resumes. No task, timer or event runs meanwhile; they run late afterwards.
   * Resolves with how long it was actually paused (from `Debugger.paused` to the resume).
   */
  async stall(ms: number): Promise<number> {
    await this.cdp.send('Debugger.enable');
    try {
      const paused = new Promise<void>((resolve) => this.cdp.once('Debugger.paused', () => resolve()));
      await this.cdp.send('Debugger.pause');
      void this.cdp.send('Runtime.evaluate', { expression: 'void 0' }).catch(() => undefined);
      await paused;
      const start = performance.now();
      await sleep(ms);
      await this.cdp.send('Debugger.resume');
      return performance.now() - start;
    } finally {
      await this.cdp.send('Debugger.disable');
    }
  }

  /** Opens a blank tab in this phone's window and brings it to the front: this page blurs and goes hidden. */
  async switchToOtherTab(): Promise<void> {
    if (this.otherTab) throw new Error('already switched to another tab');
    // A target opens in the last active window: make that this phone's.
    await this.cdp.send('Page.bringToFront');
    const { targetId } = await this.chromium.cdp.send('Target.createTarget', { url: 'about:blank' });
    this.otherTab = targetId;
    const [mine, theirs] = await Promise.all([this.windowId(), this.windowId(targetId)]);
    if (mine !== theirs) throw new Error('the other tab opened in another window');
    await this.chromium.cdp.send('Target.activateTarget', { targetId });
  }

  /** Brings this page back to the front (visible, then focused) and closes the other tab. */
  async switchBack(): Promise<void> {
    await this.cdp.send('Page.bringToFront');
    const other = this.otherTab;
    this.otherTab = undefined;
    if (other) await this.chromium.cdp.send('Target.closeTarget', { targetId: other });
  }

  /** Minimizes this phone's window: the page blurs and goes hidden, as when the browser goes to the background. */
  async minimize(): Promise<void> {
    await this.chromium.cdp.send('Browser.setWindowBounds', { windowId: await this.windowId(), bounds: { windowState: 'minimized' } });
  }

  /** Restores the window: the page becomes visible and focused again. */
  async restore(): Promise<void> {
    await this.chromium.cdp.send('Browser.setWindowBounds', { windowId: await this.windowId(), bounds: { windowState: 'normal' } });
  }

  /**
   * How many listeners of each type the window and the document hold right now, as Chromium
   * itself counts them (`DOMDebugger.getEventListeners`), e.g. `{ 'window:blur': 2 }`. The
   * harness's recorder holds one for each type it records: compare with a count taken before.
   */
  async listenerCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const objectGroup = 'harness-listeners';
    try {
      for (const name of ['window', 'document']) {
        const { result } = await this.cdp.send('Runtime.evaluate', { expression: name, objectGroup });
        const { listeners } = await this.cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
        for (const { type } of listeners) counts[`${name}:${type}`] = (counts[`${name}:${type}`] ?? 0) + 1;
      }
    } finally {
      await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup });
    }
    return counts;
  }

  /** The first report of `type` (waiting up to `timeoutMs` for it). */
  async report(type: string, timeoutMs = 15_000): Promise<Report> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.reports.find((report) => report.type === type);
      if (found) return found;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`No '${type}' report in ${timeoutMs} ms; reports: ${JSON.stringify(this.reports)}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.waiters.add(wake);
      });
    }
  }

  /** Polls `expression` in the page until it is truthy (up to `timeoutMs`); resolves with its value. */
  async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression);
      if (value) return value;
      if (performance.now() > deadline) throw new Error(`Still falsy after ${timeoutMs} ms: ${expression}`);
      await sleep(10);
    }
  }

  async close(): Promise<void> {
    for (const targetId of [this.otherTab, this.targetId]) {
      if (targetId) await this.chromium.cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    }
    this.otherTab = undefined;
    await this.cdp.detach().catch(() => undefined);
  }

  private async windowId(targetId = this.targetId): Promise<number> {
    return (await this.chromium.cdp.send('Browser.getWindowForTarget', { targetId })).windowId;
  }
}
