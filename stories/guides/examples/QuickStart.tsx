import '@vvchat/ui/styles.css';
import { VVChatProvider } from '@vvchat/react';
import { VVChatLoginButton } from '@vvchat/ui';
import { createSimulatedBackend, createSimulator } from '@vvchat/simulator';

// On your desktop, while you build: the simulator stands in for the VVChat app (a consent sheet
// on the page) and the simulated backend for yours. For production, see "Going live" below.
const simulator = createSimulator();
const backend = createSimulatedBackend();

export function App() {
  return (
    <VVChatProvider appId="your-app-id" launcher={simulator}>
      <VVChatLoginButton exchangeCode={backend.exchangeCode} onSuccess={(user) => console.log('hello', user.nickname)} />
    </VVChatProvider>
  );
}
