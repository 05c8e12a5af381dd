import { optional, param } from './query';

/** Options for {@link buildPayLink}. */
export interface PayLinkOptions {
  /** Your application's `app_id`. */
  appId: string;
  /** The `imprest_code` your backend got from the platform's unified-order call. */
  imprestCode: string;
  /** Absolute `http:`/`https:` URL the app opens with `?trade_no=…` after paying. */
  redirectUri?: string | undefined;
}

/**
 * Builds the `qyx://qpay` link that opens the VVChat pay sheet for an order.
 * Coming back to `redirectUri` proves nothing: ask your backend whether the order is paid.
 * Throws `VVChatError` `invalid_option` naming the bad option.
 *
 * @example
 * buildPayLink({ appId: 'APP_ID', imprestCode: 'IMPREST_CODE', redirectUri: 'https://shop.example/paid' });
 * // 'qyx://qpay?imprest_code=IMPREST_CODE&app_id=APP_ID&redirect_uri=https%3A%2F%2Fshop.example%2Fpaid'
 */
export function buildPayLink(options: PayLinkOptions): string {
  const o = options as Partial<PayLinkOptions> | undefined;
  // Checked in the parameters' order, so the first bad option is the one named.
  const imprestCode = param(o?.imprestCode, 'imprestCode', true);
  const appId = param(o?.appId, 'appId', true);
  return `qyx://qpay?imprest_code=${imprestCode}&app_id=${appId}${optional('redirect_uri', param(o?.redirectUri, 'redirectUri', false, true))}`;
}
