import { isVVChatError, type VVChatError, type VVChatStorage } from '@vvchat/core';

/** A Map-backed Web Storage stand-in that records every call. */
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
export function throwingStorage(): VVChatStorage & { attempts: number } {
  const storage = {
    attempts: 0,
    getItem(): string | null {
      storage.attempts++;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    setItem(): void {
      storage.attempts++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem(): void {
      storage.attempts++;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  };
  return storage;
}

export const appId = 'test-app';
export const redirectUri = 'https://shop.example/login/callback?from=cart';

/** The URL the VVChat app opens on `redirect_uri` after the user granted the login. */
export const granted = (state: string | undefined, code = 'CODE-123'): string => {
  const url = new URL(redirectUri);
  url.searchParams.set('code', code);
  if (state !== undefined) url.searchParams.set('state', state);
  url.searchParams.set('err_code', '0');
  return url.href;
};

/** The URL the VVChat app opens on `redirect_uri` after the user refused. */
export const denied = (state: string | undefined, errCode = 1): string => {
  const url = new URL(redirectUri);
  if (state !== undefined) url.searchParams.set('state', state);
  url.searchParams.set('err_code', String(errCode));
  return url.href;
};

/** The `VVChatError` that `run` throws; fails the test when it throws nothing or something else. */
export function thrownBy(run: () => unknown): VVChatError {
  try {
    run();
  } catch (error) {
    if (isVVChatError(error)) return error;
    throw new Error(`expected a VVChatError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a VVChatError, nothing was thrown');
}
