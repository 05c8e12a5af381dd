import { VVChatError } from '../errors';

/** @internal The `invalid_option` error for the option `name`. */
export function invalidOption(name: string, reason: string): VVChatError {
  return new VVChatError('invalid_option', `${name} ${reason}`);
}

/**
 * @internal Checks one string option and returns it, or `undefined` for an absent or blank
 * optional one. Throws `invalid_option` for a missing or blank required one, a non-string, a
 * lone surrogate, or (with `url`) anything but an absolute `http:`/`https:` URL.
 */
export function text(value: unknown, name: string, required?: boolean, url?: boolean): string | undefined {
  if (value !== null && value !== undefined && typeof value !== 'string') throw invalidOption(name, 'must be a string');
  if (!value?.trim()) {
    if (required) throw invalidOption(name, 'is required');
    return undefined;
  }
  // Any surrogate at all is rare: only then the (slower) check that one stands alone.
  if (/[\uD800-\uDFFF]/.test(value) && /\p{Cs}/u.test(value)) throw invalidOption(name, 'has a lone surrogate');
  // The last URL found valid is not parsed again: a page builds its links with the same
  // `redirect_uri` again and again.
  if (url && value !== lastUrl) {
    try {
      // The URL parser alone also takes `http:host` and spaces: the pattern asks for `//` and a
      // host, and whatever fails it is parsed as '', which throws too.
      new URL(/^https?:\/\/[^\s/?#]\S*$/i.test(value) ? value : '');
      lastUrl = value;
    } catch {
      throw invalidOption(name, 'must be an absolute http(s) URL');
    }
  }
  return value;
}

let lastUrl = '';

/** @internal Whether `value` is a finite number of milliseconds, above 0 (or from 0 with `zero`). */
export const isDuration = (value: unknown, zero?: boolean): value is number =>
  typeof value === 'number' && value < Infinity && (zero ? value >= 0 : value > 0);

/** @internal A duration `setTimeout` can wait: above 0 and below 2^31 ms (it fires at once past that). */
export const isTimerDuration = (value: unknown): value is number => isDuration(value) && value <= 0x7fffffff;

/**
 * @internal Writes `qyx://<action>?…` with the parameters in the object's order, each value
 * encoded with `encodeURIComponent`. Values must already be checked; `undefined` ones are left out.
 */
export function writeLink(action: string, params: Record<string, string | undefined>): string {
  // One string, no intermediate arrays: links are built on every tap and in loops of tests.
  let link = `qyx://${action}`;
  let separator = '?';
  // Own keys only: a polluted Object.prototype never writes a parameter.
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (value === undefined) continue;
    link += `${separator}${key}=${encodeURIComponent(value)}`;
    separator = '&';
  }
  return link;
}
