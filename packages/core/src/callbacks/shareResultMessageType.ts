/**
 * The `type` of the `window` message that carries a share result:
 * `{ type: 'vvchat:share-result', result: { code, err_msg } }`. The default result channel of
 * `@vvchat/react` listens for it; the simulator posts it.
 *
 * @example
 * window.postMessage({ type: shareResultMessageType, result: { code: 200 } }, location.origin);
 */
export const shareResultMessageType = 'vvchat:share-result';
