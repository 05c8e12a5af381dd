import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium as playwright, type Browser, type BrowserContext, type CDPSession } from 'playwright';
import { chromiumArgs, chromiumExecutable, requireChromium } from '../chromium';

/**
 * Debian's Chromium, started by hand rather than by `chromium.launch()`, and attached over CDP with
 * `noDefaults`: Playwright then leaves the default context alone, in particular it does NOT turn on
 * focus emulation, so `document.hasFocus()`, `blur`/`focus` and `visibilityState` are Chromium's own.
 * (Every page Playwright creates in a context of its own is always focused and visible, which makes
 * launch detection untestable; so the harness only ever uses the default context.)
 *
 * What this headless Chromium (156, `--headless=new`) does, measured by test/chromium/harness.test.ts:
 *
 * - Every window is focused on its own: a page in one window does not blur when another window is
 *   created or brought to the front. So every phone gets a window of its own, and tests don't
 *   disturb one another.
 * - In one window, the tab in front is visible and focused; bringing another tab to the front
 *   (`Page.bringToFront` on it, or opening one) fires `blur` then `visibilitychange` → hidden on
 *   the page; bringing the page back fires `visibilitychange` → visible, then `focus`.
 * - Minimizing a window (`Browser.setWindowBounds` `minimized`) blurs and hides its tab; `normal`
 *   shows and focuses it again.
 * - `window.blur()` does nothing; `Emulation.setFocusEmulationEnabled` only ever makes a page look
 *   focused; a JavaScript `alert()` fires `blur` and `focus` only after it is closed. None of them
 *   leaves a page blurred but visible.
 * - Navigating to an unknown custom scheme (`location.href = 'qyx://…'`):
 *   - Never navigates: no `pagehide`, the page stays visible, its URL unchanged. `beforeunload` fires.
 *   - With a default profile, Chromium shows its external-protocol prompt ("Open xdg-open?"). Headless
 *     draws nothing, but the prompt is there and takes the focus: the page gets `blur` 200–300 ms after
 *     the navigation, `document.hasFocus()` turns false, and `visibilityState` stays `visible`, for as
 *     long as the prompt is open. Focus comes back (a `focus` event) only when input dismisses the
 *     prompt: a key (Escape, Enter) or a click; `Page.bringToFront` does not. This is the one way found
 *     to blur a visible page for real, and it is the real thing: the browser's "open the app?" prompt.
 *   - With the origin allowed to launch the scheme (the "Always allow" choice, set here with
 *     `allowExternalProtocols`), there is no prompt and no blur: Chromium hands the link to
 *     `xdg-open` at once (console: "Launched external handler for 'qyx://…'."); the harness points
 *     `$BROWSER` at a script that records it ({@link Chromium.launchedLinks}).
 *   - User activation (Chromium's anti-flood rule, one flag for the whole browser): the FIRST
 *     external launch of a browser session needs none (even `Runtime.evaluate` with
 *     `userGesture: false` launches). After a launch, every further one is blocked, with the console
 *     error "Not allowed to launch 'qyx://…' because a user gesture is required." and no prompt, no
 *     blur, until real input reaches a page (a `page.click`, a touch tap, a key press: an
 *     `Input.dispatch*` event). A renderer-only gesture (`Runtime.evaluate` with `userGesture: true`,
 *     or Playwright's `page.evaluate`) is not enough, nor is the key that dismisses the prompt; and
 *     in a tab that has shown the prompt, later input did not permit launches again (seen on 156):
 *     launch from a fresh phone. The launch also consumes the page's transient activation
 *     (`navigator.userActivation.isActive` is false right after `location.href = 'qyx://…'`).
 */
