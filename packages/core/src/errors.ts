import type { InAppBrowser } from './environment/detectEnvironment';

/**
 * Why a launcher did not navigate: a blocking in-app browser (WeChat, QQ, Weibo…), a desktop
 * (no VVChat app there), or no user activation (the launch was not inside a tap).
 */
export type BlockReason = 'in-app-browser' | 'desktop' | 'no-user-activation';

/**
 * Every code a {@link VVChatError} can carry.
 *
 * - `invalid_option`: an option passed to a builder, `startLogin` or `launch` is missing or malformed.
 * - `invalid_link`: `parseDeepLink` was given something that is not a valid VVChat deep link.
 * - `invalid_callback`: a login, pay or share callback is malformed.
 * - `state_mismatch`: a login callback's `state` is missing, unknown, already used or expired.
 * - `login_denied`: the user did not grant the login (`err_code` is on `error.errCode`).
 * - `no_browser`: a launch was asked for outside a browser.
 * - `launch_failed`: the navigation (or a custom launcher) threw or rejected.
 * - `launch_pending`: a different link was launched while a launch is still being watched.
 * - `aborted`: the launch's `AbortSignal` fired.
 * - `not_opened`: the VVChat app did not come to the front (not installed, or the user stayed).
 * - `blocked`: the launcher did not try, because the link cannot open the app here; `error.reason`
 *   says why (`in-app-browser`, with `error.app`; `desktop`; `no-user-activation`).
 * - `copy_failed`: the browser refused to copy a link to the clipboard.
 * - `no_crypto`: `crypto.getRandomValues` is missing, so no safe `state` can be made.
 * - `exchange_failed`, `order_failed`, `payment_unverified`: the app's own backend calls
 *   (`exchangeCode`, `createOrder`, `verifyPayment`) failed or gave no final answer.
 */
export type VVChatErrorCode =
  | 'invalid_option'
  | 'invalid_link'
  | 'invalid_callback'
  | 'state_mismatch'
  | 'login_denied'
  | 'no_browser'
  | 'launch_failed'
  | 'launch_pending'
  | 'aborted'
  | 'not_opened'
  | 'blocked'
  | 'copy_failed'
  | 'no_crypto'
  | 'exchange_failed'
  | 'order_failed'
  | 'payment_unverified';

/** Options for {@link VVChatError}. */
export interface VVChatErrorOptions {
  /** The original error, when this one wraps another. */
  cause?: unknown;
  /** The platform's numeric `err_code`, for `login_denied`. */
  errCode?: number | undefined;
  /** Why a launch was `blocked`. */
  reason?: BlockReason | undefined;
  /** The in-app browser that blocked the launch, for `reason: 'in-app-browser'`. */
  app?: InAppBrowser | undefined;
}

/**
 * The one error class of the VVChat SDK: every failure a caller can meet has a `code`.
 *
 * @example
 * try {
 *   buildLoginLink({ appId: '', redirectUri: location.href });
 * } catch (error) {
 *   if (isVVChatError(error) && error.code === 'invalid_option') console.warn(error.message);
 * }
 */
export class VVChatError extends Error {
  /** What went wrong, as a stable string you can switch on. */
  declare readonly code: VVChatErrorCode;
  /** The platform's `err_code`, for `login_denied`. */
  declare readonly errCode?: number;
  /** Why a launch was `blocked`: show the matching guidance (open in the browser, scan on a phone, tap again). */
  declare readonly reason?: BlockReason;
  /** For `reason: 'in-app-browser'`: which app's browser the page is in (its menu differs). */
  declare readonly app?: InAppBrowser;

  constructor(code: VVChatErrorCode, message: string, options?: VVChatErrorOptions) {
    super(message);
    Object.assign(this, { name: 'VVChatError', code }, options);
  }
}

/**
 * Whether `value` is a {@link VVChatError}, also when it comes from another copy of this package.
 *
 * @example
 * if (isVVChatError(error) && error.code === 'state_mismatch') startOver();
 */
export function isVVChatError(value: unknown): value is VVChatError {
  return (
    value instanceof VVChatError ||
    (value instanceof Error && value.name === 'VVChatError' && typeof (value as { code?: unknown }).code === 'string')
  );
}

