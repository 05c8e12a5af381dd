import { fail } from '../errors';
import { integer, toParams, type CallbackInput } from './params';

/** A login callback as {@link parseLoginCallback} reads it. */
export type LoginCallback =
  | { ok: true; code: string; state?: string }
  | { ok: false; errCode: number; state?: string };

/**
 * Reads the login callback the VVChat app sends to `redirect_uri` (`code`, `state`, `err_code`).
 * Returns `null` when there is neither `code` nor `err_code`. This only reads: check `state`
 * with `completeLogin` before trusting a code.
 * Throws `VVChatError` `invalid_callback` for a malformed callback.
 *
 * @example
 * parseLoginCallback('https://shop.example/?code=abc&state=s1&err_code=0');
 * // { ok: true, code: 'abc', state: 's1' }
 */
export function parseLoginCallback(input: CallbackInput): LoginCallback | null {
  const params = toParams(input, 'the login callback');
  const code = params.get('code');
  const errCode = integer(params.get('err_code'));
  const state = params.get('state') || undefined;
  const withState = <T extends object>(result: T) => (state ? { ...result, state } : result);
  if (code === null && errCode === undefined && !params.has('err_code')) return null;
  if (errCode === undefined || errCode === 0) {
    if (code?.trim()) return withState({ ok: true as const, code });
    throw fail('invalid_callback', 'the login callback has no code');
  }
  if (Number.isNaN(errCode)) throw fail('invalid_callback', 'err_code must be an integer');
  return withState({ ok: false as const, errCode });
}