export interface Chromium {
  browser: Browser;
  /** The default context: the only one without Playwright's focus emulation. */
  context: BrowserContext;
  /** A browser-level CDP session (targets, windows). */
  cdp: CDPSession;
  wsEndpoint: string;
  /** The links Chromium handed to the operating system (`xdg-open`), oldest first. */
  launchedLinks(): string[];
  /**
   * The links handed to the operating system after the first `since`, once there are `count` of them
   * (`xdg-open` runs `$BROWSER` a moment after Chromium launched it, later still on a busy machine):
   * rejects after `timeoutMs` with what was recorded.
   */
  waitForLaunches(since: number, count?: number, timeoutMs?: number): Promise<string[]>;
  /** What Chromium wrote on stderr so far. */
  stderr(): string;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /**
   * Origins allowed to launch these schemes without the external-protocol prompt, as after the
   * user ticked "Always allow" (`protocol_handler.allowed_origin_protocol_pairs` in the profile).
   */
  allowExternalProtocols?: { origin: string; schemes: string[] }[];
}

const startTimeoutMs = 20_000;

/** Starts Chromium with a fresh profile in a temporary directory and attaches Playwright to it. */
export async function startChromium(options: ChromiumOptions = {}): Promise<Chromium> {
  requireChromium();
  const dir = mkdtempSync(join(tmpdir(), 'vvchat-chromium-'));
  const profile = join(dir, 'profile');
  const launched = join(dir, 'launched.txt');
  const recorder = join(dir, 'record-launch.sh');
  // xdg-open, finding no desktop environment, runs $BROWSER with the link.
  writeFileSync(recorder, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${launched}'\n`, { mode: 0o755 });
  mkdirSync(join(profile, 'Default'), { recursive: true });
  const allowed = Object.fromEntries(
    (options.allowExternalProtocols ?? []).map(({ origin, schemes }) => [origin, Object.fromEntries(schemes.map((scheme) => [scheme, true]))]),
  );
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ protocol_handler: { allowed_origin_protocol_pairs: allowed } }));

  const args = ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...chromiumArgs, 'about:blank'];
  const child = spawn(chromiumExecutable(), args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, BROWSER: recorder },
    detached: true, // its own process group, so that close() can end Chromium's helpers with it
  });
  const killOnExit = () => kill(child, 'SIGKILL');
  process.once('exit', killOnExit);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));

  let removed = false;
  const cleanUp = async () => {
    if (removed) return;
    removed = true;
    process.removeListener('exit', killOnExit);
    await exited(child, 5000);
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };

  let wsEndpoint: string;
  let browser: Browser;
  try {
    wsEndpoint = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Chromium did not print its DevTools address in ${startTimeoutMs} ms:\n${stderr}`)), startTimeoutMs);
      const onData = () => {
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
        if (!match) return;
        clearTimeout(timer);
        child.stderr.off('data', onData);
        resolve(match[1]!);
      };
      child.stderr.on('data', onData);
      child.once('error', reject);
      child.once('exit', (code, signal) => reject(new Error(`Chromium exited (${signal ?? code}) before listening:\n${stderr}`)));
    });
    browser = await playwright.connectOverCDP(wsEndpoint, { noDefaults: true });
  } catch (error) {
    kill(child, 'SIGKILL');
    await cleanUp();
    throw error;
  }
  const context = browser.contexts()[0]!;
  const cdp = await browser.newBrowserCDPSession();
  const readLaunched = (): string[] => {
    try {
      return readFileSync(launched, 'utf8').split('\n').filter(Boolean);
    } catch {
      return [];
    }
  };

  return {
    browser,
    context,
    cdp,
    wsEndpoint,
    launchedLinks: readLaunched,
    async waitForLaunches(since, count = 1, timeoutMs = 10_000) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const links = readLaunched().slice(since);
        if (links.length >= count) return links;
        if (performance.now() > deadline) throw new Error(`${count} launch(es) expected after the first ${since} in ${timeoutMs} ms; recorded: ${JSON.stringify(links)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stderr: () => stderr,
    async close() {
      if (removed) return;
      await cdp.send('Browser.close').catch(() => undefined);
      await browser.close().catch(() => undefined);
      if (!(await exited(child, 5000))) kill(child, 'SIGKILL');
      await cleanUp();
    },
  };
}

function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the process group we created: Chromium and its helpers
  } catch {
    child.kill(signal);
  }
}

/** Whether `child` has exited, waiting up to `ms` for it. */
function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
