import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeLogin, startLogin } from '@vvchat/core';
import { appId, denied, fakeStorage, granted, redirectUri, thrownBy } from './fakeStorage';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('completeLogin', () => {
  it('returns null when the input carries no login callback', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    for (const input of [redirectUri, 'https://shop.example/', '', '?', '?from=cart', `?state=${state}`, new URLSearchParams()]) {
      expect(completeLogin(input, { storage })).toBeNull();
    }
    // Nothing was used up on the way.
    expect(completeLogin(granted(state), { storage })).toEqual({ code: 'CODE-123', state });
  });

  it('returns the code and state when the state matches one stored', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(completeLogin(granted(state, 'the-code'), { storage })).toEqual({ code: 'the-code', state });
  });

  it('accepts a callback without err_code', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(completeLogin(`${redirectUri}&code=abc&state=${state}`, { storage })).toEqual({ code: 'abc', state });
  });

  it("uses the state up, so a replay of the same callback throws 'state_mismatch'", () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    const callback = granted(state);
    expect(completeLogin(callback, { storage })).toEqual({ code: 'CODE-123', state });
    expect(thrownBy(() => completeLogin(callback, { storage })).code).toBe('state_mismatch');
    expect(storage.dump()).not.toContain(state);
  });

  it("throws 'state_mismatch' for an unknown or forged state, and the real state survives", () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    for (const forged of ['forged', `${state}x`, state.slice(1), state.toLowerCase() === state ? state.toUpperCase() : state.toLowerCase()]) {
      expect(thrownBy(() => completeLogin(granted(forged), { storage })).code).toBe('state_mismatch');
    }
    expect(completeLogin(granted(state), { storage })).toEqual({ code: 'CODE-123', state });
  });

  it("throws 'state_mismatch' when nothing was ever stored", () => {
    expect(thrownBy(() => completeLogin(granted('whatever'), { storage: fakeStorage() })).code).toBe('state_mismatch');
  });

  it("throws 'state_mismatch' when the state is missing or empty", () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(thrownBy(() => completeLogin(granted(undefined), { storage })).code).toBe('state_mismatch');
    expect(thrownBy(() => completeLogin(granted(''), { storage })).code).toBe('state_mismatch');
    expect(thrownBy(() => completeLogin('?code=abc', { storage })).code).toBe('state_mismatch');
    expect(completeLogin(granted(state), { storage })).toEqual({ code: 'CODE-123', state });
  });

  it("throws 'state_mismatch' when the state has expired", () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage, ttlMs: 5000 });
    vi.setSystemTime(Date.now() + 5001);
    expect(thrownBy(() => completeLogin(granted(state), { storage })).code).toBe('state_mismatch');
  });

  it("throws 'login_denied' with errCode for a non-zero err_code, and uses the state up", () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    const error = thrownBy(() => completeLogin(denied(state, 1), { storage }));
    expect(error.code).toBe('login_denied');
    expect(error.errCode).toBe(1);
    expect(storage.dump()).not.toContain(state);
    expect(thrownBy(() => completeLogin(granted(state), { storage })).code).toBe('state_mismatch');
  });

  it('keeps the raw err_code on the error, whatever its value', () => {
    const storage = fakeStorage();
    for (const errCode of [-1, 2, 40029]) {
      const { state } = startLogin({ appId, redirectUri, storage });
      const error = thrownBy(() => completeLogin(denied(state, errCode), { storage }));
      expect(error.code).toBe('login_denied');
      expect(error.errCode).toBe(errCode);
    }
  });

  it.each([
    ['an empty code', (state: string) => `?code=&state=${state}`],
    ['a blank code', (state: string) => `?code=%20%20&state=${state}&err_code=0`],
    ['err_code 0 without a code', (state: string) => `?state=${state}&err_code=0`],
    ['a non-integer err_code', (state: string) => `?code=abc&state=${state}&err_code=abc`],
    ['a fractional err_code', (state: string) => `?state=${state}&err_code=1.5`],
  ])("throws 'invalid_callback' for %s", (_, callback) => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(thrownBy(() => completeLogin(callback(state), { storage })).code).toBe('invalid_callback');
  });

  it("throws 'invalid_callback' for input that is not a URL or query string", () => {
    for (const input of [42, null, undefined, {}, ['?code=a']]) {
      expect(thrownBy(() => completeLogin(input as never, { storage: fakeStorage() })).code).toBe('invalid_callback');
    }
  });

  it('works across a page load, sharing only the storage', () => {
    const shared = new Map<string, string>();
    // Page 1: the tap that starts the login.
    const { state } = startLogin({ appId, redirectUri, storage: fakeStorage(shared) });
    // Page 2: redirect_uri, opened in a new tab by the app: a new storage object over the same data.
    const url = granted(state);
    expect(completeLogin(url, { storage: fakeStorage(shared) })).toEqual({ code: 'CODE-123', state });
    expect(thrownBy(() => completeLogin(url, { storage: fakeStorage(shared) })).code).toBe('state_mismatch');
  });

  it.each([
    ['a full URL string', (state: string) => granted(state)],
    ['a query string with ?', (state: string) => `?code=CODE-123&state=${state}&err_code=0`],
    ['a query string without ?', (state: string) => `code=CODE-123&state=${state}&err_code=0`],
    ['a URL', (state: string) => new URL(granted(state))],
    ['URLSearchParams', (state: string) => new URLSearchParams({ code: 'CODE-123', state, err_code: '0' })],
    ['a URL with a hash', (state: string) => `${granted(state)}#/account`],
  ])('reads the callback from %s', (_, input) => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(completeLogin(input(state), { storage })).toEqual({ code: 'CODE-123', state });
  });

  it('reads the code with URL query rules', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(completeLogin(`?code=a+b%2Fc&state=${state}`, { storage })).toEqual({ code: 'a b/c', state });
  });

  it('sweeps expired entries out of the stored JSON when the next login starts', () => {
    const storage = fakeStorage();
    const expired = startLogin({ appId, redirectUri, storage, ttlMs: 1000 });
    expect(storage.dump()).toContain(expired.state);
    vi.setSystemTime(Date.now() + 1001);
    const next = startLogin({ appId, redirectUri, storage });
    expect(storage.dump()).not.toContain(expired.state);
    expect(storage.dump()).toContain(next.state);
    expect(completeLogin(granted(next.state), { storage })).toEqual({ code: 'CODE-123', state: next.state });
  });

  it('lets several pending logins (two tabs) each complete once', () => {
    const shared = new Map<string, string>();
    const tabA = startLogin({ appId, redirectUri, storage: fakeStorage(shared) });
    const tabB = startLogin({ appId, redirectUri, storage: fakeStorage(shared) });

    expect(completeLogin(granted(tabB.state, 'code-b'), { storage: fakeStorage(shared) })).toEqual({
      code: 'code-b',
      state: tabB.state,
    });
    expect(completeLogin(granted(tabA.state, 'code-a'), { storage: fakeStorage(shared) })).toEqual({
      code: 'code-a',
      state: tabA.state,
    });
    expect(thrownBy(() => completeLogin(granted(tabA.state), { storage: fakeStorage(shared) })).code).toBe('state_mismatch');
    expect(thrownBy(() => completeLogin(granted(tabB.state), { storage: fakeStorage(shared) })).code).toBe('state_mismatch');
  });

  it('leaves no stored entry behind once the last pending login completes', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    completeLogin(granted(state), { storage });
    expect(storage.dump()).toBe('');
  });
});

