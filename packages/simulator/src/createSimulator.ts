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
import type { AnsweredSheet, AnswerOptions, SimulatorAnswer } from './answers';
import { randomId, withLedger } from './ledger';
import { coverPage } from './coverPage';
import { blockedIn, simulatorEnvironment, type SimulatorEnvironment } from './environment';
import { oneOf } from './options';
import { answerOpenSheet } from './sheets/answerOpenSheet';
import { askToOpen } from './sheets/prompt';
import { element, openSheet, uniqueId, type SheetContent } from './sheets/sheet';
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
   * `'slow-prompt'` prompt) or `'deny'` (Deny, Cancel), `latencyMs` after it opened. For demos;
   * a test that decides each answer itself calls {@link SimulatorLauncher.answer} instead.
   */
  autoAnswer?: SimulatorAnswer | undefined;
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
  /**
   * How the result of a share comes back to the page:
   * - `'message'`: as the platform says the caller "receives a callback": a `message` event on
   *   this window, from its own origin, with `{ type: 'vvchat:share-result', result: { code: 200 } }`
   *   (or `code: 400` with `err_msg` after Cancel), which the SDK's default share result channel
   *   reads; the page is shown again just after;
   * - `'never'`: the app never reports it, as the platform leaves its channel unspecified and an
   *   app version or integration may send nothing: the page is only shown again. The share flow
   *   then ends `unknown` a moment after the user came back (`useShare().status`, and
   *   `ShareButton` offers to share again), never `success`: rehearse that UI with it.
   *
   * The default is `'message'` because it is what the platform document describes, what the
   * flow stories and the apps' tests built on the simulator expect, and the only way to see a
   * share `success` or `failed` at all. Anything else throws `VVChatError` `invalid_option`.
   * @default 'message'
   * @example
   * // What your page shows when VVChat never says how the share went.
   * <VVChatProvider appId="demo" launcher={createSimulator({ shareResult: 'never' })}>
   */
  shareResult?: 'message' | 'never' | undefined;
}

/**
 * What {@link createSimulator} returns: a {@link Launcher} (give it to `VVChatProvider`), which
 * tests can also answer without knowing the sheets' labels.
 *
 * @example
 * const simulator: SimulatorLauncher = createSimulator();
 * <VVChatProvider appId="demo" launcher={simulator}>…</VVChatProvider>; // a Launcher as before
 * await simulator.answer('approve');
 */
export interface SimulatorLauncher extends Launcher {
  /**
   * Answers this simulator's sheet as a user's tap would (see {@link SimulatorAnswer} for which
   * button each answer presses): the newest one open, or the one named by `options.name`. When
   * none is open yet, it waits for one (up to `options.timeoutMs`, 3000 ms by default), so it can
   * be called right after the tap that launches. Resolves with the sheet it answered; what the
   * app then does (the way back to `redirect_uri`, the share result) follows as after a click.
   * Rejects `VVChatError` `not_opened` when no such sheet opened in time, `invalid_option` for an
   * unknown answer. Sheets of other simulators on the page are left alone; to answer any
   * simulator's sheet (one your app created), use `answerSheet` from `@vvchat/simulator/testing`.
   *
   * @example
   * const simulator = createSimulator({ latencyMs: 0 });
   * render(<VVChatProvider appId="demo" launcher={simulator}><Checkout /></VVChatProvider>);
   * fireEvent.click(screen.getByRole('button', { name: /QPay 支付/ }));
   * await act(() => simulator.answer('approve')); // 确认支付 (Pay)
   */
  answer: (answer: SimulatorAnswer, options?: AnswerOptions) => Promise<AnsweredSheet>;
}

let simulatorCount = 0;

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
 * @example
 * // In a test: answer the sheet without knowing its labels.
 * const simulator = createSimulator({ latencyMs: 0 });
 * await simulator.launch(buildLoginLink({ appId: 'demo', redirectUri: location.href }));
 * await simulator.answer('approve'); // { kind: 'login', name: '授权登录' }
 */
