import { vi } from 'vitest';
import { isVVChatError, type FlowContext, type LaunchOptions, type LaunchOutcome, type LaunchResult, type VVChatError, type VVChatStorage } from '@vvchat/core';

export const appId = 'test-app';
export const redirectUri = 'https://shop.example/callback?from=cart';
export const fallbackUrl = 'https://vvchat.example/download';

/** A Map-backed Web Storage stand-in. */
export interface FakeStorage extends VVChatStorage {
  readonly map: Map<string, string>;
}

export function fakeStorage(map = new Map<string, string>()): FakeStorage {
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
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

type LaunchFn = (link: string, options?: LaunchOptions) => Promise<LaunchResult>;

/** A launcher that answers every launch with `outcome` (resolved at once). */
export function fakeLauncher(outcome: LaunchOutcome = 'opened') {
  return { launch: vi.fn<LaunchFn>(() => Promise.resolve({ outcome, elapsedMs: 0 })) };
}

/** A launcher whose launches stay pending until the test answers them by hand. */
export function manualLauncher() {
  const pending: { link: string; resolve: (result: LaunchResult) => void; reject: (error: unknown) => void }[] = [];
  const launch = vi.fn<LaunchFn>(
    (link) =>
      new Promise<LaunchResult>((resolve, reject) => {
        pending.push({ link, resolve, reject });
      }),
  );
  return {
    launch,
    pending,
    /** Answers the oldest pending launch with `outcome`. */
    answer(outcome: LaunchOutcome) {
      pending.shift()?.resolve({ outcome, elapsedMs: 0 });
    },
    /** Rejects the oldest pending launch with `error`. */
    fail(error: unknown) {
      pending.shift()?.reject(error);
    },
  };
}

/** A context function over a launcher and a storage; `fallbackUrl` only when given. */
export function contextOf(
  launcher: FlowContext['launcher'],
  storage: FlowContext['storage'] = fakeStorage(),
  extra: Partial<FlowContext> = {},
): () => FlowContext {
  return () => ({ appId, launcher, storage, ...extra });
}

/** Lets every pending promise callback run (a macrotask drains the microtask queue). */
export const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A promise with its resolve and reject functions, for answers given by hand. */
export function deferred<T>() {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Narrows a state's `error` to a `VVChatError`, failing when there is none. */
export function errorOf(state: { error?: VVChatError | undefined }): VVChatError {
  const { error } = state;
  if (!isVVChatError(error)) throw new Error(`expected a VVChatError on the state, got ${String(error)}`);
  return error;
}

/** The URL the VVChat app opens on `redirect_uri` after a login: `code`/`state`/`err_code`. */
export function loginCallback(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}
