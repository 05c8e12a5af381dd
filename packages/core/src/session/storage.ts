/**
 * Where the SDK keeps login states and pending orders: anything with Web Storage's
 * `getItem`, `setItem` and `removeItem`, so `localStorage` itself fits.
 */
export interface VVChatStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const memory = new Map<string, string>();

/** Storages that threw once: from then on this page keeps their keys in memory. */
const broken = new WeakSet<VVChatStorage>();

/**
 * Wraps `storage` (default `localStorage`) so that it never throws. Where it is missing, or once
 * it throws (Safari private mode, quota, blocked cookies), this page keeps values in memory
 * instead: a storage that fails half the time would lose a written state, or keep a used one.
 *
 * @example
 * const storage = safeStorage(); // localStorage, or memory where it is blocked
 * storage.setItem('key', 'value');
 */
export function safeStorage(storage?: VVChatStorage | null): VVChatStorage {
  if (storage === undefined) {
    try {
      storage = globalThis.localStorage;
    } catch {
      // Reading `localStorage` itself throws where storage is blocked: keep to memory.
    }
  }
  const run = <T>(operate: (real: VVChatStorage) => T, fallback: () => T): T => {
    if (storage && !broken.has(storage)) {
      try {
        return operate(storage);
      } catch {
        broken.add(storage);
      }
    }
    return fallback();
  };
  return {
    getItem: (key) => run((real) => real.getItem(key), () => memory.get(key) ?? null),
    setItem: (key, value) => run((real) => real.setItem(key, value), () => void memory.set(key, value)),
    removeItem: (key) => run((real) => real.removeItem(key), () => void memory.delete(key)),
  };
}
