import type { VVChatStorage } from '@vvchat/core';

/**
 * A Map-backed Web Storage stand-in that records every call. Pass the `map` of another one to
 * share what is stored across simulated page loads, as `localStorage` is.
 */
export interface FakeStorage extends VVChatStorage {
  readonly map: Map<string, string>;
  readonly calls: { method: 'getItem' | 'setItem' | 'removeItem'; key: string }[];
  /** Every stored value joined, to look for a state without knowing the stored format. */
  dump(): string;
}

export function fakeStorage(map = new Map<string, string>()): FakeStorage {
  const calls: FakeStorage['calls'] = [];
  return {
    map,
    calls,
    getItem(key) {
      calls.push({ method: 'getItem', key });
      return map.get(key) ?? null;
    },
    setItem(key, value) {
      calls.push({ method: 'setItem', key });
      map.set(key, value);
    },
    removeItem(key) {
      calls.push({ method: 'removeItem', key });
      map.delete(key);
    },
    dump: () => [...map.values()].join('\n'),
  };
}

/** A storage whose every method throws, as in Safari private mode or with cookies blocked. */
export interface ThrowingStorage extends VVChatStorage {
  /** How many calls were refused. */
  readonly attempts: number;
}

export function throwingStorage(): ThrowingStorage {
  let attempts = 0;
  const refuse = (name: 'SecurityError' | 'QuotaExceededError'): never => {
    attempts++;
    throw new DOMException(name === 'SecurityError' ? 'The operation is insecure.' : 'The quota has been exceeded.', name);
  };
  return {
    get attempts() {
      return attempts;
    },
    getItem: () => refuse('SecurityError'),
    setItem: () => refuse('QuotaExceededError'),
    removeItem: () => refuse('SecurityError'),
  };
}
