import { VVChatError, isVVChatError } from '../errors';
import type { Launcher, LaunchResult } from '../launch/launch';
import type { VVChatStorage } from '../session/storage';

/** What every flow needs from the app: usually the `VVChatProvider`'s props. */
export interface FlowContext {
  /** Your application's `app_id`. */
  appId: string;
  /** Opens links: the browser's `launch`, the simulator, or a test double. */
  launcher: Launcher;
  /** Keeps login states and the pending order. @default localStorage, else memory */
  storage?: VVChatStorage | null | undefined;
  /** Where to send the user when the app did not open, e.g. the VVChat download page. */
  fallbackUrl?: string | undefined;
}

/** @internal Any thrown value as a `VVChatError`, wrapping the unknown ones in `code`. */
export function toVVChatError(error: unknown, code: VVChatError['code'], message: string): VVChatError {
  return isVVChatError(error) ? error : new VVChatError(code, message, { cause: error });
}

/**
 * @internal Launches `link` with the context's launcher: the launcher is called before this
 * returns (inside the caller's tap). Rejects with `not_opened` when the app did not open (after
 * the launcher sent the user to `fallbackUrl`), with `launch_failed` when the launcher failed.
 */
export function launchLink(context: FlowContext, link: string): Promise<void> {
  // The executor runs now, so the launcher is called inside the tap; a throw becomes a rejection.
  return new Promise<LaunchResult>((resolve) => {
    resolve(context.launcher.launch(link, context.fallbackUrl ? { fallbackUrl: context.fallbackUrl } : {}));
  }).then(
    (result) => {
      if (result.outcome === 'not-opened') throw new VVChatError('not_opened', 'the VVChat app did not open');
    },
    (error: unknown) => {
      throw toVVChatError(error, 'launch_failed', 'the launcher failed');
    },
  );
}

/**
 * @internal Numbers a flow's attempts (each tap, return or reset starts one), so that a late
 * answer to an earlier attempt (a slow order, a launch verdict) never changes a newer one.
 */
export function createAttempts(): {
  /** Starts an attempt; returns `guard`, which wraps a callback to run only while it is the latest. */
  next: () => <A extends unknown[]>(callback: (...args: A) => unknown) => (...args: A) => void;
} {
  let latest = 0;
  return {
    next() {
      const mine = ++latest;
      return (callback) =>
        (...args) => {
          if (mine === latest) callback(...args);
        };
    },
  };
}
