import { VVChatError } from '../errors';
import type { FoundLoginCallback } from '../callbacks/findLoginCallback';
import { parseLoginCallback } from '../callbacks/parseLoginCallback';
import { withContext } from '../session/context';
import { safeStorage } from '../session/storage';
import { stateMismatch, takeLoginState } from '../session/takeLoginState';
import { tabs } from './chunks';
import type { Machine } from './createMachine';
import type { FlowConfig } from './flowConfig';
import type { LoginEvent, LoginState } from './loginFlow';
import { settled } from './settled';
import { toVVChatError } from './toVVChatError';
import { heardWithinMs } from './withLock';

/** @internal What a login flow lends the code that settles one of its callbacks. */
export interface LoginReturnScope<TData> {
  machine: Machine<LoginState<TData>, LoginEvent<TData>>;
  /** The flow's state when the callback was found: any other by now means the user moved on here. */
  before: LoginState<TData>;
  /** What another tab said of this login, when it said so already. */
  heard: () => { data: TData; context?: unknown } | undefined;
  /** This tab is about to exchange the callback's code (it tells the other tabs once done). */
  exchanging: () => void;
}

/**
 * @internal Settles a login callback this tab holds the lock of: reads it, uses its state up and
 * moves the flow to `exchanging` (held until the exchange settles), to `success` with what the
 * tab that held the lock before got (`waited`: its word may arrive just after the lock does), or
 * to `error`. Nothing happens when the user started another login here meanwhile.
 */
export async function settleLoginCallback<TData>(
  { machine, before, heard, exchanging }: LoginReturnScope<TData>,
  found: FoundLoginCallback,
  config: FlowConfig,
  waited: boolean,
): Promise<void> {
  // While this tab waited, the user started another login here: this callback's outcome is no longer theirs to see.
  if (machine.get() !== before) return;
  const { appId } = config;
  try {
    const callback = parseLoginCallback(found.params);
    const known = takeLoginState(safeStorage(config.storage), found.state, appId);
    if (!callback) throw new VVChatError('invalid_callback', 'the login callback has neither code nor err_code');
    if (!callback.ok) {
      throw new VVChatError('login_denied', `the user denied the login (err_code ${callback.errCode})`, { errCode: callback.errCode });
    }
    // The tab that held the lock used the state up and exchanged the code: its result is this
    // tab's. Its word may arrive just after the lock does.
    const finished = known
      ? undefined
      : (heard() ??
        (waited
          ? await (await tabs())?.nextTabMessage(
              (message) =>
                message.type === 'login-success' && message.appId === appId && message.state === found.state
                  ? { data: message.data as TData, ...withContext(message.context) }
                  : undefined,
              heardWithinMs,
            )
          : undefined));
    if (machine.get() !== before) return;
    if (!known && finished) return machine.send({ type: 'elsewhere', ...finished });
    if (!known) throw stateMismatch();
    exchanging();
    machine.send({ type: 'callback', code: callback.code, ...withContext(known.context) });
    return await settled(machine, 'exchanging');
  } catch (error) {
    machine.send({ type: 'fail', error: toVVChatError(error, 'invalid_callback', 'the login callback is malformed') });
  }
}
