/** What one tab tells the others of its origin. */
export type TabMessage =
  /** A login finished in that tab (after its one `exchangeCode`): `data` is what the exchange returned. */
  | { type: 'login-success'; appId: string; state: string; data: unknown; context?: unknown }
  /** A payment finished in that tab (after `verifyPayment` said 'paid'). */
  | { type: 'paid'; appId: string; imprestCode: string; tradeNo?: string | undefined; context?: unknown };

/** A page's line to the other tabs of its origin. */
export interface TabChannel {
  /**
   * Sends `message` to every other tab of this origin (never to this tab itself). Never throws:
   * a message that cannot be cloned or serialised is dropped.
   */
  post(message: TabMessage): void;
  /**
   * Calls `listener` for each message from another tab; returns the unsubscribe. What is not a
   * valid {@link TabMessage} (another script's junk in storage) is ignored.
   */
  subscribe(listener: (message: TabMessage) => void): () => void;
}

/** @internal What a channel needs of its page; `window` fits. */
export interface TabPage {
  /** Used where present; without it, the channel goes through `localStorage` and `storage` events. */
  BroadcastChannel?: typeof BroadcastChannel | undefined;
  /** Read at each post (its getter throws where storage is blocked). */
  localStorage: Pick<Storage, 'setItem' | 'removeItem'>;
  /** `storage` (the fallback's messages), `pagehide` and `pageshow` (the back/forward cache). */
  addEventListener(type: 'storage' | 'pagehide' | 'pageshow', listener: (event: Pick<StorageEvent, 'key' | 'newValue'>) => void): void;
  removeEventListener(type: 'storage' | 'pagehide' | 'pageshow', listener: (event: Pick<StorageEvent, 'key' | 'newValue'>) => void): void;
}

const storageKey = 'vvchat:tab-message';

/** Checked field by field: the storage event carries whatever another script wrote. */
function isTabMessage(value: unknown): value is TabMessage {
  // `?? {}`: destructuring reads fields of any other value without throwing.
  const { type, appId, state, imprestCode, tradeNo } = (value ?? {}) as Record<string, unknown>;
  return (
    typeof appId === 'string' &&
    (type === 'login-success'
      ? typeof state === 'string'
      : type === 'paid' && typeof imprestCode === 'string' && (tradeNo === undefined || typeof tradeNo === 'string'))
  );
}

/**
 * @internal A channel over `page` (default `window`; none on a server, where it does nothing):
 * `BroadcastChannel('vvchat')` where the page has it, else the `storage` event of `localStorage`.
 * Tests make two of them to stand for two tabs.
 */
export function createTabChannel(page: TabPage | undefined = globalThis.window): TabChannel & { close(): void } {
  const listeners = new Set<(message: TabMessage) => void>();
  const receive = (message: unknown) => {
    if (isTabMessage(message)) for (const listener of listeners) listener(message);
  };
  let send: (message: TabMessage) => void = () => {};
  let close: () => void = () => {};
  if (page?.BroadcastChannel) {
    const Channel = page.BroadcastChannel;
    let channel: BroadcastChannel | undefined;
    const open = () => {
      channel = new Channel('vvchat');
      channel.onmessage = (event: MessageEvent) => receive(event.data);
    };
    // An open BroadcastChannel keeps the page out of the back/forward cache (Chromium): closed
    // while the page is hidden in it, opened again when it is shown.
    const shut = () => {
      channel?.close();
      channel = undefined;
    };
    const reopen = () => channel ?? open();
    open();
    page.addEventListener('pagehide', shut);
    page.addEventListener('pageshow', reopen);
    send = (message) => channel?.postMessage(message);
    close = () => {
      shut();
      page.removeEventListener('pagehide', shut);
      page.removeEventListener('pageshow', reopen);
    };
  } else if (page) {
    const onStorage = ({ key, newValue }: Pick<StorageEvent, 'key' | 'newValue'>) => {
      if (key !== storageKey || !newValue) return; // `removeItem` fires one too, with no value
      let parsed: unknown;
      try {
        parsed = (JSON.parse(newValue) as { message?: unknown } | null)?.message;
      } catch {
        return;
      }
      receive(parsed);
    };
    page.addEventListener('storage', onStorage);
    send = (message) => {
      const storage = page.localStorage;
      // The nonce makes a repeated identical message a change (one that fires the event) even if
      // the removal below failed; removing keeps nothing behind for a later tab to misread.
      storage.setItem(storageKey, JSON.stringify({ nonce: Math.random(), message }));
      storage.removeItem(storageKey);
    };
    close = () => page.removeEventListener('storage', onStorage);
  }
  return {
    post(message) {
      try {
        send(message);
      } catch {
        // Not cloneable or serialisable, storage full or blocked, channel closed: dropped.
      }
    },
    subscribe(listener) {
      // A wrapper of its own, so that the same function subscribed twice unsubscribes once each.
      const own = (message: TabMessage) => listener(message);
      listeners.add(own);
      return () => void listeners.delete(own);
    },
    close,
  };
}

let pageChannel: ReturnType<typeof createTabChannel> | undefined;

/**
 * @internal The page's channel, made on first use: `BroadcastChannel('vvchat')` where it exists,
 * else the `storage` event on `localStorage` key `'vvchat:tab-message'`. On a server, `post` and
 * `subscribe` do nothing.
 */
export function tabChannel(): TabChannel {
  return (pageChannel ??= createTabChannel());
}

/** @internal For tests: closes the page's channel and forgets it (the next use makes a new one). */
export function resetTabChannel(): void {
  pageChannel?.close();
  pageChannel = undefined;
}

/**
 * @internal The first message from another tab that `pick` maps to a value, or `undefined` after
 * `timeoutMs`: a tab that waited for a lock hears the holder's result, which BroadcastChannel may
 * deliver a moment after the lock.
 */
export function nextTabMessage<T>(pick: (message: TabMessage) => T | undefined, timeoutMs: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const done = (value: T | undefined) => {
      clearTimeout(timer);
      off();
      resolve(value);
    };
    const off = tabChannel().subscribe((message) => {
      const value = pick(message);
      if (value !== undefined) done(value);
    });
    const timer = setTimeout(() => done(undefined), timeoutMs);
  });
}
