import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Request } from 'playwright';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../chromium';
import { storyIds } from './stories';

/**
 * Debian's Chromium, headless. Playwright turns the back/forward cache off by default; `bfcache`
 * turns it back on, as it is on every phone browser, so that Back restores the page as it was left.
 */
export function launchChromium({ bfcache = false }: { bfcache?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
    ...(bfcache && { ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
  });
}

/** A story's own page in the static Storybook (what the simulated app navigates back to), with `extra` query. */
export function storyUrl(id: string, extra = ''): string {
  return `${inject('storybookUrl')}/iframe.html?id=${id}&viewMode=story${extra}`;
}

/** What the probe saw on the current document (it starts afresh on every page load). */
export interface Probe {
  /** Random per document: the same value after Back means the page came from the back/forward cache. */
  document: string;
  /** Every `data-status` the flow's button took on this document, in order (repeats collapsed). */
  statuses: string[];
  /** The `data-sheet` of every simulated-app sheet opened on this document (`login`, `pay`, …). */
  sheets: string[];
  /**
   * Reads of the simulator's ledger on this document. On a return page only the simulated
   * backend reads it (`exchangeCode`, `createOrder`, `verifyPayment`), so it counts backend calls.
   */
  ledgerReads: number;
}

/** Installed in every document before the page's own scripts: watches the flow without touching it. */
function installProbe(): void {
  const probe: Probe = { document: Math.random().toString(36).slice(2), statuses: [], sheets: [], ledgerReads: 0 };
  Object.defineProperty(window, '__e2eProbe', { value: probe });
  const getItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'getItem')!.value as (this: Storage, key: string) => string | null;
  Storage.prototype.getItem = function (this: Storage, key: string) {
    if (key === 'vvchat-simulator:ledger') probe.ledgerReads++;
    return getItem.call(this, key);
  };
  const seen = (node: Node) => {
    if (!(node instanceof Element)) return;
    for (const element of [node, ...node.querySelectorAll('*')]) {
      const status = element.matches('button.vvchat-button') ? element.getAttribute('data-status') : null;
      if (status && probe.statuses.at(-1) !== status) probe.statuses.push(status);
      const sheet = element.matches('[role=dialog]') ? element.getAttribute('data-sheet') : null;
      if (sheet) probe.sheets.push(sheet);
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') seen(record.target);
      else record.addedNodes.forEach(seen);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
}

/** A phone (390×844, touch, 2× pixels) in a fresh context: empty localStorage, no history. */
export async function openPhone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  return { context, page };
}

/**
 * Registers the file's browser hooks and returns `phone()`, which opens a fresh phone context
 * (closed after the test, which fails if the page had an uncaught error). One Chromium per file,
 * and one more with the back/forward cache on, launched for the first test that asks for it.
 */
export function setUpPhones(): (options?: { bfcache?: boolean }) => Promise<Page> {
  const browsers: Partial<Record<'default' | 'bfcache', Browser>> = {};
  const pages: { page: Page; errors: string[] }[] = [];
  beforeAll(async () => {
    browsers.default = await launchChromium();
  });
  afterEach(async () => {
    const open = pages.splice(0);
    await Promise.all(open.map(({ page }) => page.context().close()));
    for (const { errors } of open) expect(errors, 'uncaught errors and unhandled rejections on the page').toEqual([]);
  });
  afterAll(async () => {
    await Promise.all(Object.values(browsers).map((browser) => browser.close()));
  });
  return async ({ bfcache = false } = {}) => {
    const browser = bfcache ? (browsers.bfcache ??= await launchChromium({ bfcache: true })) : browsers.default!;
    const { page } = await openPhone(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    pages.push({ page, errors });
    return page;
  };
}

/** The flow's outcome element, `[data-testid=flow-result]`. */
export const flowResult = (page: Page): Locator => page.getByTestId('flow-result');

/** Opens `url` and waits until the story rendered its outcome element. */
export async function openStory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await flowResult(page).waitFor({ timeout: 15_000 });
}

/** What the probe saw on the page's current document. */
export function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as { __e2eProbe: Probe }).__e2eProbe);
}

/** The status `flow-result` shows now. */
export async function statusOf(page: Page): Promise<string> {
  return ((await flowResult(page).textContent()) ?? '').trim();
}

