import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTabChannel,
  resetTabChannel,
  tabChannel,
  type TabMessage,
  type TabPage,
} from '../../../packages/core/src/flows/tabChannel';
import { withLock } from '../../../packages/core/src/flows/withLock';
import { deferred } from './support';

const loginSuccess: TabMessage = { type: 'login-success', appId: 'test-app', state: 'STATE-1', data: { openId: 'OPEN_ID' }, context: { next: '/cart' } };
const paid: TabMessage = { type: 'paid', appId: 'test-app', imprestCode: 'IMPREST-1', tradeNo: 'T-1', context: ['sku-1'] };
const storageKey = 'vvchat:tab-message';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const channel of opened.splice(0)) channel.close();
  resetTabChannel();
  vi.unstubAllGlobals();
});

/** A tab: a channel over `page` (Node's BroadcastChannel by default), with what it received. */
function openTab(page: TabPage = { BroadcastChannel, ...storageOrigin().page() }) {
  const channel = createTabChannel(page);
  opened.push(channel);
  const received: TabMessage[] = [];
  channel.subscribe((message) => received.push(message));
  return { channel, received };
}

/** A raw BroadcastChannel('vvchat'), as another script of the origin would open. */
function rawChannel() {
  const channel = new BroadcastChannel('vvchat');
  opened.push(channel);
  return channel;
}

type StorageListener = (event: Pick<StorageEvent, 'key' | 'newValue'>) => void;

/**
 * Pages of one origin sharing a fake `localStorage`: a change made in one fires `storage` on
 * each OTHER page (with the key and new value), as browsers do; a write that changes nothing fires nothing.
 */
function storageOrigin() {
  const map = new Map<string, string>();
  const pages: { listeners: Set<StorageListener> }[] = [];
  const fire = (from: unknown, key: string, newValue: string | null) => {
    for (const page of pages) if (page !== from) for (const listener of [...page.listeners]) listener({ key, newValue });
  };
  return {
    map,
    /** A page of the origin; `dispatch` fires a storage event on it alone, as another script's write would. */
    page() {
      const listeners = new Set<StorageListener>();
      const page = {
        listeners,
        localStorage: {
          setItem(key: string, value: string) {
            const changed = map.get(key) !== value;
            map.set(key, value);
            if (changed) fire(page, key, value);
          },
          removeItem(key: string) {
            if (map.delete(key)) fire(page, key, null);
          },
        },
        addEventListener: (_type: 'storage', listener: StorageListener) => void listeners.add(listener),
        removeEventListener: (_type: 'storage', listener: StorageListener) => void listeners.delete(listener),
        dispatch: (event: Pick<StorageEvent, 'key' | 'newValue'>) => [...listeners].forEach((listener) => listener(event)),
      };
      pages.push(page);
      return page;
    },
  };
}

/** Waits for `received` to hold `count` messages (BroadcastChannel delivers in a later task). */
async function until(received: unknown[], count: number) {
  await vi.waitFor(() => expect(received).toHaveLength(count));
}

