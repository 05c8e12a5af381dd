import { VVChatError, type InAppBrowser, type LaunchOptions, type LaunchResult } from '@vvchat/core';

/**
 * Where the simulated page runs, as far as opening VVChat goes:
 * - `'phone'`: a phone's browser with VVChat installed: the app's sheet opens (`opened`);
 * - `'no-app'`: a phone without VVChat: `not-opened` after `latencyMs`, and a sheet that shows
 *   where the page would now go (the launch's `fallbackUrl`);
 * - `'slow-prompt'`: the browser first asks "Open in VVChat?" (Safari, some Android browsers):
 *   the page is blurred until the user answers; Open goes on as `'phone'`, Cancel ends `not-opened`;
 * - `'desktop'`: a desktop browser: `blocked` (`reason: 'desktop'`), unless the launch passes
 *   `desktop: 'launch'` (then as `'phone'`);
 * - `'no-user-activation'`: the launch is not inside a tap: `blocked` (`reason: 'no-user-activation'`);
 * - an in-app browser (`'wechat'`, `'qq'`, `'weibo'`, `'alipay'`, `'dingtalk'`, …): `blocked`
 *   (`reason: 'in-app-browser'`, with `app`); `'webview'`, another app's generic webview, is tried
 *   as `'phone'`, as the browser's launcher does.
 */
export type SimulatorEnvironment = 'phone' | 'no-app' | 'slow-prompt' | 'desktop' | 'no-user-activation' | InAppBrowser;

/** Every environment, the in-app browsers included (a `Record`, so a new `InAppBrowser` must be added here). */
const environments: Record<SimulatorEnvironment, true> = {
  phone: true,
  'no-app': true,
  'slow-prompt': true,
  desktop: true,
  'no-user-activation': true,
  wecom: true,
  wechat: true,
  qq: true,
  weibo: true,
  alipay: true,
  dingtalk: true,
  douyin: true,
  tiktok: true,
  baidu: true,
  instagram: true,
  facebook: true,
  line: true,
  webview: true,
};

/** The environments that are not an in-app browser. */
const ownEnvironments = ['phone', 'no-app', 'slow-prompt', 'desktop', 'no-user-activation'];

/**
 * @internal The environment `createSimulator` runs in: `environment` when given, else `'no-app'`
 * for the deprecated `notInstalled: true`, else `'phone'`. Throws `invalid_option` for anything
 * that is not a {@link SimulatorEnvironment}.
 */
export function simulatorEnvironment(environment: unknown, notInstalled: boolean | undefined): SimulatorEnvironment {
  if (environment === undefined) return notInstalled ? 'no-app' : 'phone';
  if (typeof environment === 'string' && Object.hasOwn(environments, environment)) return environment as SimulatorEnvironment;
  const got = typeof environment === 'string' ? JSON.stringify(environment) : typeof environment;
  const apps = Object.keys(environments).filter((name) => !ownEnvironments.includes(name));
  throw new VVChatError(
    'invalid_option',
    `environment must be ${ownEnvironments.map((name) => `'${name}'`).join(', ')} or an in-app browser (${apps.map((name) => `'${name}'`).join(', ')}); got ${got}`,
  );
}

/**
 * @internal What the browser's launcher answers before navigating in `environment`: `blocked` in
 * a blocking in-app browser, on a desktop (unless the launch asks for `desktop: 'launch'`) and
 * outside a tap; `undefined` when the launch is tried.
 */
export function blockedIn(environment: SimulatorEnvironment, options: LaunchOptions | undefined): LaunchResult | undefined {
  switch (environment) {
    case 'phone':
    case 'no-app':
    case 'slow-prompt':
    case 'webview':
      return undefined;
    case 'desktop':
      return options?.desktop === 'launch'
        ? undefined
        : { outcome: 'blocked', reason: 'desktop', elapsedMs: 0, evidence: { signal: 'environment', blurred: false } };
    case 'no-user-activation':
      return { outcome: 'blocked', reason: 'no-user-activation', elapsedMs: 0, evidence: { signal: 'activation', blurred: false } };
    default:
      return { outcome: 'blocked', reason: 'in-app-browser', app: environment, elapsedMs: 0, evidence: { signal: 'environment', blurred: false } };
  }
}
