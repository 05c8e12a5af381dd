/**
 * What "Show code" gives on a flow's docs page: the app's own code for that flow, ready to paste
 * (the provider, the button, the backend calls), not the story's render with its simulated page.
 */
export const flowSource = {
  Login: `import { VVChatProvider } from '@vvchat/react';
import { VVChatLoginButton } from '@vvchat/ui';
import '@vvchat/ui/styles.css';

<VVChatProvider appId="your-app-id" fallbackUrl="https://vvchat.example/download">
  <VVChatLoginButton exchangeCode={(code) => api.login(code)} onSuccess={(user) => setUser(user)} />
</VVChatProvider>`,
  Pay: `import { VVChatProvider } from '@vvchat/react';
import { QPayButton } from '@vvchat/ui';
import '@vvchat/ui/styles.css';

<VVChatProvider appId="your-app-id" fallbackUrl="https://vvchat.example/download">
  <QPayButton
    amount={12}
    createOrder={() => api.createOrder({ sku: 'sku-1' })}
    verifyPayment={(order) => api.orderStatus(order.imprestCode)}
    onPaid={() => showReceipt()}
  />
</VVChatProvider>`,
  Share: `import { VVChatProvider } from '@vvchat/react';
import { ShareButton } from '@vvchat/ui';
import '@vvchat/ui/styles.css';

<VVChatProvider appId="your-app-id">
  <ShareButton
    content={{
      title: '新品上市',
      subTitle: '限时 8 折',
      url: 'https://shop.example/items/42',
      data: { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['¥99 起', '今日包邮'] },
    }}
  />
</VVChatProvider>`,
  CustomerService: `import { VVChatProvider } from '@vvchat/react';
import { CustomerServiceButton } from '@vvchat/ui';
import '@vvchat/ui/styles.css';

<VVChatProvider appId="your-app-id">
  <CustomerServiceButton openId="your-service-account-open-id" />
</VVChatProvider>`,
  NotInstalled: `import { VVChatProvider } from '@vvchat/react';
import { VVChatLoginButton } from '@vvchat/ui';
import '@vvchat/ui/styles.css';

// fallbackUrl: where the install link under the button goes after not_opened.
<VVChatProvider appId="your-app-id" fallbackUrl="https://vvchat.example/download">
  <VVChatLoginButton exchangeCode={(code) => api.login(code)} />
</VVChatProvider>`,
  Environments: `import { VVChatProvider } from '@vvchat/react';
import { QPayButton, VVChatLoginButton } from '@vvchat/ui';
import '@vvchat/ui/styles.css';

// Nothing to set up: in WeChat, Weibo and other in-app browsers, and on a desktop, the buttons
// show their guidance dialog by themselves (desktop: 'launch' tries a desktop VVChat client).
<VVChatProvider appId="your-app-id">
  <VVChatLoginButton exchangeCode={(code) => api.login(code)} />
  <QPayButton amount={12} createOrder={() => api.createOrder({ sku: 'sku-1' })} verifyPayment={(order) => api.orderStatus(order.imprestCode)} />
</VVChatProvider>`,
};

/** A flow meta's `parameters.docs.source`: `flowSource[flow]`, as TSX. */
export const sourceOf = (flow: keyof typeof flowSource) => ({ code: flowSource[flow], language: 'tsx' });