export function createSimulator(options: SimulatorOptions = {}): SimulatorLauncher {
  const { autoAnswer, latencyMs = 300, locale = 'zh-CN', storage } = options;
  const shareResult = oneOf('shareResult', options.shareResult, ['message', 'never']);
  // Each simulator marks its sheets, so that its `answer` never takes another's.
  const owner = `simulator-${++simulatorCount}`;
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
        const open = await askToOpen(document, t, { autoAnswer, latencyMs, signal: launchOptions?.signal, owner });
        promptMs = Date.now() - start;
        if (!open) return { outcome: 'not-opened', elapsedMs: promptMs, evidence: { signal: 'focus', blurred } };
      }
      await delay(latencyMs);
      const elapsedMs = promptMs + latencyMs;
      if (environment === 'no-app') {
        showNotInstalled(t, owner, launchOptions?.fallbackUrl);
        return { outcome: 'not-opened', elapsedMs, evidence: { signal: 'timeout', blurred: false } };
      }
      const opened: LaunchResult = { outcome: 'opened', elapsedMs, evidence: { signal: 'hidden', blurred } };
      let deepLink: DeepLink;
      try {
        deepLink = parseDeepLink(link);
      } catch (error) {
        showInvalid(t, owner, link, error as VVChatError);
        return opened;
      }
      const sheet = openSheet(document, t, sheetFor(deepLink, t, { storage, owner }, (approve) => {
        sheet.close();
        answer(approve);
      }));
      // The real app covers the browser: the page is hidden until the user comes back.
      const uncover = coverPage(document);
      const answer = (approve: boolean) => respond(deepLink, approve, { t, storage, shareResult, uncover, navigate, openTab });
      if (autoAnswer) {
        void delay(latencyMs).then(() => {
          if (!sheet.dialog.isConnected) return;
          sheet.close();
          answer(autoAnswer === 'approve');
        });
      }
      return opened;
    },
    answer: (answer, answerOptions) => answerOpenSheet(answer, answerOptions, owner),
  };
}

/** Whether `returnIn` asks for a new tab; throws `invalid_option` for anything but the two values. */
function returnsInNewTab(returnIn: unknown): boolean {
  return oneOf('returnIn', returnIn, ['same-tab', 'new-tab']) === 'new-tab';
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
  { t, storage, shareResult, ...trip }: { t: SimulatorTexts; storage: VVChatStorage | null | undefined; shareResult: 'message' | 'never' } & ReturnTrip,
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
    if (shareResult === 'message') {
      const data = { type: shareResultMessageType, result: approve ? { code: 200 } : { code: 400, err_msg: t.shareCancelled } };
      // A task later, as `postMessage` delivers, but dispatched with this page's origin: jsdom's
      // `postMessage` leaves `origin` empty, which the SDK's channel rightly ignores.
      setTimeout(() => dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: window })), 0);
    }
    // Shown again after the result is queued, as the real app's result comes before the return.
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
  { storage, owner }: { storage: VVChatStorage | null | undefined; owner: string },
  answer: (approve: boolean) => void,
): SheetContent {
  const doc = document;
  const actions = (yes: string, no: string) => [
    { label: no, onClick: () => answer(false), answers: ['deny' as const] },
    { label: yes, primary: true, onClick: () => answer(true), answers: ['approve' as const] },
  ];
  const base = { onDismiss: () => answer(false), kind: link.action, owner };
  switch (link.action) {
    case 'login':
      return { ...base, title: t.loginTitle, body: [element(doc, 'p', {}, [t.loginBody(link.appId, link.scope)])], actions: actions(t.allow, t.deny) };
    case 'pay':
      return { ...base, title: t.payTitle, ...paySummary(doc, t, link.imprestCode, storage), actions: actions(t.pay, t.cancel) };
    case 'share':
      return { ...base, title: t.shareTitle, body: [shareCard(doc, link)], actions: actions(t.share, t.cancel) };
    case 'customer-service':
      return {
        ...base,
        title: t.chatTitle,
        body: chatWindow(doc, t),
        actions: [{ label: t.close, primary: true, onClick: () => answer(true), answers: ['approve', 'deny'] }],
        onDismiss: () => answer(true),
      };
  }
}

