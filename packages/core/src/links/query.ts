import { VVChatError } from '../errors';

/** @internal The `invalid_option` error for the option `name`. */
export function invalidOption(name: string, reason: string): VVChatError {
  return new VVChatError('invalid_option', `${name} ${reason}`);
}

/**
 * @internal Checks one string option and returns it percent-encoded for a link, or `undefined`
 * for an absent or blank optional one. Throws `invalid_option` for a missing or blank required
 * one, a non-string, (with `url`) anything but an absolute `http:`/`https:` URL, or a lone
 * surrogate (which `encodeURIComponent` refuses).
 */
export function param(value: unknown, name: string, required?: boolean, url?: boolean): string | undefined {
  if (value !== null && value !== undefined && typeof value !== 'string') throw invalidOption(name, 'must be a string');
  if (!value?.trim()) {
    if (required) throw invalidOption(name, 'is required');
    return undefined;
  }
  try {
    // The last URL found valid is not parsed again: a page builds its links with the same
    // `redirect_uri` again and again. The URL parser alone also takes `http:host` and spaces:
    // the pattern asks for `//` and a host, and whatever fails it is parsed as '', which throws.
    if (url && value !== lastUrl) {
      new URL(/^https?:\/\/[^\s/?#]\S*$/i.test(value) ? value : '');
      lastUrl = value;
    }
    // Encoding is the lone-surrogate check too: it throws a URIError for one, and only for one.
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate is named first, also where it is what makes the URL fail.
    throw invalidOption(name, /\p{Cs}/u.test(value) ? 'has a lone surrogate' : 'must be an absolute http(s) URL');
  }
}

/** @internal {@link param}'s checks, returning the option as it is (not encoded). */
export const text = (value: unknown, name: string, required?: boolean, url?: boolean): string | undefined =>
  param(value, name, required, url) && (value as string);

let lastUrl = '';

/** @internal Whether `value` is a finite number of milliseconds, above 0 (or from 0 with `zero`). */
export const isDuration = (value: unknown, zero?: boolean): value is number =>
  typeof value === 'number' && value < Infinity && (zero ? value >= 0 : value > 0);

/** @internal A duration `setTimeout` can wait: above 0 and below 2^31 ms (it fires at once past that). */
export const isTimerDuration = (value: unknown): value is number => isDuration(value) && value <= 0x7fffffff;

/** @internal `&key=value` for an optional parameter's checked and encoded value, or '' when it is left out. */
export const optional = (key: string, value: string | undefined): string => (value ? `&${key}=${value}` : '');
