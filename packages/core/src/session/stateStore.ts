import type { VVChatStorage } from './storage';

const key = 'vvchat:login-states';

/** @internal A stored login state and when it expires (epoch milliseconds). */
export type StoredState = [state: string, expiresAt: number];

/** @internal The unexpired login states in `storage`; anything unreadable counts as none. */
export function readStates(storage: VVChatStorage): StoredState[] {
  try {
    const now = Date.now();
    return (JSON.parse(storage.getItem(key) ?? '[]') as StoredState[]).filter(
      ([state, expiresAt]) => typeof state === 'string' && expiresAt > now,
    );
  } catch {
    return [];
  }
}

/** @internal Replaces the stored login states (an empty list removes the key). */
export function writeStates(storage: VVChatStorage, states: StoredState[]): void {
  if (states.length) storage.setItem(key, JSON.stringify(states.slice(-20)));
  else storage.removeItem(key);
}
