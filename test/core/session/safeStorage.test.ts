import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeStorage, type VVChatStorage } from '@vvchat/core';
import { fakeStorage, throwingStorage } from './fakeStorage';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('safeStorage', () => {
  it('prefers the real storage when it works', () => {
    const real = fakeStorage();
    const storage = safeStorage(real);
    storage.setItem('prefers-real', 'value');
    expect(real.map.get('prefers-real')).toBe('value');
    expect(storage.getItem('prefers-real')).toBe('value');
    // Nothing was kept in memory: a memory-only storage does not see it.
    expect(safeStorage(null).getItem('prefers-real')).toBeNull();

    storage.removeItem('prefers-real');
    expect(real.map.has('prefers-real')).toBe(false);
    expect(storage.getItem('prefers-real')).toBeNull();
  });

  it('reads what the real storage already holds', () => {
    const real = fakeStorage(new Map([['already-there', 'yes']]));
    expect(safeStorage(real).getItem('already-there')).toBe('yes');
  });

  it('falls back to memory when the storage throws', () => {
    const storage = safeStorage(throwingStorage());
    expect(storage.getItem('fallback')).toBeNull();
    expect(() => storage.setItem('fallback', 'value')).not.toThrow();
    expect(storage.getItem('fallback')).toBe('value');
    expect(() => storage.removeItem('fallback')).not.toThrow();
    expect(storage.getItem('fallback')).toBeNull();
  });

  it('reads back what it last wrote when setItem starts failing over an older value', () => {
    const real = fakeStorage(new Map([['quota', 'old']]));
    real.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const storage = safeStorage(real);
    storage.setItem('quota', 'new');
    expect(storage.getItem('quota')).toBe('new');
  });

  it('falls back to memory when the storage is null', () => {
    const storage = safeStorage(null);
    storage.setItem('null-storage', 'value');
    expect(storage.getItem('null-storage')).toBe('value');
    expect(safeStorage(null).getItem('null-storage')).toBe('value');
    storage.removeItem('null-storage');
    expect(storage.getItem('null-storage')).toBeNull();
  });

  it('falls back to memory when the storage object lacks the methods', () => {
    const storage = safeStorage({} as VVChatStorage);
    storage.setItem('no-methods', 'value');
    expect(storage.getItem('no-methods')).toBe('value');
  });

  it('wraps localStorage by default', () => {
    const local = fakeStorage();
    vi.stubGlobal('localStorage', local);
    safeStorage().setItem('default-local', 'value');
    expect(local.map.get('default-local')).toBe('value');
  });

  it('never throws where there is no localStorage', () => {
    const storage = safeStorage();
    expect(() => storage.setItem('no-local', 'value')).not.toThrow();
    expect(storage.getItem('no-local')).toBe('value');
  });
});