/** Waits (15 s, the contract's bound) until `flow-result` says `status`; fails saying what it saw. */
export async function waitForStatus(page: Page, status: string, timeout = 15_000): Promise<void> {
  try {
    await page.waitForFunction((expected) => document.querySelector('[data-testid=flow-result]')?.textContent?.trim() === expected, status, {
      timeout,
      polling: 50,
    });
  } catch {
    const seen = await probe(page).catch(() => undefined);
    throw new Error(
      `flow-result never said "${status}" within ${timeout} ms: it says "${await statusOf(page).catch(() => '?')}" ` +
        `(statuses on this page: ${seen?.statuses.join(' → ') ?? '?'}; url ${page.url()})`,
    );
  }
}

/**
 * Asserts that nothing happens for `ms`: `flow-result` keeps `status`, no sheet opens and no
 * backend call starts. A negative can only be watched for a while; `ms` is over three times the
 * simulator's latency (300 ms), the simulated backend's (200 ms) and the pay story's poll
 * interval (300 ms). The probe's status history catches what would happen at once.
 */
export async function expectQuiet(page: Page, status: string, ms = 1000): Promise<void> {
  const before = await probe(page);
  const until = Date.now() + ms;
  do {
    expect(await statusOf(page), 'flow-result').toBe(status);
    await page.waitForTimeout(100);
  } while (Date.now() < until);
  const after = await probe(page);
  expect(after.sheets, 'sheets opened meanwhile').toEqual(before.sheets);
  expect(after.ledgerReads, 'backend calls meanwhile').toBe(before.ledgerReads);
  expect(await page.getByRole('dialog').count(), 'open sheets').toBe(0);
}

/** The first top-level navigation request whose URL matches `match`; call before the action that navigates. */
export function nextNavigation(page: Page, match: (url: URL) => boolean): Promise<Request> {
  return page.waitForRequest((request) => request.isNavigationRequest() && request.frame() === page.mainFrame() && match(new URL(request.url())), {
    timeout: 15_000,
  });
}

/** The query parameters of the page's address bar. */
export async function addressBar(page: Page): Promise<URLSearchParams> {
  return new URL(await page.evaluate(() => location.href)).searchParams;
}

/** The accessible description Chromium computes for `selector`'s first match (through the DevTools protocol). */
export async function accessibleDescription(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const value: unknown = nodes[0]?.description?.value;
    return typeof value === 'string' ? value : '';
  } finally {
    await cdp.detach();
  }
}

/** What the simulated app and backend recorded in localStorage (shared by every page of the context). */
export interface Ledger {
  codes: Record<string, { used: boolean }>;
  orders: Record<string, unknown>;
  trades: Record<string, { status: string; tradeNo?: string }>;
}

/** Reads the simulator's ledger without counting it as a backend call. */
export async function ledger(page: Page): Promise<Ledger> {
  // A named property read, not `getItem`, which the probe counts.
  const text = await page.evaluate(() => (localStorage as unknown as Record<string, string | undefined>)['vvchat-simulator:ledger']);
  return { codes: {}, orders: {}, trades: {}, ...(JSON.parse(text ?? '{}') as Partial<Ledger>) };
}

/** Collects the page's top-level navigation requests from now on. */
export function recordNavigations(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) urls.push(request.url());
  });
  return urls;
}

/** The pay story's page ('Try it yourself': a ¥12 order, verified every 300 ms for 10 s). */
export const payUrl = (extra = ''): string => storyUrl(storyIds.pay, extra);

/**
 * Taps the QPay button and, when the order took so long that the tap's activation lapsed (status
 * `ready`, '继续支付'), taps once more: waits for the simulated app's pay sheet and returns it.
 */
export async function startPayment(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /QPay 支付/ }).tap();
  const sheet = page.getByRole('dialog', { name: 'QPay 支付' });
  const more = page.getByRole('button', { name: '继续支付' });
  await sheet.or(more).first().waitFor({ timeout: 15_000 });
  if (await more.isVisible()) await more.tap();
  await sheet.waitFor({ timeout: 15_000 });
  expect(await sheet.textContent(), 'the pay sheet shows the amount').toContain('¥12.00');
  return sheet;
}
