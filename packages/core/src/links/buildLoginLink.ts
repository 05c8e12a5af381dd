import { param } from './query';

/** Options for {@link buildLoginLink}. */
export interface LoginLinkOptions {
  /** Your application's `app_id`, issued by the VVChat open platform. */
  appId: string;
  /** Absolute `http:`/`https:` URL the app opens with `?code=…&state=…&err_code=…`. */
  redirectUri: string;
  /**
   * The permission asked for. Default `'snsapi_userinfo'` (the user's profile); the platform
   * grants other permissions for other scopes.
   * @default 'snsapi_userinfo'
   */
  scope?: 'snsapi_userinfo' | (string & {}) | undefined;
  /** CSRF state echoed back to `redirectUri`. Prefer `startLogin`, which makes and stores one for you. */
  state?: string | undefined;
}

/**
 * Builds the `qyx://thirdlogin` link that asks the VVChat app for a login code.
 * Every value is percent-encoded; an absent or blank `state` is left out.
 * Throws `VVChatError` `invalid_option` naming the bad option.
 *
 * @example
 * buildLoginLink({ appId: 'test', state: 'xxxxx', redirectUri: 'http://xxxx.com' });
 * // 'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&state=xxxxx&redirect_uri=http%3A%2F%2Fxxxx.com'
 */
export function buildLoginLink(options: LoginLinkOptions): string {
  // `?.`: a JavaScript caller may pass nothing, or null (then appId is the option named).
  // Checked in the parameters' order, so the first bad option is the one named. `state` is written
  // inline rather than with `optional()`: `buildLoginLink` alone has a 450 B budget (.size-limit.js).
  const appId = param(options?.appId, 'appId', true);
  const scope = param(options?.scope, 'scope') ?? 'snsapi_userinfo';
  const state = param(options?.state, 'state');
  return `qyx://thirdlogin?app_id=${appId}&scope=${scope}${state ? `&state=${state}` : ''}&redirect_uri=${param(options?.redirectUri, 'redirectUri', true, true)}`;
}
