import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { VVChatProvider, useQPay } from '@vvchat/react';
import { report } from './report';

/**
 * A shop page with one QPay button on the DEFAULT browser launcher: `<VVChatProvider appId
 * fallbackUrl>` and `useQPay`, no simulator, no launcher of its own.
 * Query: `fallback` (the provider's fallbackUrl), `verdict` (what verifyPayment answers, default 'paid').
 *
 * The button (`#pay`) calls `pay()`, or `confirm()` in `ready`, and reports `tap` ({ action,
 * status, isActive }). `createOrder` resolves at once (a plain value), so the tap's activation is
 * still alive when the order exists. Reports, in order:
 * - `status` ({ status, errorCode, imprestCode }) for each status the hook renders (a change only;
 *   `imprestCode` is the order the SDK keeps for the launch, read from its storage key),
 * - `createOrder` ({ n, imprestCode }), `verifyPayment` ({ n, imprestCode, tradeNo }),
 *   `onPaid` ({ n, imprestCode }), `onError` ({ code }),
 * - `mounted` once mounted.
 */
const params = new URLSearchParams(location.search);
const fallbackUrl = params.get('fallback') ?? undefined;
const verdict = (params.get('verdict') ?? 'paid') as 'paid' | 'failed' | 'pending';

const calls = { createOrder: 0, verifyPayment: 0, onPaid: 0 };
let lastStatus: string | undefined;

/** The imprest code of the order the SDK keeps (its storage key: what the last launch used). */
function storedImprestCode(): string | undefined {
  try {
    return (JSON.parse(localStorage.getItem('vvchat:qpay-order') ?? 'null') as { imprestCode?: string } | null)?.imprestCode;
  } catch {
    return undefined;
  }
}

function Shop() {
  const { pay, confirm, status, error } = useQPay({
    createOrder: () => {
      const imprestCode = `IMP-${++calls.createOrder}`;
      report('createOrder', { n: calls.createOrder, imprestCode });
      return imprestCode;
    },
    verifyPayment: (order) => {
      report('verifyPayment', { n: ++calls.verifyPayment, ...order });
      return Promise.resolve(verdict);
    },
    onPaid: (payment) => report('onPaid', { n: ++calls.onPaid, ...payment }),
    onError: (failure) => report('onError', { code: failure.code }),
  });
  // A layout effect: it runs in the commit, before a fallback navigation can take the page away.
  useLayoutEffect(() => {
    if (status === lastStatus) return; // StrictMode runs it twice on mount
    lastStatus = status;
    report('status', { status, errorCode: error?.code, imprestCode: storedImprestCode() });
  }, [status, error]);
  useLayoutEffect(() => report('mounted'), []);

  const onClick = () => {
    const action = status === 'ready' ? 'confirm' : 'pay';
    report('tap', { action, status, isActive: navigator.userActivation.isActive });
    if (action === 'confirm') confirm();
    else pay();
  };
  return (
    <button id="pay" type="button" data-status={status} onClick={onClick} style={{ width: 240, height: 64, margin: 40 }}>
      {status === 'ready' ? 'Continue to pay' : 'Pay with QPay'}
    </button>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <VVChatProvider appId="test" fallbackUrl={fallbackUrl}>
      <Shop />
    </VVChatProvider>
  </StrictMode>,
);
