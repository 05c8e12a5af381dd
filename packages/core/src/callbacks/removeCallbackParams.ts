/** The parameters the VVChat app adds to `redirect_uri`. */
export const callbackParams: readonly string[] = ['code', 'state', 'err_code', 'trade_no'];

/**
 * Removes the callback parameters (`code`, `state`, `err_code`, `trade_no` by default) from
 * `url`, in its query and in a hash-routed query (`#/page?code=…`), keeping every other
 * parameter byte for byte, and the hash. Use it for `history.replaceState` after a callback,
 * and for a default `redirect_uri`.
 *
 * @example
 * removeCallbackParams('https://shop.example/?tab=me&code=abc&state=s1#top');
 * // 'https://shop.example/?tab=me#top'
 */
export function removeCallbackParams(url: string, params: readonly string[] = callbackParams): string {
  return url.replace(/\?([^#]*)/g, (_, query: string) => {
    const kept = query.split('&').filter((pair) => {
      try {
        return !params.includes(decodeURIComponent(pair.split('=')[0]!.replace(/\+/g, ' ')));
      } catch {
        return true;
      }
    });
    return kept.join('') ? '?' + kept.join('&') : ''; // No `?` when only empty pairs are left.
  });
}
