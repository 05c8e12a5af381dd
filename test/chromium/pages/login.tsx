import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { VVChatProvider, useVVChatLogin } from '@vvchat/react';
import { report } from './report';

/**
 * A shop page with one login button on the DEFAULT browser launcher: `<VVChatProvider appId
 * fallbackUrl>` and `useVVChatLogin`, no simulator, no launcher of its own.
 * Query: `fallback` (the provider's fallbackUrl).
 *
 * The button (`#login`) calls `login()` and reports `tap` ({ status, isActive }). Reports, in order:
 * `status` ({ status, errorCode }) for each status the hook renders (a change only),
 * `exchangeCode` ({ n, code }), `onSuccess`, `onError` ({ code }), and `mounted` once mounted.
 */
const params = new URLSearchParams(location.search);
const fallbackUrl = params.get('fallback') ?? undefined;

let exchanges = 0;
let lastStatus: string | undefined;

function Shop() {
  const { login, status, error } = useVVChatLogin({
    exchangeCode: (code) => {
      report('exchangeCode', { n: ++exchanges, code });
      return { nickname: 'Tester' };
    },
    onSuccess: () => report('onSuccess'),
    onError: (failure) => report('onError', { code: failure.code }),
  });
  // A layout effect: it runs in the commit, before a fallback navigation can take the page away.
  useLayoutEffect(() => {
    if (status === lastStatus) return; // StrictMode runs it twice on mount
    lastStatus = status;
    report('status', { status, errorCode: error?.code });
  }, [status, error]);
  useLayoutEffect(() => report('mounted'), []);

  const onClick = () => {
    report('tap', { status, isActive: navigator.userActivation.isActive });
    login();
  };
  return (
    <button id="login" type="button" data-status={status} onClick={onClick} style={{ width: 240, height: 64, margin: 40 }}>
      Log in with VVChat
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
