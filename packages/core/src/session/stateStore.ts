import type { VVChatStorage } from './storage';

const key = 'vvchat:login-states';

/** @internal A stored login state, when it expires (epoch milliseconds), the app it was made for, and the app's context. */
export type StoredState = [state: string, expiresAt: number, appId: string, context?: unknown];

function isStoredState(entry: unknown, now: number): entry is StoredState {
  if (!Array.isArray(entry) || entry.length < 3 || entry.length > 4) return false;
  const [state, expiresAt, appId] = entry as unknown[];
  return typeof state === 'string' && !!state && typeof appId === 'string' && typeof expiresAt === 'number' && expiresAt > now;
}

/**
 * @internal The unexpired login states in `storage`. Everything read is checked: a tampered or
 * unreadable entry counts as none (and is dropped at the next write).
 */
export function readStates(storage: VVChatStorage): StoredState[] {
  try {
    const entries: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    const now = Date.now();
    return Array.isArray(entries) ? entries.filter((entry): entry is StoredState => isStoredState(entry, now)) : [];
  } catch {
    return [];
  }
}

/** @internal Replaces the stored login states (an empty list removes the key). */
export function writeStates(storage: VVChatStorage, states: StoredState[]): void {
  if (states.length) storage.setItem(key, JSON.stringify(states.slice(-20)));
  else storage.removeItem(key);
}
