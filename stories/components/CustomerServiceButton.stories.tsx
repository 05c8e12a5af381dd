import type { Meta, StoryObj } from '@storybook/react-vite';
import { CustomerServiceButton } from '@vvchat/ui';
import { expectStatus, withDemoPage, type DemoOptions } from './DemoPage';
import { Gallery, darkTheme, lookArgTypes } from './gallery';

/**
 * "Contact support": `useCustomerService` plus markup. A tap opens a chat with your
 * customer-service account (its `open_id`) in VVChat. Nothing comes back from the app: `opened`
 * means VVChat came to the front, and the label stays "联系客服" so the user can open it again.
 *
 * The first story is live: tap it and the simulated app opens the chat window.
 */
const meta = {
  title: 'Components/CustomerServiceButton',
  component: CustomerServiceButton,
  tags: ['autodocs'],
  decorators: [withDemoPage],
  args: {
    openId: 'demo-service-account',
    size: 'md',
    variant: 'outline',
    shape: 'rect',
    block: false,
    disabled: false,
  },
  argTypes: {
    ...lookArgTypes,
    openId: { control: 'text' },
    onError: { control: false },
  },
} satisfies Meta<typeof CustomerServiceButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const demo = (options: DemoOptions) => ({ demo: { caption: true, ...options } });
const tap = [{ when: 'idle', then: 'tap' }] as const;

/** Tap it: the simulated app opens the chat window (Escape or 关闭 closes it). */
export const Default: Story = { parameters: demo({}) };

export const Sizes: Story = {
  render: (args) => (
    <Gallery>
      <CustomerServiceButton {...args} size="sm" />
      <CustomerServiceButton {...args} size="md" />
      <CustomerServiceButton {...args} size="lg" />
    </Gallery>
  ),
};

export const Variants: Story = {
  render: (args) => (
    <Gallery>
      <CustomerServiceButton {...args} variant="primary" />
      <CustomerServiceButton {...args} variant="outline" />
      <CustomerServiceButton {...args} variant="ghost" />
    </Gallery>
  ),
};

export const Shapes: Story = {
  render: (args) => (
    <Gallery>
      <CustomerServiceButton {...args} shape="rect" />
      <CustomerServiceButton {...args} shape="pill" />
    </Gallery>
  ),
};

export const Block: Story = {
  args: { block: true },
  render: (args) => (
    <div style={{ maxInlineSize: 320 }}>
      <CustomerServiceButton {...args} />
    </div>
  ),
};

export const Locales: Story = {
  render: (args) => (
    <Gallery>
      <CustomerServiceButton {...args} locale="zh-CN" />
      <CustomerServiceButton {...args} locale="en" />
    </Gallery>
  ),
};

export const English: Story = { args: { locale: 'en' } };

export const Disabled: Story = { args: { disabled: true } };

export const CustomLabel: Story = { args: { children: '在线客服' } };

/** `labels` overrides any text; here the `error` label, when VVChat is not installed. */
export const Labels: Story = {
  args: { labels: { idle: '问问客服', error: '请先安装 VVChat 再联系客服' } },
  parameters: demo({ app: 'not-installed', script: tap }),
  play: expectStatus('error'),
};

export const DarkTheme: Story = {
  render: (args) => (
    <div {...darkTheme}>
      <Gallery>
        <CustomerServiceButton {...args} variant="primary" />
        <CustomerServiceButton {...args} variant="outline" />
        <CustomerServiceButton {...args} variant="ghost" />
      </Gallery>
    </div>
  ),
};

/** `launching`: the chat is opening (this stand-in app never answers). */
export const Launching: Story = {
  parameters: demo({ app: 'never', script: tap }),
  play: expectStatus('launching'),
};

/** `opened`: VVChat came to the front with the chat. The label is the idle one: tap to open it again. */
export const Opened: Story = {
  parameters: demo({ app: 'opened', script: tap }),
  play: expectStatus('opened'),
};

/** `error` with `not_opened`: VVChat did not come to the front (not installed). */
export const ErrorNotOpened: Story = {
  name: 'Error: not opened',
  parameters: demo({ app: 'not-installed', script: tap }),
  play: expectStatus('error', /未能打开 VVChat/),
};

/** `error` with `invalid_option`: `openId` is blank, so nothing was launched. */
export const ErrorNoOpenId: Story = {
  name: 'Error: blank openId',
  args: { openId: ' ' },
  parameters: demo({ app: 'never', script: tap }),
  play: expectStatus('error', /配置有误/),
};
