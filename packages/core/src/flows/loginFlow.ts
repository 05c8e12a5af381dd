import { VVChatError } from '../errors';
import { findLoginCallback } from '../callbacks/findLoginCallback';
import { parseLoginCallback } from '../callbacks/parseLoginCallback';
import { startLogin } from '../session/startLogin';
import { safeStorage } from '../session/storage';
import { stateMismatch, takeLoginState } from '../session/takeLoginState';
import { createMachine, type Machine } from './createMachine';
import type { FlowConfig } from './flowConfig';
import { launchAndSend } from './launchLink';
import { replaceAddress } from './page';
import { toVVChatError } from './toVVChatError';

/** A login flow's state: each status carries exactly its fields. */
export type LoginState<TData = unknown> =
  | { status: 'idle' }
  /** The app is being opened with `link`; the answer arrives on `redirect_uri`. */
  | { status: 'launching'; link: string; config: FlowConfig }
  /** The callback's state checked out: `code` is being exchanged. */
  | { status: 'exchanging'; code: string }
  | { status: 'success'; code: string; data: TData }
  | { status: 'error'; error: VVChatError; code?: string | undefined };

/** Where a login is. */
export type LoginStatus = LoginState['status'];

/** What moves a login flow. */
export type LoginEvent<TData = unknown> =
  | { type: 'start'; link: string; config: FlowConfig }
  /** The launch settled without a failure: the app opened, or the page was left in doubt. */
  | { type: 'launched' }
  | { type: 'callback'; code: string }
  | { type: 'exchanged'; data: TData }
  | { type: 'fail'; error: VVChatError }
  | { type: 'reset' };

/** Options for {@link LoginFlow.start}. */
export interface LoginStartOptions {
  /** Where the app comes back to. */
  redirectUri: string;
  /** @default 'snsapi_userinfo' */
  scope?: string | undefined;
}

/** Exchanges a code with the app's backend; a consumer that has one registers it. */
export type CodeExchange<TData> = (code: string) => Promise<TData> | TData;

/** The login state machine that `useVVChatLogin` adapts to React: one per page and app. */
export interface LoginFlow<TData = unknown> extends Machine<LoginState<TData>, LoginEvent<TData>> {
  /**
   * Stores a fresh `state` and launches `qyx://thirdlogin` with `config`'s launcher, before this
   * returns. Ignored while a launch is under way (a double tap). `launching`, then `idle` once the
   * launch settled (the answer arrives on `redirectUri`), or `error` (`invalid_option`,
   * `not_opened`, `launch_failed`).
   */
  start: (options: LoginStartOptions, config: FlowConfig) => void;
  /**
   * On the page `redirect_uri` opened: finds this app's callback in `url` (a state of the SDK's
   * form for `config.appId`; anything else is left alone), uses its state up, cleans it from the
   * address bar (best effort), and exchanges the code with a registered exchange (`{ code }`
   * without one): `exchanging`, then `success` or `error` (`state_mismatch`, `login_denied`,
   * `invalid_callback`, `exchange_failed`). A callback is read once per flow.
   */
  resume: (url: string, config: FlowConfig) => void;
  /**
   * Offers a way to exchange codes (read when a code arrives; `undefined` when this consumer has
   * none). The first registered consumer that has one exchanges. Returns the unregister function.
   */
  register: (exchange: () => CodeExchange<TData> | undefined) => () => void;
  /** Back to `idle`. */
  reset: () => void;
}

const launched = { type: 'launched' } as const;

function transition<TData>(state: LoginState<TData>, event: LoginEvent<TData>): LoginState<TData> {
  switch (event.type) {
    case 'start':
      return state.status === 'launching' ? state : { status: 'launching', link: event.link, config: event.config };
    case 'launched':
      return state.status === 'launching' ? { status: 'idle' } : state;
    case 'callback':
      return { status: 'exchanging', code: event.code };
    case 'exchanged':
      return state.status === 'exchanging' ? { status: 'success', code: state.code, data: event.data } : state;
    case 'fail':
      return { status: 'error', error: event.error, ...(state.status === 'exchanging' && { code: state.code }) };
    case 'reset':
      return state.status === 'idle' ? state : { status: 'idle' };
  }
}

/**
 * Creates the login state machine.
 *
 * @example
 * const flow = createLoginFlow();
 * const config = { appId: 'test', launcher: createLauncher() };
 * flow.register(() => (code) => api.login(code));
 * flow.resume(location.href, config);
 * button.onclick = () => flow.start({ redirectUri: location.href }, config);
 */
export function createLoginFlow<TData = unknown>(): LoginFlow<TData> {
  const exchanges = new Set<() => CodeExchange<TData> | undefined>();
  const read = new Set<string>();
  const machine = createMachine<LoginState<TData>, LoginEvent<TData>>({
    initial: { status: 'idle' },
    transition,
    effects: {
      launching: ({ link, config }, { send }) => launchAndSend(config, link, send, { opened: launched, unknown: launched }),
      exchanging: ({ code }, { send }) => {
        let exchange: CodeExchange<TData> | undefined;
        for (const offer of exchanges) exchange ??= offer();
        void Promise.resolve()
          // Without any exchange, `data` is `{ code }`, as documented for useVVChatLogin.
          .then(() => (exchange ? exchange(code) : ({ code } as TData)))
          .then(
            (data) => send({ type: 'exchanged', data }),
            (cause: unknown) => send({ type: 'fail', error: new VVChatError('exchange_failed', 'exchangeCode failed', { cause }) }),
          );
      },
    },
  });

  return {
    ...machine,
    start(options, config) {
      if (machine.get().status === 'launching') return;
      try {
        const { link } = startLogin({ ...options, appId: config.appId, storage: config.storage });
        machine.send({ type: 'start', link, config });
      } catch (error) {
        machine.send({ type: 'fail', error: toVVChatError(error, 'launch_failed', 'the login could not start') });
      }
    },
    resume(url, config) {
      const found = findLoginCallback(url, config.appId);
      if (!found) return;
      replaceAddress(config, found.cleaned);
      if (read.has(found.state)) return; // Another consumer, or StrictMode's second effect, read it already.
      read.add(found.state);
      try {
        const callback = parseLoginCallback(found.params);
        const known = takeLoginState(safeStorage(config.storage), found.state, config.appId);
        if (!callback) throw new VVChatError('invalid_callback', 'the login callback has neither code nor err_code');
        if (!callback.ok) {
          throw new VVChatError('login_denied', `the user denied the login (err_code ${callback.errCode})`, { errCode: callback.errCode });
        }
        if (!known) throw stateMismatch();
        machine.send({ type: 'callback', code: callback.code });
      } catch (error) {
        machine.send({ type: 'fail', error: toVVChatError(error, 'invalid_callback', 'the login callback is malformed') });
      }
    },
    register(exchange) {
      exchanges.add(exchange);
      return () => void exchanges.delete(exchange);
    },
    reset: () => machine.send({ type: 'reset' }),
  };
}
