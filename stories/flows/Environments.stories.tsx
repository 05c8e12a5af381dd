import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { SimulatorOptions } from '@vvchat/simulator';
import { QPayButton, ShareButton, VVChatLoginButton } from '@vvchat/ui';
import { SimulatedPage } from './SimulatedPage';
import { sourceOf } from './source';

/**
 * The SDK's buttons where merchants' pages really run, each reproduced on this desktop by the
 * simulator's `environment`: inside WeChat (and the other in-app browsers that block `qyx://`),
 * on a desktop, and with a launch that is not inside a tap. Nothing navigates; every button shows
 * the way out.
 */
const meta = {
  title: 'Flows/Environments',
  // The docs page runs each story in a frame of its own: a flow leaves the page and comes back
  // (redirect_uri), which only its own frame may do.
  tags: ['autodocs'],
  parameters: { layout: 'padded', docs: { story: { inline: false, iframeHeight: 420 }, source: sourceOf('Environments') } },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const page = (environment: SimulatorOptions['environment'], children: ReactNode, locale?: 'en') => (
  <SimulatedPage simulator={{ environment, latencyMs: 50 }} locale={locale}>
    <div style={{ display: 'grid', gap: 16, justifyItems: 'start' }}>{children}</div>
  </SimulatedPage>
);

/** The guidance dialog the button opened (modal, in the top layer, outside the canvas). */
const findGuidance = (name: string | RegExp) => within(document.body).findByRole('dialog', { name }, { timeout: 5000 });

/** Inside WeChat: a tap opens "open this page in your browser", with WeChat's ··· menu hint and the link to copy. */
export const LoginInWeChat: Story = {
  render: () => page('wechat', <VVChatLoginButton />),
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', { name: 'VVChat 登录' });
    await userEvent.click(button);
    const dialog = await findGuidance('请在浏览器中打开');
    await expect(dialog).toHaveTextContent('···');
    await expect(within(dialog).getByRole('button', { name: '复制链接' })).toHaveFocus();
    // (Escape closes it too: a real key press, which test/chromium/environments.test.ts makes.)
    await userEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await expect(button).toHaveFocus();
    await expect(button).toHaveAccessibleName('在浏览器中打开');
  },
};

/** Inside Weibo, in English: the same dialog, naming the app. */
export const LoginInWeiboEnglish: Story = {
  render: () => page('weibo', <VVChatLoginButton />, 'en'),
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Log in with VVChat' }));
    const dialog = await findGuidance('Open this page in your browser');
    await expect(dialog).toHaveTextContent(/Weibo/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
  },
};

/** On a desktop: a QR code of this page (with the action to continue) to scan with the phone. */
export const PayOnDesktop: Story = {
  render: () => page('desktop', <QPayButton amount={12} createOrder={() => 'ORDER-1'} verifyPayment={() => Promise.resolve('pending' as const)} />),
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', { name: /QPay 支付/ });
    await userEvent.click(button);
    // Where the test runner's click brings no lasting user activation, the order waits in `ready` for one more tap.
    await waitFor(() => expect(button.dataset.status).toMatch(/^(error|ready)$/));
    if (button.dataset.status === 'ready') await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-status', 'error'));
    const dialog = await findGuidance('在手机上继续');
    await within(dialog).findByRole('img', {}, { timeout: 5000 });
    await userEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
  },
};

/** Share inside WeChat: the button itself is the way out, copying the link (or the system share sheet, where there is one). */
export const ShareInWeChat: Story = {
  render: () => page('wechat', <ShareButton content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />),
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', { name: '分享到 VVChat' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-status', 'error'));
    await expect(button).toHaveAccessibleName(/复制链接|用其他方式分享/);
  },
};

/** A launch that is not inside a tap: nothing is tried, nothing falls back; the button asks for one more tap. */
export const NoUserActivation: Story = {
  render: () => page('no-user-activation', <VVChatLoginButton />),
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', { name: 'VVChat 登录' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAccessibleName('点此继续'));
    await expect(within(document.body).queryByRole('dialog')).toBeNull();
  },
};
