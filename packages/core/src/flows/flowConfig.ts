import type { Launcher } from '../launch/launch';
import type { VVChatStorage } from '../session/storage';

/**
 * What a flow needs from the app for one action: usually the `VVChatProvider`'s props. Each
 * action brings its own, so two providers on one page each launch with their own launcher.
 */
export interface FlowConfig {
  /** Your application's `app_id`. */
  appId: string;
  /** Opens links: the browser's `launch`, the simulator, or a test double. */
  launcher: Launcher;
  /** Keeps login states and the pending order. @default localStorage, else memory */
  storage?: VVChatStorage | null | undefined;
  /** Where to send the user when the app did not open, e.g. the VVChat download page. */
  fallbackUrl?: string | undefined;
  /** On a desktop browser: `'block'` (the launch ends `blocked`, `reason: 'desktop'`) or `'launch'` (try). @default 'block' */
  desktop?: 'block' | 'launch' | undefined;
  /**
   * Replaces the address bar's URL after a callback was read (best effort: a throw is ignored).
   * @default history.replaceState, when the URL changed
   */
  replaceUrl?: ((url: string) => void) | undefined;
}
