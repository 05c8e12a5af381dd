import { vi } from 'vitest';
import { isVVChatError, type FlowContext, type LaunchOptions, type LaunchOutcome, type LaunchResult, type VVChatError } from '@vvchat/core';
import { fakeStorage } from '../../support/storage';

export { deferred } from '../../support/deferred';
export { fakeStorage, throwingStorage, type FakeStorage } from '../../support/storage';

export const appId = 'test-app';
export const redirectUri = 'https://shop.example/callback?from=cart';
export const fallbackUrl = 'https://vvchat.example/download';

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
