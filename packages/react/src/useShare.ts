'use client';
import { useCallback, useEffect, useState } from 'react';
import { createShareFlow, type ShareContent, type ShareResult, type ShareStatus, type VVChatError } from '@vvchat/core';
import { useFlowEvents, useFlowState, useLatest } from './internal';
import { useVVChat } from './VVChatProvider';

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
   * `waiting` for the app's answer after it opened, then `success`, `failed` (the app's code and
   * message are on `result`), or `unknown` when the user came back and no result arrived.
   */
  status: ShareStatus;
  result: ShareResult | undefined;
  error: VVChatError | undefined;
  /** Back to `idle`. */
  reset: () => void;
}

const idle = { status: 'idle' } as const;

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
  const { client } = useVVChat();
  const [flow] = useState(() => createShareFlow(client.context));
  const latest = useLatest(options);
  const state = useFlowState(flow, idle);

  useEffect(() => {
    client.shares.add(flow);
    return () => void client.shares.delete(flow);
  }, [client, flow]);

  useFlowEvents(flow, ({ status, result, error }) => {
    if (status === 'success') latest.current.onSuccess?.(result as ShareResult & { ok: true });
    if (status === 'error') latest.current.onError?.(error!);
  });

  const share = useCallback((content: ShareContent) => flow.share(content), [flow]);
  return { share, status: state.status, result: state.result, error: state.error, reset: flow.reset };
}
