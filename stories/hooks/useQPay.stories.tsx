import type { Meta, StoryObj } from '@storybook/react-vite';
import { SimulatedPage } from '../flows/SimulatedPage';
import { QPayWithHook } from './examples/QPayWithHook';
import source from './examples/QPayWithHook.tsx?raw';

/**
 * `useQPay({ createOrder, verifyPayment?, redirectUri?, onPaid?, onError?, timeoutMs?, pollIntervalMs? })`
 * returns `{ pay, confirm, status, tradeNo, error, reset }`. This checkout is plain markup over
 * the hook; the simulated backend creates the order and answers `verifyPayment`.
 *
 * `pay(sku)` calls `createOrder(sku)` (the page names the item; your server prices it) and opens
 * the pay sheet. If the order took longer than
 * the browser counts the tap, `status` is `ready` and the UI shows one more button that calls
 * `confirm()`. Back from the app the hook polls `verifyPayment` (here every 300 ms at first) and
 * only `paid` from your backend makes `status` `paid`. After `payment_unverified` the order may
 * still be paid: the UI offers to check again (`confirm()`), never a new `pay()`.
 */
const meta = {
  title: 'Hooks/useQPay',
  tags: ['autodocs'],
  parameters: { docs: { source: { code: source, language: 'tsx' } } },
  render: () => (
    <SimulatedPage>
      <QPayWithHook />
    </SimulatedPage>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick an item, pay, and answer the simulated pay sheet (确认支付 / 取消). */
export const CustomUI: Story = { name: 'Custom UI' };
