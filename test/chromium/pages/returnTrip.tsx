import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { VVChatProvider, useQPay, useVVChatLogin, type Launcher } from '@vvchat/react';
import { report } from './report';

/**
 * A shop page for the return trip across tabs: `useVVChatLogin` and `useQPay` with a launcher that
 * answers `opened` at once (the app "opened"; this page stays in front, as the tap's tab does
 * while the app comes back in a new one). Open it twice: the tab that taps, and the tab the app
 * opens with the callback in its address (`?code=…&state=…` or `?trade_no=…`).
 *
 * With `?hold` in the address, each backend call waits for `window.__release()` instead of 300 ms, so
 * a test can keep the first tab's call open until the second tab is waiting for the lock.
 *
 * `#login` calls `login({ context: { next: '/cart' } })`; `#pay` calls `pay(undefined, { context: 'pay-ctx' })`.
 * Reports: `mounted`; `login` ({ status, data, context }) and `pay` ({ status, tradeNo, context }) on
 * each status; `exchangeCode` ({ code }) and `verifyPayment` ({ imprestCode }) on each call.
 */
const opened: Launcher = { launch: () => Promise.resolve({ outcome: 'opened', elapsedMs: 0 }) };

declare global {
  interface Window {
    __release?: () => void;
  }
}
const held = new URLSearchParams(location.search).has('hold');
const released = new Promise<void>((resolve) => (window.__release = resolve));
/** A backend call: long enough for another tab to try too (or held until the test releases it). */
const backendCall = () => (held ? released : new Promise((resolve) => setTimeout(resolve, 300)));

function Shop() {
  const login = useVVChatLogin({
    exchangeCode: async (code) => {
      report('exchangeCode', { code });
      await backendCall();
      return { name: 'Tester', code };
    },
  });
  const payment = useQPay({
    createOrder: () => 'ORDER-1',
    verifyPayment: async (order) => {
      report('verifyPayment', { imprestCode: order.imprestCode });
      await backendCall();
      return 'paid';
    },
    pollIntervalMs: 50,
  });
  useLayoutEffect(() => report('login', { status: login.status, data: login.data, context: login.context }), [login.status, login.data, login.context]);
  useLayoutEffect(() => report('pay', { status: payment.status, tradeNo: payment.tradeNo, context: payment.context }), [payment.status, payment.tradeNo, payment.context]);
  useLayoutEffect(() => report('mounted'), []);
  return (
    <main style={{ display: 'grid', gap: 24, padding: 24 }}>
      <button id="login" type="button" onClick={() => login.login({ context: { next: '/cart' } })}>
        login {login.status}
      </button>
      <button id="pay" type="button" onClick={() => payment.pay(undefined, { context: 'pay-ctx' })}>
        pay {payment.status}
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <VVChatProvider appId="test" launcher={opened}>
      <Shop />
    </VVChatProvider>
  </StrictMode>,
);
