import { VVChatError } from '../errors';
import { readStates, writeStates } from './stateStore';
import type { VVChatStorage } from './storage';

/**
 * @internal Uses `state` up: removes it from `storage` and says whether it was stored,
 * unexpired and (with `appId`) made for that app. Every state is single use, even one whose
 * callback fails; another app's is left alone.
 */
export function takeLoginState(storage: VVChatStorage, state: string | undefined, appId?: string): boolean {
  const states = readStates(storage);
  // Another app's state stays for that app's provider.
  const kept = states.filter(([stored, , madeFor]) => stored !== state || (appId !== undefined && madeFor !== appId));
  writeStates(storage, kept);
  return !!state && kept.length < states.length;
}

/** @internal The `state_mismatch` error. */
export const stateMismatch = (): VVChatError => new VVChatError('state_mismatch', 'state is missing, unknown, used or expired');
