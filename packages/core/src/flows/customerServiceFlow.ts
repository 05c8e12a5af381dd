import { VVChatError } from '../errors';
import { buildCustomerServiceLink } from '../links/buildCustomerServiceLink';
import { createAttempts, launchLink, toVVChatError, type FlowContext } from './context';
import { createStore, type Store } from './store';

/** Where opening the customer-service chat is: `opened` once the app came to the front. */
export type CustomerServiceStatus = 'idle' | 'launching' | 'opened' | 'error';

/** A customer-service flow's state. */
export interface CustomerServiceState {
  status: CustomerServiceStatus;
  error?: VVChatError | undefined;
}

/** The customer-service state machine that `useCustomerService` adapts to React. */
export interface CustomerServiceFlow extends Store<CustomerServiceState> {
  /** Launches `qyx://openSessionView` for `openId`; the launcher is called before this returns. */
  open: (openId: string) => void;
  reset: () => void;
}

/**
 * Creates the customer-service state machine over a {@link FlowContext} read at each call.
 *
 * @example
 * const flow = createCustomerServiceFlow(() => ({ appId: 'APPID', launcher: createLauncher() }));
 * button.onclick = () => flow.open('OPEN_ID');
 */
export function createCustomerServiceFlow(context: () => FlowContext): CustomerServiceFlow {
  const store = createStore<CustomerServiceState>({ status: 'idle' });
  const fail = (error: unknown) =>
    store.set({ status: 'error', error: toVVChatError(error, 'launch_failed', 'customer service failed') });
  const attempts = createAttempts();
  return {
    ...store,
    open(openId) {
      if (store.get().status === 'launching') return;
      const guard = attempts.next();
      try {
        const link = buildCustomerServiceLink({ openId });
        store.set({ status: 'launching' });
        launchLink(context(), link).then(
          guard(() => store.set({ status: 'opened' })),
          guard(fail),
        );
      } catch (error) {
        fail(error);
      }
    },
    reset() {
      attempts.next();
      store.set({ status: 'idle' });
    },
  };
}
