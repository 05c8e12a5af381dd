import { lastPair, pairsAt, readPair, splitUrl, withPairs } from '../callbacks/urlQueries';

/** The actions a page can hand over to a phone. */
export type ContinueAction = 'login' | 'pay' | 'share' | 'customer-service';

/** The query parameter that tells the page, opened on a phone, which action to continue. */
export const continueParam = 'vvchat_continue';

const actions: readonly string[] = ['login', 'pay', 'share', 'customer-service'] satisfies ContinueAction[];

/**
 * `url` with the parameter that asks the page, opened on a phone, to offer `action` ready to tap:
 * what the desktop dialog's QR code holds. Any earlier such parameter is replaced; the hash is kept.
 *
 * @example
 * continueUrl('https://shop.example/cart#top', 'pay');
 * // 'https://shop.example/cart?vvchat_continue=pay#top'
 */
export function continueUrl(url: string, action: ContinueAction): string {
  const parts = splitUrl(url);
  const pairs = pairsAt(parts, 'query').filter((pair) => readPair(pair).name !== continueParam);
  return withPairs(parts, 'query', [...pairs, `${continueParam}=${action}`]);
}

/**
 * The action a page was asked to continue (the desktop dialog's QR code), and the URL without the
 * parameter, or `null` when there is none (or it names no action).
 *
 * @example
 * const found = findContinue(location.href);
 * if (found?.action === 'login') loginButton.focus();
 */
export function findContinue(url: string): { action: ContinueAction; cleaned: string } | null {
  const parts = splitUrl(url);
  const pairs = pairsAt(parts, 'query');
  const at = lastPair(pairs, continueParam);
  const action = at >= 0 ? readPair(pairs[at]!).value : '';
  if (!actions.includes(action)) return null;
  return {
    action: action as ContinueAction,
    cleaned: withPairs(parts, 'query', pairs.filter((pair) => readPair(pair).name !== continueParam)),
  };
}
