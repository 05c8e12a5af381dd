/**
 * Visual regression: every story under Components/ (the buttons and GuidanceDialog) in the light
 * and dark themes and in both locales, on a phone, against the PNGs committed under
 * test/e2e/__screenshots__/visual/<story-id>.<theme>.<locale>.png.
 *
 * After a change that is meant to change the pictures (icons, wording, CSS), rewrite them all, look
 * at the ones that changed (`git diff --stat`, then open them) and commit them:
 *
 *   UPDATE_SCREENSHOTS=1 npx vitest run --project e2e test/e2e/visual.test.ts
 *
 * (with E2E_SKIP_BUILD=1 when storybook-static/ was built after the change). A missing baseline is
 * written and the test passes with a note, except in CI (`CI` set), where it is written and the
 * test fails: baselines are committed, never made by CI. A mismatch writes the actual picture and
 * a diff (changed pixels in red) to test/e2e/__screenshots__/.diff/ (gitignored) and fails naming
 * them.
 *
 * The pictures hold still: a phone's 390×844 CSS pixels at 1×, reduced motion, no animations,
 * transitions or caret, a fixed browser locale and time zone, the system fonts (fonts-noto-cjk for
 * Chinese) loaded, and the story's play function finished: the status stories drive their button
 * to that status first. They belong to Debian's Chromium and fonts-noto-cjk, as .ci/run installs
 * them; another browser or font set renders other pixels, so elsewhere the pictures are skipped
 * with the reason (in CI that fails: {@link unlikeBaselines}).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import type { Browser, CDPSession, Page } from 'playwright';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumExecutable } from '../chromium';
import { unlikeBaselines } from './renderer';
import { launchChromium, storyUrl } from './support';

const require = createRequire(import.meta.url);
/** axe-core's browser build, evaluated in a page before its first check. */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The stories that also get an axe check here, in each theme and locale: the guidance dialogs
 * (issue 10 asks for axe over every dialog in both locales and themes; the storybook project runs
 * axe once per story, in its default globals). Colour contrast included: the pictures are the
 * painted result.
 */
const axeChecked = /^components-guidancedialog--/;
/** Rules about a whole page (one h1, landmarks), which a story is not; as Storybook's a11y addon leaves them out. */
const pageRules = Object.fromEntries(['page-has-heading-one', 'landmark-one-main', 'region'].map((rule) => [rule, { enabled: false }]));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const baselineDir = resolve(root, 'test/e2e/__screenshots__/visual');
const diffDir = resolve(root, 'test/e2e/__screenshots__/.diff');

const update = process.env.UPDATE_SCREENSHOTS === '1';
const ci = !!process.env.CI;

const themes = ['light', 'dark'] as const;
const locales = ['zh-CN', 'en'] as const;
type Theme = (typeof themes)[number];
type Locale = (typeof locales)[number];

/**
 * pixelmatch's colour distance (0 to 1) beyond which a pixel counts as changed. Anti-aliased pixels
 * count too (`includeAA`): a 2 px change of a corner's radius changes only those. The same Chromium
 * and fonts render the same pictures but for a unit or two of colour on some anti-aliased edges,
 * far below this threshold, so no pixel may change.
 */
const threshold = 0.1;

/** How long a story may take to render and play (the slowest take under 2 s: they wait for a timeout). */
const storyTimeoutMs = 20_000;

/**
 * Combinations that cannot be pictured yet, and why: the story's play function fails there (which
 * fails the test, naming the error). Remove an entry once its story plays in that locale.
 */
const notYet: Partial<Record<string, { locales: readonly Locale[]; reason: string }>> = {};

/**
 * Where the pictures cannot match: in CI a failure (CI installs both), elsewhere each picture is
 * skipped with this reason (a developer's Mac renders other pixels, and should still get a green
 * `pnpm test` from the README's two commands).
 */
const unlike = unlikeBaselines(chromiumExecutable());

/** What the page reports once a story has finished: how to picture it, or why it failed. */
interface Ready {
  id: string;
  /** The story root's box (whole pixels), or `null` for the whole screen (a modal dialog is open). */
  clip: { x: number; y: number; width: number; height: number } | null;
  error: string | null;
}

/**
 * Runs in every document before its own scripts: freezes what moves and, in Storybook's iframe,
 * reports each story once it has finished (play function included) through the `__visualReady`
 * binding. `__visualShow(id)` renders another story in the same document, as the manual's sidebar
 * does, with the address bar and storage of a new visit.
 */
