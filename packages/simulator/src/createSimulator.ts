import {
  VVChatError,
  parseDeepLink,
  shareResultMessageType,
  type DeepLink,
  type Launcher,
  type LaunchOptions,
  type LaunchResult,
  type VVChatStorage,
} from '@vvchat/core';
import { randomId, withLedger } from './ledger';
import { coverPage } from './coverPage';
import { blockedIn, simulatorEnvironment, type SimulatorEnvironment } from './environment';
import { askToOpen } from './sheets/prompt';
import { element, openSheet, type SheetContent } from './sheets/sheet';
import { texts, type SimulatorLocale, type SimulatorTexts } from './texts';

/** Options of {@link createSimulator}. */
export interface SimulatorOptions {
  /**
   * Where the simulated page runs, so a desktop browser can show every case a merchant's page meets:
   * - `'phone'`: a phone's browser with VVChat installed: after `latencyMs` the app's sheet opens
   *   and the launch ends `opened`;
   * - `'no-app'`: a phone without VVChat: `not-opened` after `latencyMs`, with a sheet that shows
   *   where the page would now go (the launch's `fallbackUrl`);
   * - `'slow-prompt'`: the browser first asks "Open in VVChat?" (打开/取消, Open/Cancel), and the
   *   page is blurred (`blur`, then `focus` on `window`) until the user answers: Open goes on as
   *   `'phone'`, Cancel (or Escape) ends `not-opened`; the launch resolves only once answered;
   * - `'desktop'`: a desktop browser: `blocked` with `reason: 'desktop'`, unless the launch passes
   *   `desktop: 'launch'` (the provider's `desktop`), then as `'phone'`;
   * - `'no-user-activation'`: the launch is not inside a tap: `blocked` with `reason: 'no-user-activation'`;
   * - an in-app browser, `'wechat'`, `'wecom'`, `'qq'`, `'weibo'`, `'alipay'`, `'dingtalk'`,
   *   `'douyin'`, `'tiktok'`, `'baidu'`, `'instagram'`, `'facebook'` or `'line'`: `blocked` with
   *   `reason: 'in-app-browser'` and that `app`; `'webview'`, another app's generic webview, is
   *   tried as `'phone'` (as the browser's launcher does).
   *
   * A `blocked` launch resolves at once (`elapsedMs: 0`), shows nothing and navigates nowhere, as
   * the browser's launcher does. Anything else throws `VVChatError` `invalid_option`.
   * @default 'phone' ('no-app' with the deprecated `notInstalled: true`)
   * @example
   * <VVChatProvider appId="demo" launcher={createSimulator({ environment: 'wechat' })}>
   */
  environment?: SimulatorEnvironment | undefined;
  /**
   * Answer every sheet at once, without a click: `'approve'` (Allow, Pay, Share; Open in the
   * `'slow-prompt'` prompt) or `'deny'` (Deny, Cancel), `latencyMs` after it opened. For tests.
   */
  autoAnswer?: 'approve' | 'deny' | undefined;
  /** How long the simulated app takes to open (and, with `autoAnswer`, to answer). @default 300 */
  latencyMs?: number | undefined;
  /**
   * Behave as if VVChat were not installed: the launch ends `not-opened`. Ignored when
   * `environment` is given.
   * @deprecated Use `environment: 'no-app'`.
   */
  notInstalled?: boolean | undefined;
  /** The simulated app's (and the simulated browser prompt's) language. @default 'zh-CN' */
  locale?: SimulatorLocale | undefined;
  /** Shares the ledger of issued codes and paid orders with `createSimulatedBackend`. @default localStorage */
  storage?: VVChatStorage | null | undefined;
  /** Leaves for `redirect_uri`, as the app does. @default (url) => location.assign(url) */
  navigate?: ((url: string) => void) | undefined;
  /**
   * Where the app comes back to `redirect_uri` after an allowed login or a payment:
   * - `'same-tab'`: it navigates the launching tab (`navigate`);
   * - `'new-tab'`: it opens `redirect_uri` in a new tab (`openTab`), as the real app often does,
   *   and leaves the launching tab where it was, shown again as when the user switches back to
   *   it. When the browser blocks the tab (`openTab` throws), it navigates the launching tab.
   *
   * A denied login, a cancelled payment, shares and the chat window come back as with
   * `'same-tab'`. Anything else throws `VVChatError` `invalid_option`.
   * @default 'same-tab'
   * @example
   * // Try the hand-over between tabs: the new tab finishes the login, this one follows.
   * <VVChatProvider appId="demo" launcher={createSimulator({ returnIn: 'new-tab' })}>
   */
  returnIn?: 'same-tab' | 'new-tab' | undefined;
  /**
   * Opens `redirect_uri` in a new tab, with `returnIn: 'new-tab'`. Throw to say the browser
   * blocked it. (With `noopener`, `window.open` returns `null` even when the tab opened, so the
   * default can only report a block that throws.)
   * @default (url) => window.open(url, '_blank', 'noopener')
   */
  openTab?: ((url: string) => void) | undefined;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates a {@link Launcher} that stands in for the VVChat app on the page: instead of leaving
 * for `qyx://…`, it shows what the app would (a consent sheet, a pay sheet, a share sheet, a
 * chat window; each a keyboard-operable `role="dialog"`) and answers as the app does: back to
 * `redirect_uri` with `code`/`state`/`err_code` or `trade_no`, or a share result message.
 * An invalid link shows an error sheet that says what is wrong with it. With `environment` it
 * reproduces where the page runs: no app, the browser's "Open in VVChat?" prompt, a desktop, an
 * in-app browser, a launch outside a tap. Each result carries `evidence`, as the browser's
 * launcher's does. For development, Storybook and tests only.
 *
 * @example
 * <VVChatProvider appId="demo" launcher={createSimulator()}>
 *   <App />
 * </VVChatProvider>
 * @example
 * // What WeChat's browser answers: { outcome: 'blocked', reason: 'in-app-browser', app: 'wechat', … }
 * await createSimulator({ environment: 'wechat' }).launch(link);
 */
export function createSimulator(options: SimulatorOptions = {}): Launcher {
  const { autoAnswer, latencyMs = 300, locale = 'zh-CN', storage } = options;
  // The deprecated alias is still honoured, so it is read here and nowhere else.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const environment = simulatorEnvironment(options.environment, options.notInstalled);
  const t = texts[locale];
  const navigate = options.navigate ?? ((url: string) => location.assign(url));
  const openTab = returnsInNewTab(options.returnIn)
    ? (options.openTab ?? ((url: string) => void window.open(url, '_blank', 'noopener')))
    : undefined;

  return {
    async launch(link: string, launchOptions?: LaunchOptions): Promise<LaunchResult> {
      if (typeof document === 'undefined') throw new VVChatError('no_browser', 'the simulator needs a browser page');
      const blocked = blockedIn(environment, launchOptions);
      if (blocked) return blocked;
      // The prompt's time counts too: the verdict comes that much later.
      let promptMs = 0;
      const blurred = environment === 'slow-prompt';
      if (blurred) {
        const start = Date.now();
        const open = await askToOpen(document, t, { autoAnswer, latencyMs, signal: launchOptions?.signal });
        promptMs = Date.now() - start;
        if (!open) return { outcome: 'not-opened', elapsedMs: promptMs, evidence: { signal: 'focus', blurred } };
      }
      await delay(latencyMs);
      const elapsedMs = promptMs + latencyMs;
      if (environment === 'no-app') {
        showNotInstalled(t, launchOptions?.fallbackUrl);
        return { outcome: 'not-opened', elapsedMs, evidence: { signal: 'timeout', blurred: false } };
      }
      const opened: LaunchResult = { outcome: 'opened', elapsedMs, evidence: { signal: 'hidden', blurred } };
      let deepLink: DeepLink;
      try {
        deepLink = parseDeepLink(link);
      } catch (error) {
        showInvalid(t, link, error as VVChatError);
        return opened;
      }
      const sheet = openSheet(document, t, sheetFor(deepLink, t, storage, (approve) => {
        sheet.close();
        answer(approve);
      }));
      // The real app covers the browser: the page is hidden until the user comes back.
      const uncover = coverPage(document);
      const answer = (approve: boolean) => respond(deepLink, approve, { t, storage, uncover, navigate, openTab });
      if (autoAnswer) {
        void delay(latencyMs).then(() => {
          if (!sheet.dialog.isConnected) return;
          sheet.close();
          answer(autoAnswer === 'approve');
        });
      }
      return opened;
    },
  };
}

/** Whether `returnIn` asks for a new tab; throws `invalid_option` for anything but the two values. */
function returnsInNewTab(returnIn: unknown): boolean {
  if (returnIn === undefined || returnIn === 'same-tab') return false;
  if (returnIn === 'new-tab') return true;
  const got = typeof returnIn === 'string' ? JSON.stringify(returnIn) : typeof returnIn;
  throw new VVChatError('invalid_option', `returnIn must be 'same-tab' or 'new-tab'; got ${got}`);
}

/** How the app gets back to the page: `navigate` this tab, or `openTab` (given with `returnIn: 'new-tab'`). */
interface ReturnTrip {
  uncover: () => void;
  navigate: (url: string) => void;
  openTab: ((url: string) => void) | undefined;
}

/** Comes back to `url`: in a new tab when there is `openTab` and the browser lets it open one, else in this tab. */
function returnTo(url: string, { uncover, navigate, openTab }: ReturnTrip) {
  if (openTab) {
    try {
      openTab(url);
      // This tab stays as it was, and shows again once the user switches back to it.
      uncover();
      return;
    } catch (error) {
      if (process.env.NODE_ENV !== 'production') console.warn('[vvchat] the simulator could not open a new tab, so it comes back in this one:', error);
    }
  }
  uncover();
  navigate(url);
}

/** What the app sends back for each link, once the user answered. */
function respond(
  link: DeepLink,
  approve: boolean,
  { t, storage, ...trip }: { t: SimulatorTexts; storage: VVChatStorage | null | undefined } & ReturnTrip,
) {
  const { uncover } = trip;
  if (link.action === 'login') {
    const params: Record<string, string> = { err_code: approve ? '0' : '1' };
    if (approve) {
      const code = randomId('SIMCODE');
      withLedger(storage, (ledger) => (ledger.codes[code] = { appId: link.appId, used: false }));
      params.code = code;
    }
    if (link.state) params.state = link.state;
    // Only an allowed login opens a new tab; a denial comes back to the tab that asked.
    returnTo(withParams(link.redirectUri, params), approve ? trip : { ...trip, openTab: undefined });
  } else if (link.action === 'pay') {
    const tradeNo = approve ? randomId('SIMTRADE') : undefined;
    withLedger(storage, (ledger) => {
      // A paid order stays paid: cancelling a second pay sheet for it changes nothing.
      if (ledger.trades[link.imprestCode]?.status === 'paid') return;
      ledger.trades[link.imprestCode] = approve ? { status: 'paid', ...(tradeNo && { tradeNo }) } : { status: 'cancelled' };
    });
    // Paid: back to redirect_uri with trade_no (in this tab or a new one). Cancelled (or no redirect_uri): the user just
    // returns to the page, which the pay flow notices when the page is shown again.
    if (tradeNo && link.redirectUri) returnTo(withParams(link.redirectUri, { trade_no: tradeNo }), trip);
    else uncover();
  } else if (link.action === 'share') {
    const result = approve ? { code: 200 } : { code: 400, err_msg: t.shareCancelled };
    postMessage({ type: shareResultMessageType, result }, location.origin);
    // Shown again after the message is queued, as the real app's result comes before the return.
    setTimeout(uncover, 0);
  } else {
    uncover();
  }
}

/** `url` with `params` added to its query (before any hash). */
function withParams(url: string, params: Record<string, string>): string {
  const target = new URL(url);
  for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
  return target.href;
}

function sheetFor(
  link: DeepLink,
  t: SimulatorTexts,
  storage: VVChatStorage | null | undefined,
  answer: (approve: boolean) => void,
): SheetContent {
  const doc = document;
  const actions = (yes: string, no: string) => [
    { label: no, onClick: () => answer(false) },
    { label: yes, primary: true, onClick: () => answer(true) },
  ];
  const base = { onDismiss: () => answer(false), kind: link.action };
  switch (link.action) {
    case 'login':
      return { ...base, title: t.loginTitle, body: [element(doc, 'p', {}, [t.loginBody(link.appId, link.scope)])], actions: actions(t.allow, t.deny) };
    case 'pay': {
      const order = withLedger(storage, (ledger) => ledger.orders[link.imprestCode]);
      const body: Node[] = [element(doc, 'p', {}, [t.payBody(link.imprestCode)])];
      if (order?.amount !== undefined) {
        const amount = new Intl.NumberFormat(t === texts.en ? 'en' : 'zh-CN', { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' });
        body.push(element(doc, 'p', { 'data-amount': '' }, [`${t.amount}: ${amount.format(order.amount)}`]));
      }
      if (order?.subject) body.push(element(doc, 'p', { class: 'vvchat-sim__muted' }, [order.subject]));
      return { ...base, title: t.payTitle, body, actions: actions(t.pay, t.cancel) };
    }
    case 'share':
      return { ...base, title: t.shareTitle, body: shareCard(doc, link), actions: actions(t.share, t.cancel) };
    case 'customer-service':
      return {
        ...base,
        title: t.chatTitle,
        body: chatWindow(doc, t),
        actions: [{ label: t.close, primary: true, onClick: () => answer(true) }],
        onDismiss: () => answer(true),
      };
  }
}

function shareCard(doc: Document, link: DeepLink & { action: 'share' }): Node[] {
  const lines = typeof link.data === 'object' ? link.data.data : undefined;
  return [
    element(doc, 'div', { class: 'vvchat-sim__card' }, [
      ...(link.thumbUrl ? [element(doc, 'img', { src: link.thumbUrl, alt: '' })] : []),
      element(doc, 'div', {}, [
        element(doc, 'strong', {}, [link.title]),
        ...(link.subTitle ? [element(doc, 'div', { class: 'vvchat-sim__muted' }, [link.subTitle])] : []),
        element(doc, 'div', { class: 'vvchat-sim__muted' }, [link.url]),
      ]),
    ]),
    ...(lines ? [element(doc, 'ul', { class: 'vvchat-sim__lines', 'data-template': '' }, lines.map((line) => element(doc, 'li', {}, [line])))] : []),
    ...(typeof link.data === 'string' ? [element(doc, 'p', { class: 'vvchat-sim__muted' }, [link.data])] : []),
  ];
}

function chatWindow(doc: Document, t: SimulatorTexts): Node[] {
  const messages = element(doc, 'div', { class: 'vvchat-sim__messages', role: 'log', 'aria-live': 'polite' }, [
    element(doc, 'div', {}, [element(doc, 'span', { class: 'vvchat-sim__bubble' }, [t.chatGreeting])]),
  ]);
  const input = element(doc, 'input', { type: 'text', 'aria-label': t.chatPlaceholder, placeholder: t.chatPlaceholder });
  const send = element(doc, 'button', { type: 'button' }, [t.send]);
  const post = () => {
    if (!input.value.trim()) return;
    messages.append(element(doc, 'div', { class: 'vvchat-sim__mine' }, [element(doc, 'span', { class: 'vvchat-sim__bubble' }, [input.value])]));
    input.value = '';
  };
  send.addEventListener('click', post);
  // Not while an input method is composing: that Enter picks a candidate (Chinese, Japanese…).
  input.addEventListener('keydown', (event) => event.key === 'Enter' && !event.isComposing && post());
  return [messages, element(doc, 'div', { class: 'vvchat-sim__compose' }, [input, send])];
}

function showInvalid(t: SimulatorTexts, link: string, error: VVChatError) {
  const sheet = openSheet(document, t, {
    kind: 'invalid',
    title: t.invalidTitle,
    body: [element(document, 'p', { class: 'vvchat-sim__error' }, [error.message]), element(document, 'p', { class: 'vvchat-sim__muted' }, [link])],
    actions: [{ label: t.close, primary: true, onClick: () => sheet.close() }],
    onDismiss: () => sheet.close(),
  });
}

function showNotInstalled(t: SimulatorTexts, fallbackUrl: string | undefined) {
  const sheet = openSheet(document, t, {
    kind: 'not-installed',
    title: t.notInstalledTitle,
    body: [
      element(document, 'p', {}, [t.notInstalledBody]),
      // Only an http(s) fallback becomes a link, as only those are ever navigated to.
      fallbackUrl && /^https?:\/\//i.test(fallbackUrl)
        ? element(document, 'a', { href: fallbackUrl, 'data-fallback': '' }, [fallbackUrl])
        : element(document, 'p', {}, [fallbackUrl ? `${t.invalidFallback} ${fallbackUrl}` : t.noFallback]),
    ],
    actions: [{ label: t.close, primary: true, onClick: () => sheet.close() }],
    onDismiss: () => sheet.close(),
  });
}
