import { parseShareResult, type ShareResult } from '../callbacks/parseShareResult';
import { VVChatError } from '../errors';
import { buildShareLink, type ShareLinkOptions } from '../links/buildShareLink';
import { createAttempts, launchLink, toVVChatError, type FlowContext } from './context';
import { createStore, type Store } from './store';

/**
 * Where a share is: `waiting` for the app's result after it opened; `success` (code 200) or
 * `failed` (another code, message on `result`); `unknown` when the user came back and no
 * result arrived.
 */
export type ShareStatus = 'idle' | 'launching' | 'waiting' | 'success' | 'failed' | 'unknown' | 'error';

/** What to share: the link's options without `appId`, which comes from the provider. */
export type ShareContent = Omit<ShareLinkOptions, 'appId'>;

/** A share flow's state. */
export interface ShareState {
  status: ShareStatus;
  result?: ShareResult | undefined;
  error?: VVChatError | undefined;
}

/** The share state machine that `useShare` adapts to React. */
export interface ShareFlow extends Store<ShareState> {
  /** Checks `content` and launches `qyx://share`; the launcher is called before this returns. */
  share: (content: ShareContent) => void;
  /** A result from any channel, read by `parseShareResult`; ignored unless a share is under way. */
  deliver: (payload: unknown) => void;
  /** The page is shown again: with no result yet, the share ends `unknown`. */
  returned: () => void;
  /** Back to `idle`. */
  reset: () => void;
}

/**
 * Creates the share state machine over a {@link FlowContext} read at each call.
 *
 * @example
 * const flow = createShareFlow(() => ({ appId: 'APPID', launcher: createLauncher() }));
 * button.onclick = () => flow.share({ title: '新品', url: location.href });
 * window.addEventListener('message', (event) => flow.deliver(event.data));
 */
export function createShareFlow(context: () => FlowContext): ShareFlow {
  const store = createStore<ShareState>({ status: 'idle' });
  const fail = (error: unknown) => store.set({ status: 'error', error: toVVChatError(error, 'launch_failed', 'share failed') });
  const pending = () => /^(launching|waiting)$/.test(store.get().status);
  const attempts = createAttempts();
  return {
    ...store,
    share(content) {
      if (pending()) return;
      const guard = attempts.next();
      const ctx = context();
      try {
        const link = buildShareLink({ ...content, appId: ctx.appId });
        store.set({ status: 'launching' });
        launchLink(ctx, link).then(
          guard(() => store.get().status === 'launching' && store.set({ status: 'waiting' })),
          guard(fail),
        );
      } catch (error) {
        fail(error);
      }
    },
    deliver(payload) {
      if (!pending()) return;
      attempts.next();
      try {
        const result = parseShareResult(payload);
        store.set({ status: result.ok ? 'success' : 'failed', result });
      } catch (error) {
        fail(error);
      }
    },
    returned() {
      if (store.get().status !== 'waiting') return;
      attempts.next();
      store.set({ status: 'unknown' });
    },
    reset() {
      attempts.next();
      store.set({ status: 'idle' });
    },
  };
}
