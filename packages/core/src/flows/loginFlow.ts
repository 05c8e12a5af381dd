import { VVChatError } from '../errors';
import { findLoginCallback } from '../callbacks/findLoginCallback';
import { withContext } from '../session/context';
import { startLogin } from '../session/startLogin';
import { createMachine, type Machine } from './createMachine';
import type { FlowConfig } from './flowConfig';
import { launchAndSend } from './launchLink';
import { replaceAddress } from './page';
import { toVVChatError } from './toVVChatError';
import { loginReturn, tabs } from './chunks';
import { withLock } from './withLock';

/** A login flow's state: each status carries exactly its fields. */
export type LoginState<TData = unknown> =
  | { status: 'idle' }
  /** The app is being opened with `link`; the answer arrives on `redirect_uri`. */
  | { status: 'launching'; link: string; config: FlowConfig }
  /** The callback's state checked out: `code` is being exchanged. `context`: what `start` was given, back from the round trip. */
  | { status: 'exchanging'; code: string; context?: unknown }
  /** `code` is absent when another tab of this origin finished the login this tab started. */
  | { status: 'success'; code?: string | undefined; data: TData; context?: unknown }
  | { status: 'error'; error: VVChatError; code?: string | undefined; context?: unknown };

/** Where a login is. */
export type LoginStatus = LoginState['status'];

/** What moves a login flow. */
export type LoginEvent<TData = unknown> =
  | { type: 'start'; link: string; config: FlowConfig }
  /** The launch settled without a failure: the app opened, or the page was left in doubt. */
  | { type: 'launched' }
  | { type: 'callback'; code: string; context?: unknown }
  | { type: 'exchanged'; data: TData }
  /** Another tab of this origin finished the login this tab started (its one exchange). */
  | { type: 'elsewhere'; data: TData; context?: unknown }
  | { type: 'fail'; error: VVChatError }
  | { type: 'reset' };

/** Options for {@link LoginFlow.start}. */
export interface LoginStartOptions {
  /** Where the app comes back to. */
  redirectUri: string;
  /** @default 'snsapi_userinfo' */
  scope?: string | undefined;
  /** Any JSON value to have back on the page the app returns to (at most 4,096 characters of JSON). */
  context?: unknown;
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
      return { status: 'exchanging', code: event.code, ...withContext(event.context) };
    case 'exchanged':
      return state.status === 'exchanging' ? { status: 'success', code: state.code, data: event.data, ...withContext(state.context) } : state;
    case 'elsewhere':
      return state.status === 'exchanging' || state.status === 'success' ? state : { status: 'success', data: event.data, ...withContext(event.context) };
    case 'fail':
      return { status: 'error', error: event.error, ...(state.status === 'exchanging' && { code: state.code, ...withContext(state.context) }) };
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
  /** The states this tab started or is reading (`appId` and state), and what other tabs said of them. */
  const watched = new Map<string, { data: TData; context?: unknown } | undefined>();
  /** The login state whose code this tab is exchanging, to tell the other tabs when it is done. */
  let exchangingFor: { appId: string; state: string } | undefined;
  let listening = false;
  const key = (appId: string, state: string) => `${appId} ${state}`;

  /** Hears other tabs from the first login this tab starts or reads, never before (a page without one opens no channel). */
  function watch(appId: string, state: string) {
    if (!watched.has(key(appId, state))) watched.set(key(appId, state), undefined);
    if (listening) return;
    listening = true;
    void tabs().then((module) =>
      module?.tabChannel().subscribe((message) => {
        if (message.type !== 'login-success') return;
        const at = key(message.appId, message.state);
        if (!watched.has(at)) return; // Not a login of this tab's: ignored.
        const finished = { data: message.data as TData, ...withContext(message.context) };
        watched.set(at, finished);
        if (startedHere.has(at)) machine.send({ type: 'elsewhere', ...finished });
      }),
    );
  }
  /** The states this tab launched (as opposed to ones it only reads from its address). */
  const startedHere = new Set<string>();
  const machine = createMachine<LoginState<TData>, LoginEvent<TData>>({
    initial: { status: 'idle' },
    transition,
    effects: {
      launching: ({ link, config }, { send }) => launchAndSend(config, link, send, { opened: launched, unknown: launched }),
      exchanging: ({ code, context }, { send }) => {
        let exchange: CodeExchange<TData> | undefined;
        for (const offer of exchanges) exchange ??= offer();
        const finishing = exchangingFor;
        void Promise.resolve()
          // Without any exchange, `data` is `{ code }`, as documented for useVVChatLogin.
          .then(() => (exchange ? exchange(code) : ({ code } as TData)))
          .then(
            (data) => {
              send({ type: 'exchanged', data });
              // The tab that started this login (often the one the app left) learns it is done.
              if (finishing) void tabs().then((module) => module?.tabChannel().post({ type: 'login-success', ...finishing, data, ...withContext(context) }));
            },
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
        const { link, state } = startLogin({ ...options, appId: config.appId, storage: config.storage });
        watch(config.appId, state);
        startedHere.add(key(config.appId, state));
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
      const { appId } = config;
      // Listening before the lock: a tab that opened the same callback first may finish while this one waits.
      watch(appId, found.state);
      // One tab at a time uses this state up and exchanges its code (the lock is held until the
      // exchange settles, at most 30 s), so two tabs that open the same callback exchange it once;
      // the lock is the state's own, so a hung exchange never holds up another login. Without Web
      // Locks this runs once the chunk is loaded.
      const before = machine.get();
      const scope = {
        machine,
        before,
        heard: () => watched.get(key(appId, found.state)),
        exchanging: () => void (exchangingFor = { appId, state: found.state }),
      };
      // The code that settles a callback is a chunk of its own: a page without one never loads it.
      const settling = loginReturn();
      void withLock(`vvchat:login:${appId}:${found.state}`, async (waited) => {
        const chunk = await settling;
        if (chunk) return chunk.settleLoginCallback(scope, found, config, waited);
        if (machine.get() === before) machine.send({ type: 'fail', error: new VVChatError('exchange_failed', 'the code that finishes the login could not be loaded (offline?)') });
      });
    },
    register(exchange) {
      exchanges.add(exchange);
      return () => void exchanges.delete(exchange);
    },
    reset: () => machine.send({ type: 'reset' }),
  };
}
