import { VVChatError } from '../errors';
import type { LaunchResult } from '../launch/launch';
import type { FlowConfig } from './flowConfig';
import { toVVChatError } from './toVVChatError';

/**
 * @internal Launches `link` with the config's launcher: the launcher is called before this
 * returns (inside the caller's tap). Resolves with the launcher's verdict; rejects with
 * `launch_failed` (the original as `cause`) when the launcher throws or rejects.
 */
export function launchLink(config: FlowConfig, link: string): Promise<LaunchResult> {
  // The executor runs now, so the launcher is called inside the tap; a throw becomes a rejection.
  return new Promise<LaunchResult>((resolve) => {
    const { fallbackUrl, desktop } = config;
    resolve(config.launcher.launch(link, { ...(fallbackUrl && { fallbackUrl }), ...(desktop && { desktop }) }));
  }).catch((error: unknown) => {
    throw toVVChatError(error, 'launch_failed', 'the launcher failed');
  });
}

/** @internal The error for a launch that ended `not-opened`. */
export const notOpened = (): VVChatError => new VVChatError('not_opened', 'the VVChat app did not open');

const blockedMessages = {
  'in-app-browser': 'this in-app browser does not open VVChat links: open the page in the system browser',
  desktop: 'VVChat links open on a phone: continue on a phone with VVChat',
  'no-user-activation': 'the launch was not inside a tap: the browser would not open VVChat, tap again',
} as const;

/** @internal The error for a launch that ended `blocked`, with its `reason` (and `app`). */
export function blockedError({ reason, app }: Extract<LaunchResult, { outcome: 'blocked' }>): VVChatError {
  return new VVChatError('blocked', blockedMessages[reason] ?? 'the launch was blocked', { reason, ...(app && { app }) });
}

/** @internal The error a launch that did not open the app ends in, or `undefined` when it opened or was left in doubt. */
export function launchError(result: LaunchResult): VVChatError | undefined {
  if (result.outcome === 'blocked') return blockedError(result);
  return result.outcome === 'not-opened' ? notOpened() : undefined;
}

/** @internal The event every flow fails with. */
export interface FailEvent {
  type: 'fail';
  error: VVChatError;
}

/**
 * @internal Launches `link` and sends what the launch ended as: `settled.opened` or
 * `settled.unknown`, else a `fail` with `not_opened`, `blocked` or `launch_failed`. The launcher
 * is called before this returns.
 */
export function launchAndSend<TEvent>(
  config: FlowConfig,
  link: string,
  send: (event: TEvent | FailEvent) => void,
  settled: { opened: TEvent; unknown: TEvent },
): void {
  void launchLink(config, link).then(
    (result) => {
      const error = launchError(result);
      send(error ? { type: 'fail', error } : settled[result.outcome as 'opened' | 'unknown']);
    },
    (error: unknown) => send({ type: 'fail', error: toVVChatError(error, 'launch_failed', 'the launch failed') }),
  );
}
