import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { QPayButton, type QPayButtonProps } from '@vvchat/ui';
import { createSimulatedBackend, type SimulatedOrderInput } from '@vvchat/simulator';
import { expectStatus, never, pressWhilePending, withDemoPage } from './DemoPage';
import { Gallery, blockStory, demo, lookArgTypes, lookArgs, lookStories, tap } from './gallery';
import { pasteable } from './snippet';

/** Stands in for your backend: the unified-order call and the payment notification live there. */
const backend = createSimulatedBackend();

type Props = QPayButtonProps<unknown>;

/**
 * Your backend's catalogue: the page names the item (`input`), the server prices it. Never send an
 * amount from the browser: anyone can change it.
 */
const catalogue: Record<string, SimulatedOrderInput> = { 'sku-42': { amount: 12, subject: '演示商品 · Demo item' } };

/** The demo order: your backend's unified-order call, answered by the simulated backend. */
const createDemoOrder: Props['createOrder'] = (input) => backend.createOrder(catalogue[input as string]);

/** Your backend's answer: `'paid'` once the platform notified it, as the simulated backend does. */
const verifyDemoPayment: Props['verifyPayment'] = backend.verifyPayment;

/** An order that your backend created at once. */
const created: Props['createOrder'] = () => ({ imprestCode: 'IMPREST_CODE_42' });

/**
 * "Pay with QPay": `useQPay` plus markup. A tap creates the order (`createOrder`, your backend)
 * and opens the VVChat pay sheet. If the order took so long that the browser no longer counts the
 * tap, the button asks for one more ("继续支付"). Back from the app, it asks `verifyPayment` (your
 * backend) until it says `paid` or `failed`: a redirect alone is never reported as paid.
 *
 * The first story is live: tap it and pay or cancel in the simulated app. The status stories hold
 * the button in each of its states with a scripted stand-in for the app and your backend.
 */
const meta = {
  title: 'Components/QPayButton',
  component: QPayButton,
  tags: ['autodocs'],
  parameters: { docs: { source: pasteable('QPayButton') } },
  decorators: [withDemoPage],
  args: {
    amount: 12,
    currency: 'CNY',
    input: 'sku-42',
    createOrder: createDemoOrder,
    verifyPayment: verifyDemoPayment,
    pollIntervalMs: 300,
    ...lookArgs,
  },
  argTypes: {
    ...lookArgTypes,
    amount: { control: 'number' },
    currency: { control: 'text' },
    input: { control: 'text' },
    createOrder: { control: false },
    verifyPayment: { control: false },
    onPaid: { control: false },
    onError: { control: false },
  },
} satisfies Meta<typeof QPayButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const look = lookStories(QPayButton);

/** A tap whose user activation lapsed while `createOrder` ran, then the extra tap from `ready`. */
const payScript = [
  { when: 'idle', then: 'late-tap' },
  { when: 'ready', then: 'tap' },
] as const;

/** Tap it: the simulated pay sheet shows the order; 确认支付 pays, 取消 cancels. */
export const Default: Story = { parameters: demo({}) };

/** Without `amount` the label is just "QPay 支付"; with it, `Intl.NumberFormat` in the button's locale. */
export const Amounts: Story = {
  render: (args) => (
    <Gallery>
      <QPayButton {...args} amount={undefined} />
      <QPayButton {...args} amount={12} />
      <QPayButton {...args} amount={1999.5} />
      <QPayButton {...args} amount={12} locale="en" />
      <QPayButton {...args} amount={12} currency="USD" locale="en" />
    </Gallery>
  ),
};

export const Sizes: Story = look.Sizes;

export const Variants: Story = look.Variants;

export const Shapes: Story = look.Shapes;

/** `block` fills the width of its container: a checkout bar on a phone. */
export const Block: Story = { ...blockStory(QPayButton, 360), args: { block: true, size: 'lg' } };

export const Locales: Story = look.Locales;

export const English: Story = { args: { locale: 'en' } };

export const Disabled: Story = { args: { disabled: true } };

/** `children` replace the label (and the amount, which is part of it). */
export const CustomLabel: Story = { args: { children: '立即支付 ¥12.00' } };

/** `labels` overrides any text; here the extra-tap label, in the `ready` state. */
export const Labels: Story = {
  args: { createOrder: created, labels: { idle: '去支付', ready: '订单已创建，点此打开 VVChat 支付' } },
  parameters: demo({ app: 'never', script: [{ when: 'idle', then: 'late-tap' }] }),
  play: expectStatus('ready'),
};

