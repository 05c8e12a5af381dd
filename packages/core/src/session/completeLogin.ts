import { VVChatError } from '../errors';
import { parseLoginCallback } from '../callbacks/parseLoginCallback';
import type { CallbackInput } from '../callbacks/params';
import { readStates, writeStates } from './stateStore';
import { safeStorage, type VVChatStorage } from './storage';

/** Options for {@link completeLogin}. */
export interface CompleteLoginOptions {
  /** The storage `startLogin` used. @default localStorage */
  storage?: VVChatStorage | null | undefined;
}

/** A login callback whose state checked out: the code is safe to send to your backend, once. */
export interface CompletedLogin {
  code: string;
  state: string;
}

/**
 * Finishes a login on the page `redirect_uri` opened: reads the callback from `input`, checks
 * its `state` against the ones `startLogin` stored and unexpired, and uses that state up.
 * Returns `null` when `input` carries no login callback.
 * Throws `VVChatError`: `state_mismatch` (missing, unknown, used or expired state),
 * `login_denied` (non-zero `err_code`, on `error.errCode`), `invalid_callback`.
 *
 * @example
 * const login = completeLogin(location.href);
 * if (login) await fetch('/api/vvchat/login', { method: 'POST', body: login.code });
 */
export function completeLogin(input: CallbackInput, options?: CompleteLoginOptions): CompletedLogin | null {
  const callback = parseLoginCallback(input);
  if (!callback) return null;
  const store = safeStorage(options?.storage);
  const states = readStates(store);
  const kept = states.filter(([state]) => state !== callback.state);
  writeStates(store, kept);
  if (!callback.ok) {
    throw new VVChatError('login_denied', `the user denied the login (err_code ${callback.errCode})`, {
      errCode: callback.errCode,
    });
  }
  if (!callback.state || kept.length === states.length) {
    throw new VVChatError('state_mismatch', 'state is missing, unknown, used or expired');
  }
  return { code: callback.code, state: callback.state };
}
