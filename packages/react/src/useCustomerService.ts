'use client';
import { useCallback, useState } from 'react';
import { createCustomerServiceFlow, type CustomerServiceStatus, type VVChatError } from '@vvchat/core';
import { useFlowEvents, useFlowState, useLatest } from './internal';
import { useVVChat } from './VVChatProvider';

/** Options of {@link useCustomerService}. */
export interface UseCustomerServiceOptions {
  /** The customer-service account's `open_id`. */
  openId: string;
  /** Called once when opening the chat failed. */
  onError?: ((error: VVChatError) => void) | undefined;
}

/** What {@link useCustomerService} returns. */
export interface UseCustomerServiceResult {
  /** Opens the chat in the VVChat app; call it inside a tap. */
  open: () => void;
  status: CustomerServiceStatus;
  error: VVChatError | undefined;
  /** Back to `idle`. */
  reset: () => void;
}

const idle = { status: 'idle' } as const;

/**
 * Open a chat with your customer-service account in the VVChat app.
 *
 * @example
 * const { open, status } = useCustomerService({ openId: 'OPEN_ID' });
 * <button onClick={open} disabled={status === 'launching'}>联系客服</button>
 */
export function useCustomerService(options: UseCustomerServiceOptions): UseCustomerServiceResult {
  const { client } = useVVChat();
  const [flow] = useState(() => createCustomerServiceFlow(client.context));
  const latest = useLatest(options);
  const state = useFlowState(flow, idle);
  useFlowEvents(flow, ({ status, error }) => status === 'error' && latest.current.onError?.(error!));
  const open = useCallback(() => flow.open(latest.current.openId), [flow, latest]);
  return { open, status: state.status, error: state.error, reset: flow.reset };
}
