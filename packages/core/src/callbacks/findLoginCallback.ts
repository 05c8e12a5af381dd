import { isSdkState } from '../session/loginStateForm';
import { lastPair, pairsAt, readPair, splitUrl, withPairs, type QueryPlace } from './urlQueries';

/** @internal A login callback of this SDK found in a page URL. */
export interface FoundLoginCallback {
  /** Only the callback's own parameters (`code`, `state`, `err_code`), for `parseLoginCallback`. */
  params: URLSearchParams;
  /** The callback's `state`, which has the SDK's form for the app. */
  state: string;
  /** The URL without the callback's parameters: every other byte, the hash included, kept. */
  cleaned: string;
}

/**
 * @internal Finds the login callback for `appId` in `url`: in the query or, failing that, in a
 * hash route's query. It is the one whose `state` has the SDK's form for the app; a page's own
 * `state`, another provider's `?code=&state=`, or another app's callback is not, and stays.
 * The app adds its parameters after the page's own, so the last `code` and `err_code` are its
 * (no `code` on a denial: one there is the page's).
 */
export function findLoginCallback(url: string, appId: string): FoundLoginCallback | null {
  const parts = splitUrl(url);
  for (const place of ['query', 'hash'] satisfies QueryPlace[]) {
    const pairs = pairsAt(parts, place);
    const stateAt = pairs.findIndex((pair) => {
      const { name, value } = readPair(pair);
      return name === 'state' && isSdkState(value, appId);
    });
    if (stateAt < 0) continue;
    const errCodeAt = lastPair(pairs, 'err_code');
    const denied = errCodeAt >= 0 && !/^\s*0?\s*$/.test(readPair(pairs[errCodeAt]!).value);
    // A denial carries no code of the app's: a `code` beside it is the page's own (a promo code).
    const taken = new Set([stateAt, denied ? -1 : lastPair(pairs, 'code'), errCodeAt]);
    const params = new URLSearchParams();
    for (const at of taken) {
      const pair = at >= 0 ? pairs[at] : undefined;
      if (pair === undefined) continue;
      const { name, value } = readPair(pair);
      if (name) params.set(name, value);
    }
    return {
      params,
      state: params.get('state') ?? '',
      cleaned: withPairs(parts, place, pairs.filter((_, at) => !taken.has(at))),
    };
  }
  return null;
}