function watchStories(): void {
  const css = `*, *::before, *::after, *::backdrop {
    animation: none !important;
    transition: none !important;
    caret-color: transparent !important;
  }`;
  const freeze = () => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  };
  if (document.head) freeze();
  else document.addEventListener('DOMContentLoaded', freeze, { once: true });
  if (!location.pathname.endsWith('/iframe.html')) return;

  interface Channel {
    emit: (event: string, payload: unknown) => void;
    on: (event: string, listener: (payload: unknown) => void) => void;
  }
  interface Storybook {
    __STORYBOOK_PREVIEW__?: { currentRender?: { id: string; phase?: string } };
    __STORYBOOK_ADDONS_CHANNEL__?: Channel;
    __visualReady?: (payload: string) => void;
    __visualShow?: (id: string) => void;
  }
  const storybook = window as unknown as Storybook;
  const first = location.href;
  let wanted = new URL(first).searchParams.get('id') ?? '';
  let poll: ReturnType<typeof setInterval> | undefined;

  // A play function that throws leaves the story on screen (Storybook's default,
  // `throwPlayFunctionExceptions: false`): only the channel says so. Listen from its creation.
  let problems: string[] = [];
  const say = (payload: unknown): string => {
    if (Array.isArray(payload)) return payload.map(say).join('; ');
    const { message, description } = (payload ?? {}) as { message?: unknown; description?: unknown };
    const text = message ?? description;
    return typeof text === 'string' ? text : JSON.stringify(payload);
  };
  const heard = new WeakSet<Channel>();
  let channel: Channel | undefined;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (next: Channel | undefined) => {
      channel = next;
      if (!next || heard.has(next)) return;
      heard.add(next);
      for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'unhandledErrorsWhilePlaying']) {
        next.on(event, (payload) => problems.push(`${event}: ${say(payload)}`));
      }
    },
  });

  const settle = () => {
    clearInterval(poll);
    poll = setInterval(() => {
      const render = storybook.__STORYBOOK_PREVIEW__?.currentRender;
      // `finished` comes after the play function, after `completing` (which waits for finite
      // animations) and after the addons' checks.
      if (render?.id !== wanted || (render.phase !== 'finished' && render.phase !== 'aborted')) return;
      clearInterval(poll);
      const id = wanted;
      void (async () => {
        await document.fonts.ready;
        await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
        await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
        const errorShown = document.body.classList.contains('sb-show-errordisplay');
        const display = errorShown ? [document.querySelector('.sb-errordisplay')?.textContent ?? 'error'] : [];
        const aborted = render.phase === 'aborted' ? ['aborted'] : [];
        const error = [...problems, ...display, ...aborted].join(' | ') || null;
        let clip: Ready['clip'] = null;
        if (!document.querySelector('dialog:modal')) {
          const box = document.getElementById('storybook-root')!.getBoundingClientRect();
          const [x, y] = [Math.floor(box.left), Math.floor(box.top)];
          clip = { x, y, width: Math.ceil(box.right) - x, height: Math.ceil(box.bottom) - y };
        }
        const ready: Ready = { id, clip, error: error?.replace(/\s+/g, ' ').trim().slice(0, 500) ?? null };
        storybook.__visualReady?.(JSON.stringify(ready));
      })();
    }, 20);
  };

  storybook.__visualShow = (id) => {
    const url = new URL(first);
    url.searchParams.set('id', id);
    history.replaceState(null, '', url);
    problems = [];
    localStorage.clear();
    sessionStorage.clear();
    wanted = id;
    storybook.__STORYBOOK_ADDONS_CHANNEL__?.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
    settle();
  };
  localStorage.clear();
  sessionStorage.clear();
  settle();
}

/**
 * One phone page showing the stories in one theme and locale (the toolbar's globals, from the
 * address bar), one story at a time.
 *
 * Stories after the first render in the same document (`__visualShow`): a page load per picture
 * costs about three times as long (85 s against 26 s for the 352 pictures on 2 cores; the
 * pictures are the same either way). Nothing here evaluates in the page as Playwright does (its
 * evaluations count as taps: a user activation that lasts 5 s would hold up the stories whose
 * script waits for a tap's activation to lapse): the page reports through a DevTools binding, is
 * told through `Runtime.evaluate` without a gesture, and the pictures come from
 * `Page.captureScreenshot`. After a failure the next story gets a fresh page load.
 */
