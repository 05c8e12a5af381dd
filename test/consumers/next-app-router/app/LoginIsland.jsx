'use client';

import { VVChatProvider } from '@vvchat/react';
import { VVChatLoginButton } from '@vvchat/ui';

export function LoginIsland() {
  return (
    <VVChatProvider appId="consumer-next" locale="en">
      <VVChatLoginButton exchangeCode={async (code) => ({ code })} />
    </VVChatProvider>
  );
}
