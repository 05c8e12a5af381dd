'use client';
import { useCallback } from 'react';
import { createCustomerServiceFlow, type CustomerServiceStatus, type VVChatError } from '@vvchat/core';
import { useFlow, useFlowEvent } from './useFlow';

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

/**
 * Open a chat with your customer-service account in the VVChat app.
 *
 * @example
 * const { open, status } = useCustomerService({ openId: 'OPEN_ID' });
 * <button onClick={open} disabled={status === 'launching'}>联系客服</button>
 */
export function useCustomerService(options: UseCustomerServiceOptions): UseCustomerServiceResult {
  const { flow, state, optionsRef, config } = useFlow(createCustomerServiceFlow, options, { scope: 'consumer' });
  useFlowEvent(flow, 'error', ({ error }) => optionsRef.current.onError?.(error));
  const open = useCallback(() => flow.open(optionsRef.current.openId, config()), [flow, optionsRef, config]);
  return { open, status: state.status, error: state.status === 'error' ? state.error : undefined, reset: flow.reset };
}
