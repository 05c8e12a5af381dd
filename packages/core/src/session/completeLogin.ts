import { VVChatError } from '../errors';
import { parseLoginCallback } from '../callbacks/parseLoginCallback';
import type { CallbackInput } from '../callbacks/params';
import { stateMismatch, takeLoginState } from './takeLoginState';
import { safeStorage, type VVChatStorage } from './storage';

/** Options for {@link completeLogin}. */
export interface CompleteLoginOptions {
  /** The storage `startLogin` used. @default localStorage */
  storage?: VVChatStorage | null | undefined;
  /** Accept only a state that `startLogin` made for this `appId` (a state belongs to its app). */
  appId?: string | undefined;
}

/** A login callback whose state checked out: the code is safe to send to your backend, once. */
export interface CompletedLogin {
  code: string;
  state: string;
  /** What `startLogin` was given as `context`, when anything. */
  context?: unknown;
}

/**
 * Finishes a login on the page `redirect_uri` opened: reads the callback from `input`, checks
 * its `state` against the ones `startLogin` stored and unexpired (and made for `appId`, when
 * given), and uses that state up. Returns `null` when `input` carries no login callback.
 * Throws `VVChatError`: `state_mismatch` (missing, unknown, used, expired or another app's
 * state), `login_denied` (non-zero `err_code`, on `error.errCode`), `invalid_callback`.
 *
 * @example
 * const login = completeLogin(location.href, { appId: 'your-app-id' });
 * if (login) await fetch('/api/vvchat/login', { method: 'POST', body: login.code });
 */
export function completeLogin(input: CallbackInput, options?: CompleteLoginOptions): CompletedLogin | null {
  const callback = parseLoginCallback(input);
  if (!callback) return null;
  const known = takeLoginState(safeStorage(options?.storage), callback.state, options?.appId);
  if (!callback.ok) {
    throw new VVChatError('login_denied', `the user denied the login (err_code ${callback.errCode})`, {
      errCode: callback.errCode,
    });
  }
  if (!known || !callback.state) throw stateMismatch();
  return { code: callback.code, state: callback.state, ...(known.context !== undefined && { context: known.context }) };
}