export const DarkTheme: Story = look.DarkTheme;

/** `creating`: `createOrder` (your backend's unified-order call) has not answered yet. */
export const Creating: Story = {
  args: { createOrder: () => never() },
  parameters: demo({ app: 'never', script: tap }),
  play: expectStatus('creating'),
};

const keyboardOrders = fn(() => never<{ imprestCode: string }>());

/**
 * From the keyboard: Enter creates the order; while `createOrder` runs, the pending button keeps
 * focus (`aria-disabled`, `aria-busy`, `data-pending`, never native `disabled`), and Enter, Space
 * and clicks create no second order.
 */
export const KeyboardWhilePending: Story = {
  name: 'Keyboard while pending',
  args: { createOrder: keyboardOrders },
  parameters: demo({ app: 'never' }),
  play: pressWhilePending('creating', () => keyboardOrders.mock.calls.length),
};

/**
 * `ready`: the order exists, but the tap's user activation lapsed while `createOrder` ran, and
 * browsers open apps only from a tap. The button waits for one more tap, which calls `confirm()`.
 */
export const Ready: Story = {
  args: { createOrder: created },
  parameters: demo({ app: 'never', script: [{ when: 'idle', then: 'late-tap' }] }),
  play: expectStatus('ready'),
};

/**
 * `prepare`: the order is created when the button mounts, so it starts in `ready` and the first
 * tap opens the pay sheet at once, with no order to wait for (and no second tap). An order older
 * than `orderMaxAgeMs` (default 10 minutes) is made afresh before the tap.
 */
export const Prepared: Story = {
  args: { createOrder: created, prepare: true },
  parameters: demo({ app: 'never' }),
  play: expectStatus('ready'),
};

/** `launching`: the pay sheet is opening (this stand-in app never answers). */
export const Launching: Story = {
  args: { createOrder: created, verifyPayment: () => never() },
  parameters: demo({ app: 'never', script: payScript }),
  play: expectStatus('launching'),
};

/**
 * `verifying`: the app came back with `trade_no`, which proves nothing; the button asks
 * `verifyPayment` (which here never answers) until `timeoutMs` (10 minutes in this story).
 */
export const Verifying: Story = {
  args: { createOrder: created, verifyPayment: () => never(), timeoutMs: 600_000 },
  parameters: demo({ app: 'approve', script: payScript }),
  play: expectStatus('verifying'),
};

/**
 * `paid`: your backend's `verifyPayment` said `'paid'`. Taps start nothing, so nobody pays twice,
 * but the button is `aria-disabled`, not native `disabled`: it keeps the focus the tap gave it and
 * screen readers still read "支付成功", the page's confirmation. It is not dimmed.
 */
export const Paid: Story = {
  args: { createOrder: created, verifyPayment: async () => 'paid' },
  parameters: demo({ app: 'approve', script: payScript }),
  play: expectStatus('paid'),
};

/** `failed`: your backend's `verifyPayment` said `'failed'`. A tap starts a new order. */
export const Failed: Story = {
  args: { createOrder: created, verifyPayment: async () => 'failed' },
  parameters: demo({ app: 'approve', script: payScript }),
  play: expectStatus('failed'),
};

/** `error` with `order_failed`: `createOrder` rejected, so nothing was launched. */
export const ErrorOrderFailed: Story = {
  name: 'Error: order failed',
  args: { createOrder: () => Promise.reject(new Error('HTTP 500 from /api/orders')) },
  parameters: demo({ app: 'never', script: tap }),
  play: expectStatus('error', /下单失败/),
};

/**
 * `error` with `payment_unverified`: `verifyPayment` kept saying `'pending'` until `timeoutMs`
 * (1.5 s in this story; 60 s by default). The payment may still go through: check the order
 * with your backend before you offer to pay again.
 */
export const ErrorUnverified: Story = {
  name: 'Error: payment unverified',
  args: { createOrder: created, verifyPayment: async () => 'pending', timeoutMs: 1500, pollIntervalMs: 250 },
  parameters: demo({ app: 'approve', script: payScript }),
  play: expectStatus('error', /暂未确认到支付结果/),
};

/** `error` with `not_opened`: VVChat did not come to the front (not installed). */
export const ErrorNotOpened: Story = {
  name: 'Error: not opened',
  args: { createOrder: created },
  parameters: demo({ app: 'not-installed', script: payScript }),
  play: expectStatus('error', /未能打开 VVChat/),
};
