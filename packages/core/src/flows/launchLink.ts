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
    resolve(config.launcher.launch(link, config.fallbackUrl ? { fallbackUrl: config.fallbackUrl } : {}));
  }).catch((error: unknown) => {
    throw toVVChatError(error, 'launch_failed', 'the launcher failed');
  });
}

/** @internal The error for a launch that ended `not-opened`. */
export const notOpened = (): VVChatError => new VVChatError('not_opened', 'the VVChat app did not open');

/** @internal The event every flow fails with. */
export interface FailEvent {
  type: 'fail';
  error: VVChatError;
}

/**
 * @internal Launches `link` and sends what the launch ended as: `settled.opened` or
 * `settled.unknown`, else a `fail` with `not_opened` or `launch_failed`. The launcher is called
 * before this returns.
 */
export function launchAndSend<TEvent>(
  config: FlowConfig,
  link: string,
  send: (event: TEvent | FailEvent) => void,
  settled: { opened: TEvent; unknown: TEvent },
): void {
  void launchLink(config, link).then(
    ({ outcome }) => send(outcome === 'not-opened' ? { type: 'fail', error: notOpened() } : settled[outcome]),
    (error: unknown) => send({ type: 'fail', error: toVVChatError(error, 'launch_failed', 'the launch failed') }),
  );
}
