// A server component: no 'use client'. @vvchat/core is safe on the server; the React parts
// render through a client island, and also straight from here (the packages' own
// 'use client' entries make their exports client references).
import { buildLoginLink } from '@vvchat/core';
import { VVChatProvider } from '@vvchat/react';
import { CustomerServiceButton } from '@vvchat/ui';
import { LoginIsland } from './LoginIsland';

export default function Page() {
  const link = buildLoginLink({ appId: 'consumer-next', state: 'server', redirectUri: 'https://example.com/' });
  return (
    <main>
      <h1>VVChat on the App Router</h1>
      <p data-testid="server-link">{link}</p>
      <section data-testid="client-island">
        <LoginIsland />
      </section>
      <section data-testid="from-server-component">
        <VVChatProvider appId="consumer-next" locale="en">
          <CustomerServiceButton openId="open-1" />
        </VVChatProvider>
      </section>
    </main>
  );
}
