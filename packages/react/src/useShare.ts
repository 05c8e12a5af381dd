'use client';
import { useCallback } from 'react';
import { createShareFlow, shareFallback, type ShareContent, type ShareResult, type ShareStatus, type VVChatError } from '@vvchat/core';
import { useShareResults } from './shareResultHub';
import { useFlow, useFlowEvent } from './useFlow';

/** Options of {@link useShare}. Every callback is read when it is called. */
export interface UseShareOptions {
  /** Called once when the app reported a successful share (code 200). */
  onSuccess?: ((result: ShareResult & { ok: true }) => void) | undefined;
  /** Called once when the share ended in `status: 'error'` (bad content, app not opened, …). */
  onError?: ((error: VVChatError) => void) | undefined;
}

/** What {@link useShare} returns. */
export interface UseShareResult {
  /** Checks `content` and opens the VVChat share sheet; call it inside a tap. */
  share: (content: ShareContent) => void;
  /**
   * Shares without VVChat, inside a tap: the system share sheet (`navigator.share`) where the
   * browser has it, else copies the link. `content` defaults to what VVChat could not take.
   */
  shareElsewhere: (content?: ShareContent) => void;
  /**
   * `waiting` for the app's answer after it opened, then `success`, `failed` (the app's code and
   * message are on `result`), or `unknown` when the user came back and no result arrived.
   * `shared-elsewhere` or `copied` after {@link UseShareResult.shareElsewhere}.
   */
  status: ShareStatus;
  result: ShareResult | undefined;
  error: VVChatError | undefined;
  /**
   * The way out on offer when VVChat did not open or cannot open here (`error` `not_opened` or
   * `blocked`): `'web-share'` (the system share sheet) or `'copy'` (copy the link); else `undefined`.
   */
  fallback: 'web-share' | 'copy' | undefined;
  /** Back to `idle`. */
  reset: () => void;
}

/**
 * Share a page to VVChat, as a basic card or, with `data`, an advanced one. The result arrives
 * through the provider's `shareResultChannel` (by default a `message` event or a `share_result`
 * URL parameter) and is read by `parseShareResult`.
 *
 * @example
 * const { share, status } = useShare();
 * <button onClick={() => share({ title: '新品上市', url: location.href })}>分享</button>
 */
export function useShare(options: UseShareOptions = {}): UseShareResult {
  const { flow, state, optionsRef, config } = useFlow(createShareFlow, options, { scope: 'consumer' });
  useShareResults(flow);
  useFlowEvent(flow, 'success', ({ result }) => optionsRef.current.onSuccess?.(result));
  useFlowEvent(flow, 'error', ({ error }) => optionsRef.current.onError?.(error));
  const share = useCallback((content: ShareContent) => flow.share(content, config()), [flow, config]);
  const error = state.status === 'error' ? state.error : undefined;
  const stuck = error && state.status === 'error' && state.content && (error.code === 'not_opened' || error.code === 'blocked');
  return {
    share,
    shareElsewhere: flow.shareElsewhere,
    status: state.status,
    result: state.status === 'success' || state.status === 'failed' ? state.result : undefined,
    error,
    // Read only once VVChat failed, i.e. after a tap on the client: never during server rendering.
    fallback: stuck ? shareFallback(state.content) : undefined,
    reset: flow.reset,
  };
}
