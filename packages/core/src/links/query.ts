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
  if (/\p{Cs}/u.test(value)) throw invalidOption(name, 'has a lone surrogate');
  if (url && !isHttpUrl(value)) throw invalidOption(name, 'must be an absolute http(s) URL');
  return value;
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:\/\/[^\s/?#]\S*$/i.test(value) && !!new URL(value);
  } catch {
    return false;
  }
}

/** @internal Whether `value` is a finite number of milliseconds, above 0 (or from 0 with `zero`). */
export const isDuration = (value: unknown, zero?: boolean): value is number =>
  typeof value === 'number' && value < Infinity && (zero ? value >= 0 : value > 0);

/**
 * @internal Writes `qyx://<action>?…` with the parameters in the object's order, each value
 * encoded with `encodeURIComponent`. Values must already be checked; `undefined` ones are left out.
 */
export function writeLink(action: string, params: Record<string, string | undefined>): string {
  return `qyx://${action}?${Object.keys(params)
    .filter((key) => params[key] !== undefined)
    .map((key) => `${key}=${encodeURIComponent(params[key]!)}`)
    .join('&')}`;
}
