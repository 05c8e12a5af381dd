import { useState } from 'react';
import type { PaymentVerdict } from '@vvchat/react';
import { QPayButton, ShareButton, VVChatLoginButton } from '@vvchat/ui';

/**
 * Your backend, as the page calls it. In production each is a request to your server (which
 * holds the AppKey); in tests and demos `createSimulatedBackend()` fits it as it is.
 */
export interface ShopApi {
  exchangeCode: (code: string) => Promise<{ nickname: string }>;
  createOrder: (order: { amount: number; subject: string }) => Promise<{ imprestCode: string }>;
  verifyPayment: (order: { imprestCode: string; tradeNo?: string | undefined }) => Promise<PaymentVerdict>;
}

/** The page under test: log in, pay for a coffee, share it. It renders inside your `VVChatProvider`. */
export function Checkout({ api }: { api: ShopApi }) {
  const [customer, setCustomer] = useState<string>();
  return (
    <main>
      <h1>一杯咖啡 · ¥12</h1>
      <p>
        <VVChatLoginButton exchangeCode={api.exchangeCode} onSuccess={(user) => setCustomer(user.nickname)} />
        {customer ? ` 你好，${customer}` : null}
      </p>
      <p>
        <QPayButton amount={12} createOrder={() => api.createOrder({ amount: 12, subject: '一杯咖啡' })} verifyPayment={api.verifyPayment} />
      </p>
      <p>
        <ShareButton
          content={{
            title: '一杯咖啡',
            url: 'https://shop.example/coffee',
            data: { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['¥12', '今日特价'] },
          }}
        />
      </p>
    </main>
  );
}
