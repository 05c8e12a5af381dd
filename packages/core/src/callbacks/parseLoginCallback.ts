import { VVChatError } from '../errors';
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
  const errCodeParam = params.get('err_code');
  if (code === null && errCodeParam === null) return null;
  const errCode = errCodeParam ? integer(errCodeParam) : 0; // An empty err_code counts as absent.
  if (errCode === undefined) throw new VVChatError('invalid_callback', 'err_code must be an integer');
  if (!errCode && !code?.trim()) throw new VVChatError('invalid_callback', 'the login callback has no code');
  const result: LoginCallback = errCode ? { ok: false, errCode } : { ok: true, code: code! };
  const state = params.get('state');
  return state ? { ...result, state } : result;
}
