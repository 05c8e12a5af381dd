import { VVChatError } from '../errors';
import { storedContext } from './context';
import { readStates, writeStates, type StoredState } from './stateStore';
import type { VVChatStorage } from './storage';

/**
 * @internal Uses `state` up: removes it from `storage` and, when it was stored, unexpired and
 * (with `appId`) made for that app, returns it with the context the app kept with it (checked
 * again: past the cap it is dropped); else `undefined`. Every state is single use, even one
 * whose callback fails; another app's is left alone.
 */
export function takeLoginState(storage: VVChatStorage, state: string | undefined, appId?: string): { context: unknown } | undefined {
  const states = readStates(storage);
  // Another app's state stays for that app's provider.
  const mine = ([stored, , madeFor]: StoredState) => stored === state && (appId === undefined || madeFor === appId);
  const taken = state ? states.find(mine) : undefined;
  writeStates(storage, states.filter((entry) => !mine(entry)));
  return taken && { context: storedContext(taken[3]) };
}

/** @internal The `state_mismatch` error. */
export const stateMismatch = (): VVChatError => new VVChatError('state_mismatch', 'state is missing, unknown, used or expired');