class StoryPage {
  private loaded = false;
  private turn: Promise<unknown> = Promise.resolve();
  private waiting: { id: string; done: (ready: Ready) => void } | undefined;
  private errors: string[] = [];

  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly globals: string,
  ) {
    page.on('pageerror', (error) => this.errors.push(error.message));
    cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
      if (name !== '__visualReady') return;
      const ready = JSON.parse(payload) as Ready;
      if (ready.id === this.waiting?.id) this.waiting.done(ready);
    });
  }

  static async open(browser: Browser, theme: Theme, locale: Locale): Promise<StoryPage> {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await context.addInitScript(watchStories);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__visualReady' });
    // `a11y.manual`: the accessibility checks run in the storybook project; here they only cost time.
    return new StoryPage(page, cdp, `theme:${theme};locale:${locale};a11y.manual:!true`);
  }

  /**
   * The story's picture (PNG), taken once the story has finished, and the axe violations on the
   * page for stories that `axeChecked` names (else none). One story at a time per page.
   */
  picture(id: string): Promise<{ png: Buffer; violations: string[] }> {
    const taken = this.turn.then(() => this.take(id));
    this.turn = taken.catch(() => undefined);
    return taken;
  }

  private async take(id: string): Promise<{ png: Buffer; violations: string[] }> {
    this.errors = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ready = new Promise<Ready>((done, fail) => {
      this.waiting = { id, done };
      timer = setTimeout(() => fail(new Error(`${id} did not finish within ${storyTimeoutMs} ms (${this.globals})`)), storyTimeoutMs);
    });
    const inPage = this.loaded;
    this.loaded = false;
    try {
      if (inPage) {
        const { exceptionDetails } = await this.cdp.send('Runtime.evaluate', { expression: `window.__visualShow(${JSON.stringify(id)})`, userGesture: false });
        if (exceptionDetails) throw new Error(`could not switch to ${id}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      } else {
        await this.page.goto(storyUrl(id, `&globals=${this.globals}`));
      }
      const { clip, error } = await ready;
      if (error !== null) throw new Error(`${id} failed to render (${this.globals}): ${error}`);
      if (this.errors.length) throw new Error(`${id} threw on the page (${this.globals}): ${this.errors.join('; ')}`);
      // The clip is in CSS pixels of the page; the story frame never scrolls here.
      const { data } = await this.cdp.send('Page.captureScreenshot', {
        format: 'png',
        ...(clip && { clip: { ...clip, scale: 1 }, captureBeyondViewport: clip.y + clip.height > 844 }),
      });
      const violations = axeChecked.test(id) ? await this.violations(id) : [];
      this.loaded = true;
      return { png: Buffer.from(data, 'base64'), violations };
    } finally {
      clearTimeout(timer);
      this.waiting = undefined;
    }
  }

  /** axe over the whole page as it is (the open dialog included), without a gesture: `id`, rule, target. */
  private async violations(id: string): Promise<string[]> {
    const { result: loaded } = await this.cdp.send('Runtime.evaluate', { expression: "typeof axe === 'object'", returnByValue: true });
    if (loaded.value !== true) await this.cdp.send('Runtime.evaluate', { expression: axeSource, userGesture: false });
    const expression = `axe.run(document, { resultTypes: ['violations'], rules: ${JSON.stringify(pageRules)} }).then((results) =>
      JSON.stringify(results.violations.flatMap((violation) => violation.nodes.map((node) => violation.id + ' at ' + node.target.join(' ')))))`;
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, userGesture: false });
    if (exceptionDetails) throw new Error(`axe failed on ${id}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return JSON.parse(result.value as string) as string[];
  }
}

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
}

/** The component stories of the static Storybook that the global setup built and serves. */
function componentStories(): string[] {
  const index = JSON.parse(readFileSync(resolve(root, 'storybook-static/index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && entry.title.startsWith('Components/'))
    .map((entry) => entry.id);
}

// Story by story, so that the pictures of one story are taken side by side on the four pages.
const cases = componentStories().flatMap((id) =>
  themes.flatMap((theme) => locales.map((locale) => ({ id, theme, locale, name: `${id}.${theme}.${locale}` }))),
);

/** Baselines: RGB (the pictures are opaque), unfiltered rows, deflate level 9: the smallest of pngjs's choices here. */
function encode(png: PNG): Buffer {
  return PNG.sync.write(png, { colorType: 2, inputHasAlpha: true, filterType: 0, deflateLevel: 9, deflateStrategy: 0 });
}

const shown = (file: string) => relative(root, file);
const rewrite = '(UPDATE_SCREENSHOTS=1 rewrites the baselines when the change is meant)';
const written: string[] = [];

/** How many pixels of `actual` differ from `expected` beyond the threshold (marked red on `diff`). */
function changedPixels(expected: PNG, actual: PNG, diff?: PNG): number {
  return pixelmatch(expected.data, actual.data, diff?.data, actual.width, actual.height, { threshold, includeAA: true });
}

const sameSize = (a: PNG, b: PNG) => a.width === b.width && a.height === b.height;

function compare(name: string, actual: PNG): void {
  const baseline = join(baselineDir, `${name}.png`);
  const missing = !existsSync(baseline);
  const expected = missing ? undefined : PNG.sync.read(readFileSync(baseline));
  if (update || !expected) {
    // A rewrite keeps the pictures that still match: Chromium's anti-aliasing varies by a unit of
    // colour here and there, which would otherwise touch every file in the commit.
    if (expected && sameSize(expected, actual) && changedPixels(expected, actual) === 0) return;
    writeFileSync(baseline, encode(actual));
    written.push(name);
    if (missing && ci) throw new Error(`No baseline for ${name}: wrote ${shown(baseline)}; look at it and commit it.`);
    return;
  }
  const actualFile = join(diffDir, `${name}.actual.png`);
  if (!sameSize(expected, actual)) {
    mkdirSync(diffDir, { recursive: true });
    writeFileSync(actualFile, encode(actual));
    throw new Error(
      `${name} is ${actual.width}×${actual.height} pixels, ${shown(baseline)} ${expected.width}×${expected.height}: see ${shown(actualFile)} ${rewrite}.`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = changedPixels(expected, actual, diff);
  if (changed > 0) {
    mkdirSync(diffDir, { recursive: true });
    const diffFile = join(diffDir, `${name}.diff.png`);
    writeFileSync(actualFile, encode(actual));
    writeFileSync(diffFile, encode(diff));
    throw new Error(`${name}: ${changed} pixels differ from ${shown(baseline)}: see ${shown(actualFile)} and ${shown(diffFile)} ${rewrite}.`);
  }
}

let browser: Browser | undefined;
const pages = new Map<string, StoryPage>();

beforeAll(async () => {
  if (unlike && ci) throw new Error(`Visual regression cannot run here: ${unlike}.`);
  if (unlike) {
    console.warn(`[visual] skipping the ${cases.length} pictures: ${unlike}.`);
    return;
  }
  rmSync(diffDir, { recursive: true, force: true });
  mkdirSync(baselineDir, { recursive: true });
  const opened = (browser = await launchChromium());
  for (const theme of themes) for (const locale of locales) pages.set(`${theme}.${locale}`, await StoryPage.open(opened, theme, locale));
});

afterAll(async () => {
  await browser?.close();
  if (written.length && !ci) console.info(`[visual] wrote ${written.length} baseline(s) under ${shown(baselineDir)}: look at them before you commit.`);
});

describe.concurrent('every component story looks as its committed screenshot', () => {
  it.for(cases)('$name', async ({ id, theme, locale, name }, { skip }) => {
    if (unlike) skip(unlike);
    const pending = notYet[id];
    if (pending?.locales.includes(locale)) skip(pending.reason);
    const { png, violations } = await pages.get(`${theme}.${locale}`)!.picture(id);
    compare(name, PNG.sync.read(png));
    expect(violations, `axe on ${name}`).toEqual([]);
  });
});

it('keeps no baseline of a story that is gone', () => {
  const expected = new Set(cases.map(({ name }) => `${name}.png`));
  const stale = readdirSync(baselineDir).filter((file) => file.endsWith('.png') && !expected.has(file));
  if (update) for (const file of stale) rmSync(join(baselineDir, file));
  else expect(stale, `baselines in ${shown(baselineDir)} of stories that are gone (UPDATE_SCREENSHOTS=1 removes them)`).toEqual([]);
});
