import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completeLogin, parseDeepLink, startLogin } from '@vvchat/core';
import { appId, fakeStorage, granted, redirectUri, thrownBy } from './fakeStorage';

const minute = 60_000;
const statesKey = 'vvchat:login-states';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('startLogin', () => {
  it("returns the login link and the state it carries, in the SDK's form vvc_<app tag>_<random>", () => {
    const storage = fakeStorage();
    const { link, state } = startLogin({ appId, redirectUri, storage });
    expect(typeof link).toBe('string');
    expect(state).toMatch(/^vvc_[0-9a-z]{7}_[A-Za-z0-9_-]{22}$/);
    expect(parseDeepLink(link)).toEqual({ action: 'login', appId, scope: 'snsapi_userinfo', state, redirectUri });
  });

  it('binds the state to the appId: the same tag for the same app, another for another app', () => {
    const tag = (state: string) => state.split('_')[1];
    const storage = fakeStorage();
    const first = startLogin({ appId, redirectUri, storage }).state;
    const second = startLogin({ appId, redirectUri, storage }).state;
    const other = startLogin({ appId: 'other-app', redirectUri, storage }).state;
    expect(tag(first)).toBe(tag(second));
    expect(tag(other)).not.toBe(tag(first));
  });

  it('stores [state, expiresAt, appId] under vvchat:login-states', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    const other = startLogin({ appId: 'other-app', redirectUri, storage, ttlMs: 1000 });
    expect([...storage.map.keys()]).toEqual([statesKey]);
    expect(JSON.parse(storage.map.get(statesKey)!)).toEqual([
      [state, Date.now() + 10 * minute, appId],
      [other.state, Date.now() + 1000, 'other-app'],
    ]);
  });

  it('keeps the 20 newest states', () => {
    const storage = fakeStorage();
    const states = Array.from({ length: 25 }, () => startLogin({ appId, redirectUri, storage }).state);
    const stored = (JSON.parse(storage.map.get(statesKey)!) as [string][]).map(([state]) => state);
    expect(stored).toEqual(states.slice(-20));
  });

  it('passes a custom scope through to the link', () => {
    const { link } = startLogin({ appId, redirectUri, scope: 'snsapi_base', storage: fakeStorage() });
    expect(parseDeepLink(link)).toMatchObject({ action: 'login', scope: 'snsapi_base' });
  });

  it('makes a new state on every call', () => {
    const storage = fakeStorage();
    const first = startLogin({ appId, redirectUri, storage });
    const second = startLogin({ appId, redirectUri, storage });
    expect(first.state).not.toBe(second.state);
  });

  it('stores the state in the given storage under one key', () => {
    const storage = fakeStorage();
    const first = startLogin({ appId, redirectUri, storage });
    expect(storage.map.size).toBe(1);
    expect(storage.dump()).toContain(first.state);

    const second = startLogin({ appId, redirectUri, storage });
    expect(storage.map.size).toBe(1);
    expect(storage.dump()).toContain(first.state);
    expect(storage.dump()).toContain(second.state);
  });

  it('keeps the state valid for 10 minutes by default', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    vi.advanceTimersByTime(10 * minute - 1);
    expect(completeLogin(granted(state), { storage })).toEqual({ code: 'CODE-123', state });
  });

  it('lets the state expire after 10 minutes by default', () => {
    const storage = fakeStorage();
    const { state } = startLogin({ appId, redirectUri, storage });
    vi.advanceTimersByTime(10 * minute + 1);
    expect(thrownBy(() => completeLogin(granted(state), { storage })).code).toBe('state_mismatch');
  });

  it('honours a custom ttlMs', () => {
    const storage = fakeStorage();
    const kept = startLogin({ appId, redirectUri, storage, ttlMs: 30 * minute });
    const short = startLogin({ appId, redirectUri, storage, ttlMs: 1000 });

    vi.advanceTimersByTime(999);
    expect(completeLogin(granted(short.state), { storage })).toEqual({ code: 'CODE-123', state: short.state });

    const late = startLogin({ appId, redirectUri, storage, ttlMs: 1000 });
    vi.advanceTimersByTime(1001);
    expect(thrownBy(() => completeLogin(granted(late.state), { storage })).code).toBe('state_mismatch');

    vi.advanceTimersByTime(20 * minute);
    expect(completeLogin(granted(kept.state), { storage })).toEqual({ code: 'CODE-123', state: kept.state });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, '5', null])(
    "throws 'invalid_option' naming ttlMs for ttlMs %s and stores nothing",
    (ttlMs) => {
      const storage = fakeStorage();
      const error = thrownBy(() => startLogin({ appId, redirectUri, storage, ttlMs: ttlMs as number }));
      expect(error.code).toBe('invalid_option');
      expect(error.message).toContain('ttlMs');
      expect(storage.calls.filter((call) => call.method !== 'getItem')).toEqual([]);
      expect(storage.map.size).toBe(0);
    },
  );

  it.each([
    ['appId', { appId: '', redirectUri }],
    ['appId', { appId: '   ', redirectUri }],
    ['appId', { appId: undefined, redirectUri }],
    ['appId', { appId: 42, redirectUri }],
    ['redirectUri', { appId, redirectUri: '' }],
    ['redirectUri', { appId, redirectUri: '/login/callback' }],
    ['redirectUri', { appId, redirectUri: 'javascript:alert(1)' }],
    ['redirectUri', { appId, redirectUri: 'qyx://thirdlogin' }],
    ['redirectUri', { appId }],
  ])("throws 'invalid_option' naming %s and stores nothing (%j)", (name, options) => {
    const storage = fakeStorage();
    const error = thrownBy(() => startLogin({ ...(options as { appId: string; redirectUri: string }), storage }));
    expect(error.code).toBe('invalid_option');
    expect(error.message).toContain(name);
    expect(storage.calls.filter((call) => call.method !== 'getItem')).toEqual([]);
    expect(storage.map.size).toBe(0);
  });

  it("throws 'invalid_option' rather than a TypeError when called without options", () => {
    expect(thrownBy(() => startLogin(undefined as never)).code).toBe('invalid_option');
  });

  it("throws 'no_crypto' and stores nothing when crypto is missing", () => {
    vi.stubGlobal('crypto', undefined);
    const storage = fakeStorage();
    expect(thrownBy(() => startLogin({ appId, redirectUri, storage })).code).toBe('no_crypto');
    expect(storage.map.size).toBe(0);
  });

  it('sweeps expired entries when it writes a new one', () => {
    const storage = fakeStorage();
    const stale = startLogin({ appId, redirectUri, storage, ttlMs: 1000 });
    const alive = startLogin({ appId, redirectUri, storage, ttlMs: 60 * minute });
    vi.advanceTimersByTime(2000);

    const fresh = startLogin({ appId, redirectUri, storage });
    const stored = storage.dump();
    expect(stored).not.toContain(stale.state);
    expect(stored).toContain(alive.state);
    expect(stored).toContain(fresh.state);
  });

  it('drops entries stored by an older version ([state, expiresAt]) at the next write, and does not accept them', () => {
    const storage = fakeStorage();
    storage.map.set(statesKey, JSON.stringify([['legacy-state-0123456789ab', Date.now() + 10 * minute]]));
    expect(thrownBy(() => completeLogin(granted('legacy-state-0123456789ab'), { storage })).code).toBe('state_mismatch');
    storage.map.set(statesKey, JSON.stringify([['legacy-state-0123456789ab', Date.now() + 10 * minute]]));
    const { state } = startLogin({ appId, redirectUri, storage });
    expect(JSON.parse(storage.map.get(statesKey)!)).toEqual([[state, Date.now() + 10 * minute, appId]]);
  });

  it('replaces unreadable stored data instead of throwing', () => {
    const storage = fakeStorage();
    startLogin({ appId, redirectUri, storage });
    const [key] = [...storage.map.keys()];
    const later = Date.now() + 60 * minute;
    const entries = [
      ['a 2-tuple of an older version', ['old-state', later]],
      ['a non-string appId', ['s', later, 42]],
      ['an empty state', ['', later, appId]],
      ['a string expiry', ['s', String(later), appId]],
      ['an extra field', ['s', later, appId, 'x']],
    ].map(([, entry]) => JSON.stringify([entry]));
    for (const junk of ['not json', '{"a":1}', '42', 'null', '[[1,2],"x",null]', ...entries]) {
      storage.map.set(key!, junk);
      const { state } = startLogin({ appId, redirectUri, storage });
      expect(completeLogin(granted(state), { storage })).toEqual({ code: 'CODE-123', state });
    }
  });
});
