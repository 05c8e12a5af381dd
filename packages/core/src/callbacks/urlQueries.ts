/** @internal Where a URL carries query strings: before the hash, and inside a hash route (`#/page?…`). */
export type QueryPlace = 'query' | 'hash';

/** @internal A URL cut at its query strings, so one can change while every other byte stays. */
export interface UrlQueries {
  head: string;
  query: string | undefined;
  hashPath: string | undefined;
  hashQuery: string | undefined;
}

/** @internal Cuts `url` into head, `?query`, `#hash path` and the hash route's `?query`. */
export function splitUrl(url: string): UrlQueries {
  const [, head = '', query, hashPath, hashQuery] = /^([^?#]*)(?:\?([^#]*))?(?:(#[^?]*)(?:\?(.*))?)?$/s.exec(url) ?? [];
  return { head, query, hashPath, hashQuery };
}

/** @internal The pairs (`name=value`, raw) of the query at `place`, or none. */
export function pairsAt(url: UrlQueries, place: QueryPlace): string[] {
  const raw = place === 'query' ? url.query : url.hashQuery;
  return raw ? raw.split('&') : [];
}

/** @internal `url` with the query at `place` replaced by `pairs` (no `?` when none are left). */
export function withPairs(url: UrlQueries, place: QueryPlace, pairs: string[]): string {
  const kept = pairs.join('') ? pairs.join('&') : undefined;
  const { head, query, hashPath, hashQuery } = place === 'query' ? { ...url, query: kept } : { ...url, hashQuery: kept };
  return head + (query === undefined ? '' : '?' + query) + (hashPath ?? '') + (hashQuery === undefined ? '' : '?' + hashQuery);
}

/** @internal A pair's name or value read with URL query rules (`+` is a space); `undefined` when malformed. */
export function decodePart(part: string | undefined): string | undefined {
  try {
    return part === undefined ? undefined : decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** @internal The decoded name and value of a raw pair. */
export function readPair(pair: string): { name: string | undefined; value: string } {
  const at = pair.indexOf('=');
  return at < 0 ? { name: decodePart(pair), value: '' } : { name: decodePart(pair.slice(0, at)), value: decodePart(pair.slice(at + 1)) ?? '' };
}

/** @internal The index of the last pair named `name`, or -1. */
export function lastPair(pairs: string[], name: string): number {
  let index = pairs.length - 1;
  while (index >= 0 && readPair(pairs[index]!).name !== name) index--;
  return index;
}
