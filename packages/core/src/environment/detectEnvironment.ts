/**
 * In-app browsers that are known to block custom schemes like `qyx://` (or that we treat so).
 * `webview` is any other app's embedded browser: an Android System WebView (`; wv)`) or an iOS
 * WKWebView (no `Safari/` token), whose host app may or may not pass the link on.
 */
export type InAppBrowser =
  | 'wecom'
  | 'wechat'
  | 'qq'
  | 'weibo'
  | 'alipay'
  | 'dingtalk'
  | 'douyin'
  | 'tiktok'
  | 'baidu'
  | 'instagram'
  | 'facebook'
  | 'line'
  | 'webview';

/** The phone's system. `harmony` is HarmonyOS and OpenHarmony, older Android-based versions included. */
export type MobileOS = 'android' | 'ios' | 'harmony' | 'other';

/**
 * Where a page runs, as far as opening the VVChat app goes.
 * - `vvchat`: VVChat's own webview.
 * - `in-app`: another app's browser; `os` is `other` on a desktop (WeChat for Windows, say).
 * - `mobile`: an ordinary phone or tablet browser (Chrome, Safari, Samsung Internet, UC, Quark…).
 * - `desktop`: a Windows, macOS, Linux, ChromeOS or HarmonyOS PC browser: no VVChat app there.
 * - `unknown`: no user agent to go on (a server, an empty string).
 */
export type VVChatEnvironment =
  | { kind: 'vvchat' }
  | { kind: 'in-app'; app: InAppBrowser; os: MobileOS }
  | { kind: 'mobile'; os: MobileOS }
  | { kind: 'desktop' }
  | { kind: 'unknown' };

/**
 * VVChat's own webview. The platform document does not say what its user agent carries; we assume
 * the app appends a product token named after it, `VVChat/<version>` or `QYX/<version>` (企云信,
 * whose initials the `qyx://` scheme uses), in any case.
 */
const vvchatToken = /\b(?:VVChat|QYX)\//i;

/** What server runtimes put in `navigator.userAgent` (Node.js 21+ `Node.js/22`, Deno, Bun). */
const serverRuntime = /^(?:Node\.js|Deno|Bun)\//;

/** In-app browsers by their user-agent tokens, in order: the first that matches wins. */
const inAppBrowsers: readonly (readonly [InAppBrowser, RegExp])[] = [
  // WeCom's user agent carries MicroMessenger/ too.
  ['wecom', /wxwork\//i],
  ['wechat', /MicroMessenger\//i],
  // QQ itself; QQ Browser (MQQBrowser/, QQBrowser/) is an ordinary browser.
  ['qq', / QQ\//],
  // `Weibo (iPhone8,2__weibo__8.9.3__iphone__os12.0)`
  ['weibo', /weibo/i],
  ['alipay', /AlipayClient\//i],
  ['dingtalk', /DingTalk/i],
  // TikTok's user agent carries BytedanceWebview/ too, so it goes before Douyin (app name aweme).
  ['tiktok', /musical_ly|\btrill_|TikTok/i],
  ['douyin', /aweme|BytedanceWebview/i],
  ['baidu', /baiduboxapp/i],
  ['instagram', /Instagram/i],
  // Facebook and Messenger (FBAN/MessengerForiOS, FB_IAB/MESSENGER); newer iOS builds say MetaIAB.
  ['facebook', /FBAN|FBAV|FB_IAB|MetaIAB/],
  ['line', / Line\//],
  // Android System WebView in some other app, unless that app is a browser built on it
  // (VivoBrowser/, Mb2345Browser/, bdbrowser/, Edge on HarmonyOS 4). Anchored, so that a user agent
  // full of `; wv)` costs one pass, not one per occurrence.
  ['webview', /^(?=.*; wv\))(?!.*(?:browser\b|EdgA\/))/i],
  // An iOS app's WKWebView: no Safari/ token, which Safari and the browsers on iOS send, except a
  // few that name themselves instead (UCBrowser/, Quark/, DuckDuckGo's Ddg/).
  ['webview', /^(?=.*\(iP(?:hone|ad|od))(?!.*(?:Safari|Browser|Quark|Ddg|CriOS|FxiOS|EdgiOS)\/)/],
];

function mobileOS(userAgent: string, touchPoints: unknown): MobileOS {
  // HarmonyOS 2–4 also say Android.
  if (/OpenHarmony|HarmonyOS/i.test(userAgent)) return 'harmony';
  if (/Android/i.test(userAgent)) return 'android';
  // iPadOS 13+ Safari asks for desktop pages with a Mac's user agent; only touch gives it away.
  if (/iP(?:hone|ad|od)/.test(userAgent)) return 'ios';
  return /Macintosh/.test(userAgent) && typeof touchPoints === 'number' && touchPoints > 1 ? 'ios' : 'other';
}

/**
 * Tells where the page runs from its user agent: VVChat's own webview, an in-app browser that
 * blocks `qyx://` (with the app and the system), an ordinary phone or tablet browser, or a desktop.
 * Never throws; anything but a non-empty string is `unknown`, and so is a server's user agent.
 *
 * @param userAgent The user agent to read. Default: `navigator.userAgent` where there is a
 * `navigator`, else the result is `unknown` (pass the request's `User-Agent` header on a server).
 * @param maxTouchPoints Touch points of the device, which tell an iPad asking for desktop pages
 * (a `Macintosh` user agent, more than one touch point) from a Mac. Default:
 * `navigator.maxTouchPoints` when `userAgent` is not passed either, else none (a Mac).
 *
 * @example
 * detectEnvironment(); // in WeChat on an iPhone: { kind: 'in-app', app: 'wechat', os: 'ios' }
 *
 * @example
 * // On a server, from the request:
 * detectEnvironment(request.headers.get('user-agent') ?? undefined);
 * // 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) … Chrome/112.0.0.0 Safari/537.36' → { kind: 'desktop' }
 */
export function detectEnvironment(userAgent?: string, maxTouchPoints?: number): VVChatEnvironment {
  const fromNavigator = userAgent === undefined && typeof navigator !== 'undefined';
  const ua: unknown = fromNavigator ? navigator?.userAgent : userAgent;
  if (typeof ua !== 'string' || ua === '' || serverRuntime.test(ua)) return { kind: 'unknown' };
  if (vvchatToken.test(ua)) return { kind: 'vvchat' };
  const os = mobileOS(ua, maxTouchPoints ?? (fromNavigator ? navigator?.maxTouchPoints : undefined));
  const inApp = inAppBrowsers.find(([, token]) => token.test(ua));
  if (inApp !== undefined) return { kind: 'in-app', app: inApp[0], os };
  // A phone or tablet names its system, or says Mobile; a HarmonyOS PC names its system too, as `(PC;`.
  const mobile = os === 'other' ? /Mobi/i.test(ua) : !/\(PC;/.test(ua);
  return mobile ? { kind: 'mobile', os } : { kind: 'desktop' };
}
