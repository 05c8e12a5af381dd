import { removeCallbackParams, shareResultMessageType } from '@vvchat/core';

/**
 * How share results reach the page: a function that starts listening, hands every payload it
 * receives to `deliver` (which reads it with `parseShareResult`), and returns a function that
 * stops listening. Pass your own to `VVChatProvider`'s `shareResultChannel` when your VVChat
 * integration delivers results another way (a JS bridge, say).
 */
export type ShareResultChannel = (deliver: (payload: unknown) => void) => () => void;

/** The query parameter the default channel reads (a JSON object or a query string). */
export const shareResultParam = 'share_result';

/**
 * The default channel. The platform says the caller "receives a callback" with the result but
 * not how, so this listens two ways:
 * - a `window` `message` event from this page's own origin whose data is
 *   `{ type: 'vvchat:share-result', result: { code, err_msg } }`;
 * - a `share_result` parameter in the page URL (`?share_result={"code":200}`), read on start and
 *   whenever the page is shown again, then removed from the address bar.
 *
 * @example
 * window.postMessage({ type: 'vvchat:share-result', result: { code: 200 } }, location.origin);
 */
export const defaultShareResultChannel: ShareResultChannel = (deliver) => {
  const onMessage = (event: MessageEvent<{ type?: unknown; result?: unknown } | null>) => {
    if (event.origin === location.origin && event.data?.type === shareResultMessageType) deliver(event.data.result);
  };
  const readUrl = () => {
    const result = new URLSearchParams(location.search).get(shareResultParam);
    if (document.visibilityState === 'hidden' || result === null) return;
    try {
      history.replaceState(history.state, '', removeCallbackParams(location.href, [shareResultParam]));
    } catch {
      // Best effort (sandboxed iframes, Safari's rate limit): the result is delivered all the same.
    }
    deliver(result);
  };
  addEventListener('message', onMessage);
  document.addEventListener('visibilitychange', readUrl);
  readUrl();
  return () => {
    removeEventListener('message', onMessage);
    document.removeEventListener('visibilitychange', readUrl);
  };
};
