import { parsePayReturn, type PayReturn } from './parsePayReturn';
import { lastPair, pairsAt, readPair, splitUrl, withPairs, type QueryPlace } from './urlQueries';

/** @internal A pay return found in a page URL. */
export interface FoundPayReturn extends PayReturn {
  /** The URL without `trade_no` and the `err_code` beside it: every other byte, the hash included, kept. */
  cleaned: string;
}

/**
 * @internal Finds the pay return (`trade_no`) in `url`: in the query or, failing that, in a
 * hash route's query. The app adds its parameters last, so the last `trade_no` is its.
 */
export function findPayReturn(url: string): FoundPayReturn | null {
  const parts = splitUrl(url);
  for (const place of ['query', 'hash'] satisfies QueryPlace[]) {
    const pairs = pairsAt(parts, place);
    const taken = new Set([lastPair(pairs, 'trade_no'), lastPair(pairs, 'err_code')]);
    const params = new URLSearchParams();
    for (const at of taken) {
      const { name, value } = at >= 0 ? readPair(pairs[at]!) : { name: undefined, value: '' };
      if (name) params.set(name, value);
    }
    const payReturn = parsePayReturn(params);
    if (payReturn) return { ...payReturn, cleaned: withPairs(parts, place, pairs.filter((_, at) => !taken.has(at))) };
  }
  return null;
}
