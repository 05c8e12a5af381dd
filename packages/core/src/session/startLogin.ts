import { buildLoginLink, type LoginLinkOptions } from '../links/buildLoginLink';
import { invalidOption, isDuration, text } from '../links/query';
import { createLoginState } from './loginStateForm';
import { safeStorage, type VVChatStorage } from './storage';
import { checkContext } from './context';
import { readStates, writeStates, type StoredState } from './stateStore';

/** Options for {@link startLogin}. */
export interface StartLoginOptions extends Omit<LoginLinkOptions, 'state'> {
  /**
   * Where the state is kept until the app comes back. Not `sessionStorage`: the app often opens
   * `redirect_uri` in a new tab, which has a session of its own. Falls back to memory where
   * the storage is missing or throws.
   * @default localStorage
   */
  storage?: VVChatStorage | null | undefined;
  /**
   * How long the state stays valid, in milliseconds.
   * @default 600_000 (10 minutes)
   */
  ttlMs?: number | undefined;
  /**
   * Any JSON value to have back after the round trip (the page to go on to, say): kept with the
   * state, returned by `completeLogin`. At most 4,096 characters of JSON, else `invalid_option`.
   */
  context?: unknown;
}

/** What {@link startLogin} returns: the link to launch and the state it carries. */
export interface StartedLogin {
  link: string;
  state: string;
}

/**
 * Starts a login: makes a fresh `state` in the SDK's form (`vvc_…`, bound to `appId`), stores it
 * (single use, with an expiry, sweeping stale ones), and returns the `qyx://thirdlogin` link that carries it. Launch `link` within the tap.
 *
 * @example
 * const { link } = startLogin({ appId: 'test', redirectUri: location.href });
 * void launch(link);
 */
export function startLogin(options: StartLoginOptions): StartedLogin {
  const { storage, ttlMs = 600_000, context, ...linkOptions } = options ?? ({} as StartLoginOptions);
  if (!isDuration(ttlMs)) throw invalidOption('ttlMs', 'must be a positive number of milliseconds');
  const kept = checkContext(context);
  const appId = text(linkOptions.appId, 'appId', true)!;
  const state = createLoginState(appId);
  const link = buildLoginLink({ ...linkOptions, state });
  const store = safeStorage(storage);
  const entry: StoredState = kept === undefined ? [state, Date.now() + ttlMs, appId] : [state, Date.now() + ttlMs, appId, kept];
  writeStates(store, [...readStates(store), entry]);
  return { link, state };
}
