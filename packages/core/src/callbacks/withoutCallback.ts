import { findLoginCallback } from './findLoginCallback';
import { findPayReturn } from './findPayReturn';

/**
 * `url` without this SDK's callback for `appId` (its login `code`/`state`/`err_code`, a pay
 * return's `trade_no`), every other parameter and the hash kept byte for byte: a page's own
 * `state` or `code`, and another provider's callback, stay. The default `redirect_uri`.
 *
 * @example
 * withoutCallback('https://shop.example/stores?state=CA&city=LA', 'your-app-id');
 * // 'https://shop.example/stores?state=CA&city=LA'
 */
export function withoutCallback(url: string, appId: string): string {
  const login = findLoginCallback(url, appId)?.cleaned ?? url;
  return findPayReturn(login)?.cleaned ?? login;
}