describe('tabChannel over BroadcastChannel', () => {
  it('delivers a message posted in one tab to the other tab, as sent', async () => {
    const a = openTab();
    const b = openTab();
    a.channel.post(loginSuccess);
    a.channel.post(paid);
    await until(b.received, 2);
    expect(b.received).toEqual([loginSuccess, paid]);
  });

  it('never delivers a message to the tab that posted it', async () => {
    const a = openTab();
    const b = openTab();
    a.channel.post(loginSuccess);
    await until(b.received, 1);
    b.channel.post(paid); // after a's own message, had it been coming back
    await until(a.received, 1);
    expect(a.received).toEqual([paid]);
  });

  it('delivers to every subscriber, and no longer to one that unsubscribed', async () => {
    const a = openTab();
    const b = openTab();
    const other: TabMessage[] = [];
    const unsubscribe = b.channel.subscribe((message) => other.push(message));
    a.channel.post(loginSuccess);
    await until(b.received, 1);
    expect(other).toEqual([loginSuccess]);
    unsubscribe();
    a.channel.post(paid);
    await until(b.received, 2);
    expect(other).toEqual([loginSuccess]);
  });

  it('keeps two subscriptions of the same function apart: unsubscribing one leaves the other', async () => {
    const a = openTab();
    const b = openTab();
    const listener = vi.fn();
    const first = b.channel.subscribe(listener);
    b.channel.subscribe(listener);
    first();
    a.channel.post(paid);
    await until(b.received, 1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores what is not a valid message, field by field', async () => {
    const b = openTab();
    const raw = rawChannel();
    const junk: unknown[] = [
      null,
      'paid',
      42,
      [],
      {},
      { type: 'login-success', appId: 'test-app' }, // no state
      { type: 'login-success', appId: 7, state: 'STATE-1', data: 1 },
      { type: 'login-success', appId: 'test-app', state: ['STATE-1'] },
      { type: 'paid', appId: 'test-app' }, // no imprestCode
      { type: 'paid', appId: 'test-app', imprestCode: 1 },
      { type: 'paid', appId: 'test-app', imprestCode: 'IMPREST-1', tradeNo: 5 },
      { type: 'paid', appId: 'test-app', imprestCode: 'IMPREST-1', tradeNo: null },
      { type: 'refund', appId: 'test-app', imprestCode: 'IMPREST-1' },
    ];
    for (const message of junk) raw.postMessage(message);
    raw.postMessage(paid); // the same sender keeps its order: once this is in, the junk was seen
    await until(b.received, 1);
    expect(b.received).toEqual([paid]);
  });

  it('accepts a paid message without tradeNo, and a login whose data is undefined', async () => {
    const b = openTab();
    const raw = rawChannel();
    raw.postMessage({ type: 'paid', appId: 'test-app', imprestCode: 'IMPREST-1' });
    raw.postMessage({ type: 'login-success', appId: 'test-app', state: 'STATE-1' });
    await until(b.received, 2);
    expect(b.received.map((message) => message.type)).toEqual(['paid', 'login-success']);
  });

  it('drops a message that cannot be cloned, without throwing, and goes on delivering', async () => {
    const a = openTab();
    const b = openTab();
    expect(() => a.channel.post({ ...loginSuccess, data: () => 'a function' })).not.toThrow();
    a.channel.post(paid);
    await until(b.received, 1);
    expect(b.received).toEqual([paid]);
  });

  it('does nothing once closed: post does not throw, nothing is received', async () => {
    const a = openTab();
    const b = openTab();
    const c = openTab();
    b.channel.close();
    expect(() => b.channel.post(paid)).not.toThrow();
    a.channel.post(loginSuccess);
    await until(c.received, 1);
    expect(b.received).toEqual([]);
  });
});

describe('tabChannel over the storage event (no BroadcastChannel)', () => {
  it('delivers a message posted in one tab to the others, not to itself, and leaves nothing stored', () => {
    const origin = storageOrigin();
    const a = openTab(origin.page());
    const b = openTab(origin.page());
    const c = openTab(origin.page());
    a.channel.post(loginSuccess);
    expect(b.received).toEqual([loginSuccess]);
    expect(c.received).toEqual([loginSuccess]);
    expect(a.received).toEqual([]);
    expect(origin.map.size).toBe(0);
  });

  it('delivers the same message twice when posted twice', () => {
    const origin = storageOrigin();
    const a = openTab(origin.page());
    const b = openTab(origin.page());
    a.channel.post(paid);
    a.channel.post(paid);
    expect(b.received).toEqual([paid, paid]);
  });

  it('delivers a repeated identical message even when the key was never removed (the nonce)', () => {
    const origin = storageOrigin();
    const sender = origin.page();
    const removeItem = vi.spyOn(sender.localStorage, 'removeItem').mockImplementation(() => {
      throw new Error('storage refuses');
    });
    const a = openTab(sender);
    const b = openTab(origin.page());
    a.channel.post(paid);
    a.channel.post(paid);
    expect(removeItem).toHaveBeenCalledTimes(2);
    expect(b.received).toEqual([paid, paid]);
  });

  it('ignores other keys, removals, junk values and invalid messages without throwing', () => {
    const page = storageOrigin().page();
    const b = openTab(page);
    const events: Pick<StorageEvent, 'key' | 'newValue'>[] = [
      { key: 'other-key', newValue: JSON.stringify({ nonce: 1, message: paid }) },
      { key: null, newValue: null }, // localStorage.clear()
      { key: storageKey, newValue: null },
      { key: storageKey, newValue: '' },
      { key: storageKey, newValue: 'not json {' },
      { key: storageKey, newValue: 'null' },
      { key: storageKey, newValue: '42' },
      { key: storageKey, newValue: '"paid"' },
      { key: storageKey, newValue: JSON.stringify(paid) }, // a message, not wrapped
      { key: storageKey, newValue: JSON.stringify({ nonce: 1, message: { ...paid, imprestCode: 3 } }) },
      { key: storageKey, newValue: JSON.stringify({ nonce: 1, message: { type: 'login-success', appId: 'test-app' } }) },
    ];
    for (const event of events) expect(() => page.dispatch(event)).not.toThrow();
    expect(b.received).toEqual([]);
    page.dispatch({ key: storageKey, newValue: JSON.stringify({ nonce: 1, message: loginSuccess }) });
    expect(b.received).toEqual([loginSuccess]);
  });

  it('drops a message that cannot be serialised, or that storage refuses, without throwing', () => {
    const origin = storageOrigin();
    const sender = origin.page();
    const a = openTab(sender);
    const b = openTab(origin.page());
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(() => a.channel.post({ ...loginSuccess, data: circular })).not.toThrow();
    expect(() => a.channel.post({ ...loginSuccess, data: 10n })).not.toThrow();
    vi.spyOn(sender.localStorage, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(() => a.channel.post(paid)).not.toThrow();
    expect(b.received).toEqual([]);
    a.channel.post(paid);
    expect(b.received).toEqual([paid]);
  });

  it('drops a message when reading localStorage itself throws (storage blocked)', () => {
    const page = storageOrigin().page();
    Object.defineProperty(page, 'localStorage', {
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(() => openTab(page).channel.post(paid)).not.toThrow();
  });

  it('stops listening once unsubscribed, and removes its storage listener once closed', () => {
    const origin = storageOrigin();
    const a = openTab(origin.page());
    const receiver = origin.page();
    const b = createTabChannel(receiver);
    const received: TabMessage[] = [];
    const unsubscribe = b.subscribe((message) => received.push(message));
    a.channel.post(paid);
    unsubscribe();
    a.channel.post(loginSuccess);
    expect(received).toEqual([paid]);
    expect(receiver.listeners.size).toBe(1);
    b.close();
    expect(receiver.listeners.size).toBe(0);
  });
});

describe('the page channel', () => {
  it('does nothing on a server: no window, so no BroadcastChannel is used even where the runtime has one', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof BroadcastChannel).toBe('function'); // Node's
    const listening = openTab();
    const channel = tabChannel();
    expect(() => channel.post(paid)).not.toThrow();
    const unsubscribe = channel.subscribe(() => {
      throw new Error('a server channel never calls back');
    });
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
    openTab().channel.post(loginSuccess); // after the server's post, had it been sent
    await until(listening.received, 1);
    expect(listening.received).toEqual([loginSuccess]);
  });

  it("is one per page, made on first use over the page's window, and a new one after reset", () => {
    const origin = storageOrigin();
    const page = origin.page();
    vi.stubGlobal('window', page);
    expect(page.listeners.size).toBe(0);
    const channel = tabChannel();
    expect(tabChannel()).toBe(channel);
    expect(page.listeners.size).toBe(1);
    const received: TabMessage[] = [];
    channel.subscribe((message) => received.push(message));
    openTab(origin.page()).channel.post(paid);
    expect(received).toEqual([paid]);
    resetTabChannel();
    expect(page.listeners.size).toBe(0);
    expect(tabChannel()).not.toBe(channel);
  });
});

/** A Web Locks stand-in: one FIFO queue per name, exclusive; `ifAvailable` gets `null` while it is held or queued for. */
function fakeLocks() {
  const queues = new Map<string, Promise<unknown>>();
  const busy = new Map<string, number>();
  const request = vi.fn((name: string, ...rest: [LockGrantedCallback<unknown>] | [LockOptions, LockGrantedCallback<unknown>]) => {
    const callback = rest.length === 1 ? rest[0] : rest[1];
    const options = rest.length === 1 ? {} : rest[0];
    if (options.ifAvailable && busy.get(name)) return Promise.resolve().then(() => callback(null));
    busy.set(name, (busy.get(name) ?? 0) + 1);
    const release = () => busy.set(name, busy.get(name)! - 1);
    const granted = (queues.get(name) ?? Promise.resolve()).then(() => callback({ name, mode: 'exclusive' })).finally(release);
    queues.set(
      name,
      granted.catch(() => undefined),
    );
    return granted;
  });
  return { request };
}

describe('withLock', () => {
  it('runs the second task only once the first, holding the same lock, has finished', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const log: string[] = [];
    const first = deferred<string>();
    const one = withLock('vvchat:test', async () => {
      log.push('start 1');
      const result = await first.promise;
      log.push('end 1');
      return result;
    });
    const two = withLock('vvchat:test', () => {
      log.push('start 2');
      return 'second';
    });
    await vi.waitFor(() => expect(log).toEqual(['start 1']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log).toEqual(['start 1']); // still waiting
    first.resolve('first');
    expect(await one).toBe('first');
    expect(await two).toBe('second');
    expect(log).toEqual(['start 1', 'end 1', 'start 2']);
    // The first got it at once; the second asked without waiting, was refused, then waited.
    expect(locks.request.mock.calls.map(([name]) => name)).toEqual(['vvchat:test', 'vvchat:test', 'vvchat:test']);
  });

  // Issue 11's race, seen in real Chromium: the tab that waited got the lock before the holder's
  // BroadcastChannel message, concluded "nothing here" and stayed idle. It now knows it waited.
  it('still takes the lock where the ifAvailable form is refused (a polyfill), running the task once', async () => {
    const locks = fakeLocks();
    const plain = locks.request;
    const request = vi.fn((name: string, ...rest: [LockGrantedCallback<unknown>] | [LockOptions, LockGrantedCallback<unknown>]) =>
      rest.length === 2 ? Promise.reject(new TypeError('options not supported')) : plain(name, ...rest),
    );
    vi.stubGlobal('navigator', { locks: { request } });
    const task = vi.fn((waited: boolean) => waited);
    expect(await withLock('vvchat:test', task)).toBe(false);
    expect(task).toHaveBeenCalledOnce();
    expect(plain).toHaveBeenCalledOnce(); // held, under the plain request
  });

  it('tells the task whether it waited for another holder', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const first = deferred<undefined>();
    const waits: boolean[] = [];
    const one = withLock('vvchat:test', async (waited) => {
      waits.push(waited);
      await first.promise;
    });
    const two = withLock('vvchat:test', (waited) => void waits.push(waited));
    await new Promise((resolve) => setTimeout(resolve, 10));
    first.resolve(undefined);
    await Promise.all([one, two]);
    expect(waits).toEqual([false, true]);
    expect(await withLock('vvchat:other', (waited) => waited)).toBe(false);
  });

  it("rejects as the task does, running it once (a task's failure is not a failed lock)", async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const task = vi.fn(() => Promise.reject(new Error('exchange failed')));
    await expect(withLock('vvchat:test', task)).rejects.toThrow('exchange failed');
    const throwing = vi.fn(() => {
      throw new Error('thrown');
    });
    await expect(withLock('vvchat:test', throwing)).rejects.toThrow('thrown');
    expect(task).toHaveBeenCalledTimes(1);
    expect(throwing).toHaveBeenCalledTimes(1);
  });

  it('runs the task directly where there are no Web Locks (no navigator, or no navigator.locks)', async () => {
    expect(typeof navigator).toBe('undefined'); // Node 20
    expect(await withLock('vvchat:test', () => 1)).toBe(1);
    vi.stubGlobal('navigator', {}); // an insecure context
    const task = vi.fn(async () => 2);
    expect(await withLock('vvchat:test', task)).toBe(2);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task directly, once, when the lock request rejects or throws', async () => {
    vi.stubGlobal('navigator', { locks: { request: vi.fn(() => Promise.reject(new DOMException('sandboxed', 'SecurityError'))) } });
    const task = vi.fn(() => 'ran');
    expect(await withLock('vvchat:test', task)).toBe('ran');
    vi.stubGlobal('navigator', {
      locks: {
        request: vi.fn(() => {
          throw new DOMException('disabled', 'SecurityError');
        }),
      },
    });
    expect(await withLock('vvchat:test', task)).toBe('ran');
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('still rejects as the task does when it runs without a lock', async () => {
    vi.stubGlobal('navigator', { locks: { request: vi.fn(() => Promise.reject(new DOMException('sandboxed', 'SecurityError'))) } });
    await expect(withLock('vvchat:test', () => Promise.reject(new Error('exchange failed')))).rejects.toThrow('exchange failed');
  });
});