describe('completeLogin with appId', () => {
  const otherAppId = 'other-app';

  it('accepts a state startLogin made for that appId', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(completeLogin(granted(state), { storage, appId })).toEqual({ code: 'CODE-123', state });
  });

  it("refuses another app's state with 'state_mismatch'", () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId: otherAppId, redirectUri, storage });
    expect(thrownBy(() => completeLogin(granted(state), { storage, appId })).code).toBe('state_mismatch');
  });

  it("accepts any app's state without appId", () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId: otherAppId, redirectUri, storage });
    expect(completeLogin(granted(state), { storage })).toEqual({ code: 'CODE-123', state });
  });

  it('refuses a state whose stored entry was made for another app, even with the right tag', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    const [key] = [...storage.map.keys()];
    const entries = JSON.parse(storage.map.get(key!)!) as [string, number, string][];
    storage.map.set(key!, JSON.stringify(entries.map(([s, expiresAt]) => [s, expiresAt, otherAppId])));
    expect(thrownBy(() => completeLogin(granted(state), { storage, appId })).code).toBe('state_mismatch');
  });

  it("still reports a denial for another app's state as 'login_denied'", () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId: otherAppId, redirectUri, storage });
    const error = thrownBy(() => completeLogin(denied(state, 4), { storage, appId }));
    expect(error.code).toBe('login_denied');
    expect(error.errCode).toBe(4);
  });

  it("leaves another app's state stored for that app when it refuses it", () => {
    const storage = fakeStorage();
    const theirs = startLogin({ appId: otherAppId, redirectUri, storage });
    expect(thrownBy(() => completeLogin(granted(theirs.state), { storage, appId })).code).toBe('state_mismatch');
    expect(completeLogin(granted(theirs.state), { storage, appId: otherAppId })).toEqual({ code: 'CODE-123', state: theirs.state });
  });

  it("keeps this app's other pending states usable when it refuses one", () => {
    const storage = fakeStorage();
    const mine = startLogin({ appId, redirectUri, storage });
    const theirs = startLogin({ appId: otherAppId, redirectUri, storage });
    expect(thrownBy(() => completeLogin(granted(theirs.state), { storage, appId })).code).toBe('state_mismatch');
    expect(completeLogin(granted(mine.state), { storage, appId })).toEqual({ code: 'CODE-123', state: mine.state });
  });
});
