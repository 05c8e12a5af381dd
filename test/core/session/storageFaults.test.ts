import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeLogin, startLogin, type VVChatStorage } from '@vvchat/core';
import { appId, denied, fakeStorage, granted, redirectUri, thrownBy, throwingStorage } from './fakeStorage';

const hadLocalStorage = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');

afterEach(() => {
  vi.unstubAllGlobals();
  if (hadLocalStorage) Object.defineProperty(globalThis, 'localStorage', hadLocalStorage);
  else Reflect.deleteProperty(globalThis, 'localStorage');
});

/** Runs a whole login (start, complete, replay) with `start` and `complete` storages. */
function runLogin(start: VVChatStorage | null | undefined, complete: VVChatStorage | null | undefined = start) {
  const { link, state } = startLogin(start === undefined ? { appId, redirectUri } : { appId, redirectUri, storage: start });
  expect(link).toContain(state);
  const options = complete === undefined ? {} : { storage: complete };
  expect(completeLogin(granted(state), options)).toEqual({ code: 'CODE-123', state });
  expect(thrownBy(() => completeLogin(granted(state), options)).code).toBe('state_mismatch');
  return state;
}

describe('login session when storage misbehaves', () => {
  it('runs on memory when storage is missing (null)', () => {
    expect(() => runLogin(null)).not.toThrow();
  });

  it('runs on memory when every storage method throws', () => {
    const storage = throwingStorage();
    expect(() => runLogin(storage)).not.toThrow();
    expect(storage.attempts).toBeGreaterThan(0);
  });

  it('runs on memory when the storage object lacks the Web Storage methods', () => {
    expect(() => runLogin({} as VVChatStorage)).not.toThrow();
  });

  it('runs on memory when only setItem throws (quota exceeded)', () => {
    const storage = fakeStorage();
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    expect(() => runLogin(storage)).not.toThrow();
  });

  it('still completes a new login when setItem starts failing (quota) after an earlier login was stored', () => {
    const storage = fakeStorage();
    const earlier = startLogin({ appId, redirectUri, storage });
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(completeLogin(granted(state), { storage })).toEqual({ code: 'CODE-123', state });
    expect(completeLogin(granted(earlier.state), { storage })).toEqual({ code: 'CODE-123', state: earlier.state });
  });

  it('keeps a used state from being replayed when only removeItem throws', () => {
    const storage = fakeStorage();
    storage.removeItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(completeLogin(granted(state), { storage })).toEqual({ code: 'CODE-123', state });
    // The replay must fail even though the storage refused to forget the state.
    expect(() => completeLogin(granted(state), { storage })).toThrow(expect.objectContaining({ code: 'state_mismatch' }));
  });

  it('runs on memory when only getItem throws', () => {
    const storage = fakeStorage();
    storage.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(completeLogin(granted(state), { storage })).toEqual({ code: 'CODE-123', state });
  });

  it('still reports a denied login and a forged state when storage throws', () => {
    const storage = throwingStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(thrownBy(() => completeLogin(granted('forged'), { storage })).code).toBe('state_mismatch');
    const error = thrownBy(() => completeLogin(denied(state, 7), { storage }));
    expect(error.code).toBe('login_denied');
    expect(error.errCode).toBe(7);
    expect(thrownBy(() => completeLogin(granted(state), { storage })).code).toBe('state_mismatch');
  });

  it('uses localStorage by default', () => {
    const local = fakeStorage();
    vi.stubGlobal('localStorage', local);
    const { state } = startLogin({ appId, redirectUri });
    expect(local.dump()).toContain(state);
    expect(completeLogin(granted(state))).toEqual({ code: 'CODE-123', state });
    expect(local.dump()).not.toContain(state);
  });

  it('treats storage: undefined as the default localStorage', () => {
    const local = fakeStorage();
    vi.stubGlobal('localStorage', local);
    const { state } = startLogin({ appId, redirectUri, storage: undefined });
    expect(local.dump()).toContain(state);
    expect(completeLogin(granted(state), { storage: undefined })).toEqual({ code: 'CODE-123', state });
  });

  it('runs on memory by default where localStorage is absent', () => {
    expect('localStorage' in globalThis).toBe(false);
    expect(() => runLogin(undefined)).not.toThrow();
  });

  it('runs on memory by default where reading localStorage itself throws', () => {
    let reads = 0;
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        reads++;
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    expect(() => runLogin(undefined)).not.toThrow();
    expect(reads).toBeGreaterThan(0);
  });

  it('runs on memory by default where localStorage throws on every call', () => {
    const local = throwingStorage();
    vi.stubGlobal('localStorage', local);
    expect(() => runLogin(undefined)).not.toThrow();
    expect(local.attempts).toBeGreaterThan(0);
  });
});
