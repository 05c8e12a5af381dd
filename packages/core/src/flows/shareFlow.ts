import { parseShareResult, type ShareResult } from '../callbacks/parseShareResult';
import { VVChatError } from '../errors';
import { buildShareLink, type ShareLinkOptions } from '../links/buildShareLink';
import { createMachine, type Machine } from './createMachine';
import type { FlowConfig } from './flowConfig';
import { launchAndSend } from './launchLink';
import { pageVisible } from './page';
import { toVVChatError } from './toVVChatError';
import { shareElsewhere, type ShareElsewhereOutcome } from '../share/shareElsewhere';

/** What to share: the link's options without `appId`, which comes from the provider. */
export type ShareContent = Omit<ShareLinkOptions, 'appId'>;

/**
 * A share flow's state. `waiting` for the app's result after it opened; `success` (code 200) or
 * `failed` (another code, message on `result`); `unknown` when the user came back and no result
 * arrived, or the launch was left in doubt. When VVChat did not open (`error` `not_opened` or
 * `blocked`, with the `content` kept), {@link ShareFlow.shareElsewhere} ends in `shared-elsewhere`
 * (the system share sheet took it) or `copied` (the link is on the clipboard).
 */
export type ShareState =
  | { status: 'idle' }
  | { status: 'launching'; link: string; config: FlowConfig; content: ShareContent }
  | { status: 'waiting' }
  | { status: 'success'; result: ShareResult & { ok: true } }
  | { status: 'failed'; result: ShareResult & { ok: false } }
  | { status: 'unknown' }
  | { status: ShareElsewhereOutcome; content: ShareContent }
  | { status: 'error'; error: VVChatError; content?: ShareContent | undefined };

/** Where a share is. */
export type ShareStatus = ShareState['status'];

/** What moves a share flow. */
export type ShareEvent =
  | { type: 'share'; link: string; config: FlowConfig; content: ShareContent }
  /** The share went around VVChat: the system share sheet or the clipboard. */
  | { type: 'elsewhere'; outcome: ShareElsewhereOutcome; content: ShareContent }
  | { type: 'opened' }
  /** The launch settled with no sign of the app (`unknown`), or the page was shown again with no result. */
  | { type: 'noResult' }
  | { type: 'result'; result: ShareResult }
  | { type: 'fail'; error: VVChatError }
  | { type: 'reset' };

/** The share state machine that `useShare` adapts to React: one per consumer. */
export interface ShareFlow extends Machine<ShareState, ShareEvent> {
  /** Checks `content` and launches `qyx://share`; the launcher is called before this returns. */
  share: (content: ShareContent, config: FlowConfig) => void;
  /** A result from any channel, read by `parseShareResult`; ignored unless a share is under way. */
  deliver: (payload: unknown) => void;
  /**
   * Shares without VVChat (call it inside a tap): the system share sheet where the browser has
   * one, else copies the link; `shared-elsewhere` or `copied`, `error` `copy_failed` when nothing
   * worked; a closed share sheet changes nothing. `content` defaults to the one VVChat could not take.
   */
  shareElsewhere: (content?: ShareContent) => void;
  /** Back to `idle`. */
  reset: () => void;
}

/** How long after the page is shown again a share result may still arrive. */
const resultGraceMs = 1500;

const underWay = (state: ShareState) => state.status === 'launching' || state.status === 'waiting';

function transition(state: ShareState, event: ShareEvent): ShareState {
  switch (event.type) {
    case 'share':
      return underWay(state) ? state : { status: 'launching', link: event.link, config: event.config, content: event.content };
    case 'elsewhere':
      return underWay(state) ? state : { status: event.outcome, content: event.content };
    case 'opened':
      return state.status === 'launching' ? { status: 'waiting' } : state;
    case 'noResult':
      return underWay(state) ? { status: 'unknown' } : state;
    case 'result':
      if (!underWay(state)) return state;
      return event.result.ok ? { status: 'success', result: event.result } : { status: 'failed', result: event.result };
    case 'fail':
      return { status: 'error', error: event.error, ...('content' in state && { content: state.content }) };
    case 'reset':
      return state.status === 'idle' ? state : { status: 'idle' };
  }
}

/**
 * Creates the share state machine. It owns its effects: the launch and its verdict, and the
 * grace period after the page is shown again, after which a share with no result ends `unknown`.
 *
 * @example
 * const flow = createShareFlow();
 * button.onclick = () => flow.share({ title: '新品', url: location.href }, { appId: 'APPID', launcher: createLauncher() });
 * window.addEventListener('message', (event) => flow.deliver(event.data));
 */
export function createShareFlow(): ShareFlow {
  let elsewherePending = false;
  const machine = createMachine<ShareState, ShareEvent>({
    initial: { status: 'idle' },
    transition,
    effects: {
      launching: ({ link, config }, { send }) => launchAndSend(config, link, send, { opened: { type: 'opened' }, unknown: { type: 'noResult' } }),
      waiting: (_, { signal, send }) => {
        if (typeof document === 'undefined') return;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onVisibility = () => {
          clearTimeout(timer);
          if (pageVisible()) timer = setTimeout(() => send({ type: 'noResult' }), resultGraceMs);
        };
        document.addEventListener('visibilitychange', onVisibility, { signal });
        signal.addEventListener('abort', () => clearTimeout(timer));
        // Opened while the page is on screen (a late timer, a launcher that never hid it): the grace starts now.
        onVisibility();
      },
    },
  });

  return {
    ...machine,
    share(content, config) {
      if (underWay(machine.get())) return;
      try {
        machine.send({ type: 'share', link: buildShareLink({ ...content, appId: config.appId }), config, content });
      } catch (error) {
        machine.send({ type: 'fail', error: toVVChatError(error, 'launch_failed', 'the share could not start') });
      }
    },
    deliver(payload) {
      if (!underWay(machine.get())) return;
      try {
        machine.send({ type: 'result', result: parseShareResult(payload) });
      } catch (error) {
        machine.send({ type: 'fail', error: toVVChatError(error, 'invalid_callback', 'the share result is malformed') });
      }
    },
    shareElsewhere(content) {
      const state = machine.get();
      const what = content ?? ('content' in state ? state.content : undefined);
      if (underWay(state) || elsewherePending) return;
      if (!what) return machine.send({ type: 'fail', error: new VVChatError('invalid_option', 'shareElsewhere needs content to share') });
      elsewherePending = true;
      shareElsewhere(what).then(
        (outcome) => machine.send({ type: 'elsewhere', outcome, content: what }),
        (error: unknown) => {
          // A closed share sheet is the user's choice: the state (and its way out) stays.
          if (!(error instanceof VVChatError && error.code === 'aborted')) {
            machine.send({ type: 'fail', error: toVVChatError(error, 'copy_failed', 'the link could not be shared') });
          }
        },
      ).finally(() => (elsewherePending = false));
    },
    reset: () => machine.send({ type: 'reset' }),
  };
}
