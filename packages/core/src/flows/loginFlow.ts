import { VVChatError } from '../errors';
import { completeLogin } from '../session/completeLogin';
import { startLogin } from '../session/startLogin';
import { createAttempts, launchLink, toVVChatError, type FlowContext } from './context';
import { createStore, type Store } from './store';

/** Where a login is. */
export type LoginStatus = 'idle' | 'launching' | 'exchanging' | 'success' | 'error';

/** A login flow's state. `data` is set on `success`, `error` on `error`. */
export interface LoginState<TData = unknown> {
  status: LoginStatus;
  /** What `exchangeCode` resolved (or `{ code }` without one). */
  data?: TData | undefined;
  /** The code the app returned, once its state checked out. */
  code?: string | undefined;
  error?: VVChatError | undefined;
}

/** Options for {@link LoginFlow.start}. */
export interface LoginStartOptions {
  /** Where the app comes back to. */
  redirectUri: string;
  /** @default 'snsapi_userinfo' */
  scope?: string | undefined;
}

/** The login state machine that `useVVChatLogin` adapts to React. */
export interface LoginFlow<TData = unknown> extends Store<LoginState<TData>> {
  /**
   * Stores a fresh `state` and launches `qyx://thirdlogin`; the launcher is called before this
   * returns. Does nothing while a launch is under way (a double tap). `launching`, then `idle` once the app opened (the answer arrives on `redirectUri`),
   * or `error` (`invalid_option`, `not_opened`, `launch_failed`).
   */
  start: (options: LoginStartOptions) => void;
  /**
   * On the page `redirect_uri` opened: checks the callback in `url` and uses its state up.
   * Returns the code to exchange (status `exchanging`), or `null` when `url` has no callback
   * or it failed (status `error`: `state_mismatch`, `login_denied`, `invalid_callback`).
   */
  resume: (url: string) => string | null;
  /**
   * Whether `url` carries a login callback for this SDK: a `state` (which the SDK always sends),
   * or an `err_code` that is not a pay return's (no `trade_no`). A page with `?code=` alone (a
   * promo code, say) is not one, and is left alone.
   */
  isCallback: (url: string) => boolean;
  /** Sends the code to the backend through `run`, once: `success` with its data, or `exchange_failed`. */
  exchange: (run: () => Promise<TData> | TData) => Promise<void>;
  /** Back to `idle`. */
  reset: () => void;
}

/**
 * Creates the login state machine over a {@link FlowContext} read at each call.
 *
 * @example
 * const flow = createLoginFlow(() => ({ appId: 'test', launcher: createLauncher() }));
 * button.onclick = () => flow.start({ redirectUri: location.href });
 * const code = flow.resume(location.href);
 * if (code) void flow.exchange(() => api.login(code));
 */
export function createLoginFlow<TData = unknown>(context: () => FlowContext): LoginFlow<TData> {
  const store = createStore<LoginState<TData>>({ status: 'idle' });
  const failed = (error: unknown) => store.set({ status: 'error', error: toVVChatError(error, 'launch_failed', 'login failed') });
  const attempts = createAttempts();
  return {
    ...store,
    start(options) {
      if (store.get().status === 'launching') return; // A double tap opens the app once.
      const guard = attempts.next();
      const ctx = context();
      try {
        const { link } = startLogin({ ...options, appId: ctx.appId, storage: ctx.storage });
        store.set({ status: 'launching' });
        launchLink(ctx, link).then(
          guard(() => store.get().status === 'launching' && store.set({ status: 'idle' })),
          guard(failed),
        );
      } catch (error) {
        failed(error);
      }
    },
    isCallback: (url) => /[?&#]state=/.test(url) || (/[?&#]err_code=/.test(url) && !/[?&#]trade_no=/.test(url)),
    resume(url) {
      attempts.next();
      try {
        const login = completeLogin(url, { storage: context().storage });
        if (login) store.set({ status: 'exchanging', code: login.code });
        return login && login.code;
      } catch (error) {
        failed(error);
        return null;
      }
    },
    exchange(run) {
      const guard = attempts.next();
      const { code } = store.get();
      return Promise.resolve()
        .then(run)
        .then(
          guard((data: TData) => store.set({ status: 'success', data, code })),
          guard((cause: unknown) =>
            store.set({ status: 'error', code, error: new VVChatError('exchange_failed', 'exchangeCode failed', { cause }) }),
          ),
        );
    },
    reset() {
      attempts.next();
      store.set({ status: 'idle' });
    },
  };
}