/**
 * The pay sheet's body. The link carries only the `imprest_code`; the amount and subject come
 * from the order the simulated backend wrote to the shared ledger. A known amount is the
 * headline, as in the real app, and describes the dialog with the subject; an order the simulator
 * does not know (your own backend made it) shows its code alone.
 */
function paySummary(doc: Document, t: SimulatorTexts, imprestCode: string, storage: VVChatStorage | null | undefined): Pick<SheetContent, 'body' | 'describedBy'> {
  const order = withLedger(storage, (ledger) => ledger.orders[imprestCode]);
  const line = (text: string, attributes: Record<string, string>) => element(doc, 'p', { id: uniqueId('pay'), ...attributes }, [text]);
  const amount =
    order?.amount !== undefined
      ? line(new Intl.NumberFormat(t.lang, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }).format(order.amount), {
          class: 'vvchat-sim__amount',
          'data-amount': String(order.amount),
        })
      : undefined;
  const subject = order?.subject ? line(order.subject, {}) : undefined;
  const code = line(t.payBody(imprestCode), { class: 'vvchat-sim__muted' });
  const described = amount ? [amount, subject] : [code];
  return {
    body: [amount, subject, code].filter((node) => node !== undefined),
    describedBy: described.flatMap((node) => (node ? [node.id] : [])),
  };
}

/**
 * The card the chat will show: thumbnail, title, sub-title, the template's lines (an advanced
 * share's `share_data_url`; a string that is not a template is shown as it is), and the link.
 * An `article` named by its title.
 */
function shareCard(doc: Document, link: DeepLink & { action: 'share' }): HTMLElement {
  const titleId = uniqueId('card');
  const template = typeof link.data === 'object' ? link.data : undefined;
  return element(doc, 'article', { class: 'vvchat-sim__card', 'aria-labelledby': titleId }, [
    ...(link.thumbUrl ? [element(doc, 'img', { src: link.thumbUrl, alt: '' })] : []),
    element(doc, 'div', {}, [
      element(doc, 'strong', { id: titleId }, [link.title]),
      ...(link.subTitle ? [element(doc, 'div', { class: 'vvchat-sim__muted' }, [link.subTitle])] : []),
      ...(template?.data.length
        ? [element(doc, 'ul', { class: 'vvchat-sim__lines', 'data-template': template.tplType }, template.data.map((line) => element(doc, 'li', {}, [line])))]
        : []),
      ...(typeof link.data === 'string' ? [element(doc, 'div', { class: 'vvchat-sim__muted' }, [link.data])] : []),
      element(doc, 'div', { class: 'vvchat-sim__muted' }, [link.url]),
    ]),
  ]);
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

function showInvalid(t: SimulatorTexts, owner: string, link: string, error: VVChatError) {
  const sheet = openSheet(document, t, {
    kind: 'invalid',
    owner,
    title: t.invalidTitle,
    body: [element(document, 'p', { class: 'vvchat-sim__error' }, [error.message]), element(document, 'p', { class: 'vvchat-sim__muted' }, [link])],
    actions: [{ label: t.close, primary: true, onClick: () => sheet.close(), answers: ['approve', 'deny'] }],
    onDismiss: () => sheet.close(),
  });
}

function showNotInstalled(t: SimulatorTexts, owner: string, fallbackUrl: string | undefined) {
  const sheet = openSheet(document, t, {
    kind: 'not-installed',
    owner,
    title: t.notInstalledTitle,
    body: [
      element(document, 'p', {}, [t.notInstalledBody]),
      // Only an http(s) fallback becomes a link, as only those are ever navigated to.
      fallbackUrl && /^https?:\/\//i.test(fallbackUrl)
        ? element(document, 'a', { href: fallbackUrl, 'data-fallback': '' }, [fallbackUrl])
        : element(document, 'p', {}, [fallbackUrl ? `${t.invalidFallback} ${fallbackUrl}` : t.noFallback]),
    ],
    actions: [{ label: t.close, primary: true, onClick: () => sheet.close(), answers: ['approve', 'deny'] }],
    onDismiss: () => sheet.close(),
  });
}
