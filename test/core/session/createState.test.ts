import { afterEach, describe, expect, it, vi } from 'vitest';
import { createState } from '@vvchat/core';
import { thrownBy } from './fakeStorage';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const base64url = /^[A-Za-z0-9_-]+$/;

describe('createState', () => {
  it('returns a base64url string of at least 22 characters', () => {
    const state = createState();
    expect(state).toMatch(base64url);
    expect(state.length).toBeGreaterThanOrEqual(22);
  });

  it('carries at least 128 bits', () => {
    const state = createState();
    expect(Buffer.from(state, 'base64url').length).toBeGreaterThanOrEqual(16);
  });

  it('never repeats over 10,000 calls', () => {
    const states = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const state = createState();
      expect(state).toMatch(base64url);
      states.add(state);
    }
    expect(states.size).toBe(10_000);
  });

  it('draws its bytes from crypto.getRandomValues', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues');
    createState();
    expect(spy).toHaveBeenCalledTimes(1);
    const [array] = spy.mock.calls[0]!;
    expect(array).toBeInstanceOf(Uint8Array);
    expect((array as Uint8Array).byteLength).toBeGreaterThanOrEqual(16);
  });

  it('encodes exactly the random bytes, with - and _ instead of + and / and no padding', () => {
    const pattern = [0xfb, 0xef, 0xbe, 0xff, 0xff, 0xff, 0x00, 0x10, 0x83, 0x10, 0x51, 0x87, 0x20, 0x92, 0x8b, 0x30];
    let filled: Uint8Array | undefined;
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const bytes = array as unknown as Uint8Array;
      bytes.forEach((_, i) => (bytes[i] = pattern[i % pattern.length]!));
      filled = bytes;
      return array;
    });
    const state = createState();
    expect(filled).toBeDefined();
    expect(state).toBe(Buffer.from(filled!).toString('base64url'));
    expect(state).toContain('-');
    expect(state).toContain('_');
    expect(state).not.toContain('=');
  });

  it("throws VVChatError 'no_crypto' when crypto is missing", () => {
    vi.stubGlobal('crypto', undefined);
    const error = thrownBy(() => createState());
    expect(error.code).toBe('no_crypto');
  });

  it("throws VVChatError 'no_crypto' when crypto has no getRandomValues", () => {
    vi.stubGlobal('crypto', {});
    expect(thrownBy(() => createState()).code).toBe('no_crypto');
  });

  it("throws VVChatError 'no_crypto' rather than a weak state when getRandomValues throws", () => {
    const failure = new Error('entropy unavailable');
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(() => {
      throw failure;
    });
    const error = thrownBy(() => createState());
    expect(error.code).toBe('no_crypto');
    expect(error.cause).toBe(failure);
  });
});
