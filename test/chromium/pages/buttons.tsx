import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { VVChatProvider } from '@vvchat/react';
import { ShareButton, VVChatLoginButton } from '@vvchat/ui';
import { report } from './report';

/**
 * A shop page with the SDK's own buttons on the DEFAULT browser launcher: what a merchant gets
 * from `<VVChatLoginButton/>` and `<ShareButton/>`, no code of their own. Query: `fallback` (the
 * provider's fallbackUrl), `desktop` ('launch' to try links on a desktop).
 *
 * Reports `onError` ({ code, reason, app }) and `mounted` once mounted.
 */
const params = new URLSearchParams(location.search);
const fallbackUrl = params.get('fallback') ?? undefined;
const desktop = params.get('desktop') === 'launch' ? 'launch' : undefined;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <VVChatProvider appId="test" fallbackUrl={fallbackUrl} desktop={desktop}>
      <main style={{ display: 'grid', gap: 24, padding: 24 }}>
        <VVChatLoginButton id="login" onError={(error) => report('onError', { code: error.code, reason: error.reason, app: error.app })} />
        <ShareButton id="share" content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />
      </main>
      <Mounted />
    </VVChatProvider>
  </StrictMode>,
);

function Mounted() {
  useLayoutEffect(() => report('mounted'), []);
  return null;
}
