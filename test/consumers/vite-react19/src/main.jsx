import '@vvchat/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { VVChatProvider } from '@vvchat/react';
import { CustomerServiceButton, QPayButton, ShareButton, VVChatLoginButton } from '@vvchat/ui';

function App() {
  return (
    <VVChatProvider appId="consumer-vite" locale="en">
      <VVChatLoginButton exchangeCode={async (code) => ({ code })} />
      <QPayButton amount={12} createOrder={async () => ({ imprestCode: 'imp-1' })} verifyPayment={async () => 'paid'} />
      <ShareButton content={{ title: 'VVChat consumer', url: 'https://example.com/' }} />
      <CustomerServiceButton openId="open-1" />
    </VVChatProvider>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
