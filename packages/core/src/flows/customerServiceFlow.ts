import { VVChatError } from '../errors';
import { buildCustomerServiceLink } from '../links/buildCustomerServiceLink';
import { createMachine, type Machine } from './createMachine';
import type { FlowConfig } from './flowConfig';
import { launchAndSend } from './launchLink';
import { toVVChatError } from './toVVChatError';

/** A customer-service flow's state: `opened` once the app came to the front. */
export type CustomerServiceState =
  | { status: 'idle' }
  | { status: 'launching'; link: string; config: FlowConfig }
  | { status: 'opened' }
  | { status: 'error'; error: VVChatError };

/** Where opening the customer-service chat is. */
export type CustomerServiceStatus = CustomerServiceState['status'];

/** What moves a customer-service flow. */
export type CustomerServiceEvent =
  | { type: 'open'; link: string; config: FlowConfig }
  /** The launch settled: `opened`, or left in doubt (`unknown`: back to `idle`, a tap tries again). */
  | { type: 'launched'; opened: boolean }
  | { type: 'fail'; error: VVChatError }
  | { type: 'reset' };

/** The customer-service state machine that `useCustomerService` adapts to React: one per consumer. */
export interface CustomerServiceFlow extends Machine<CustomerServiceState, CustomerServiceEvent> {
  /** Launches `qyx://openSessionView` for `openId`; the launcher is called before this returns. */
  open: (openId: string, config: FlowConfig) => void;
  /** Back to `idle`. */
  reset: () => void;
}

function transition(state: CustomerServiceState, event: CustomerServiceEvent): CustomerServiceState {
  switch (event.type) {
    case 'open':
      return state.status === 'launching' ? state : { status: 'launching', link: event.link, config: event.config };
    case 'launched':
      return state.status === 'launching' ? { status: event.opened ? 'opened' : 'idle' } : state;
    case 'fail':
      return { status: 'error', error: event.error };
    case 'reset':
      return state.status === 'idle' ? state : { status: 'idle' };
  }
}

/**
 * Creates the customer-service state machine.
 *
 * @example
 * const flow = createCustomerServiceFlow();
 * button.onclick = () => flow.open('OPEN_ID', { appId: 'APPID', launcher: createLauncher() });
 */
export function createCustomerServiceFlow(): CustomerServiceFlow {
  const machine = createMachine<CustomerServiceState, CustomerServiceEvent>({
    initial: { status: 'idle' },
    transition,
    effects: {
      launching: ({ link, config }, { send }) =>
        launchAndSend(config, link, send, { opened: { type: 'launched', opened: true }, unknown: { type: 'launched', opened: false } }),
    },
  });

  return {
    ...machine,
    open(openId, config) {
      if (machine.get().status === 'launching') return;
      try {
        machine.send({ type: 'open', link: buildCustomerServiceLink({ openId }), config });
      } catch (error) {
        machine.send({ type: 'fail', error: toVVChatError(error, 'launch_failed', 'customer service could not open') });
      }
    },
    reset: () => machine.send({ type: 'reset' }),
  };
}
