import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { userEvent, within } from 'storybook/test';
import { QPayButton } from '@vvchat/ui';
import { createSimulatedBackend } from '@vvchat/simulator';
import { FlowResult, SimulatedPage, useButtonStatus } from './SimulatedPage';
import { answer, expectOutcome, findSheet, isReturning } from './play';
import { sourceOf } from './source';

function PayPage() {
  const [backend] = useState(() => createSimulatedBackend());
  const [tradeNo, setTradeNo] = useState<string>();
  const button = useRef<HTMLButtonElement>(null);
  const status = useButtonStatus(button);
  return (
    <>
      <QPayButton
        ref={button}
        amount={12}
        createOrder={() => backend.createOrder({ amount: 12, subject: '演示商品 · Demo item' })}
        verifyPayment={backend.verifyPayment}
        onPaid={(payment) => setTradeNo(payment.tradeNo)}
        pollIntervalMs={300}
        timeoutMs={10_000}
      />
      <FlowResult status={status} detail={tradeNo && `trade_no ${tradeNo}`} />
    </>
  );
}

/**
 * Pay with QPay, end to end: the button creates an order with the (simulated) backend and opens
 * the pay sheet; after paying, the app comes back with `trade_no`, and the hook asks the backend
 * (`verifyPayment`) until it says `paid`. Cancelling ends `failed`, because the backend says so,
 * never because of a URL.
 */
const meta = {
  title: 'Flows/Pay',
  // The docs page runs each story in a frame of its own: a flow leaves the page and comes back
  // (redirect_uri), which only its own frame may do.
  tags: ['autodocs'],
  parameters: { docs: { story: { inline: false, iframeHeight: 360 }, source: sourceOf('Pay') } },
  render: () => (
    <SimulatedPage>
      <PayPage />
    </SimulatedPage>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

async function startPayment(canvas: HTMLElement) {
  await userEvent.click(await within(canvas).findByRole('button', { name: /QPay 支付/ }));
  // Browsers only open apps from a tap; if the order took too long, the button asks for one more.
  const more = await within(canvas).findByRole('button', { name: /QPay 支付|继续支付/ }).catch(() => undefined);
  if (more?.dataset.status === 'ready') await userEvent.click(more);
  return findSheet('QPay 支付');
}

export const Paid: Story = {
  tags: ['!autodocs'], // scripted for the tests; the docs page offers the live one
  play: async ({ canvasElement, id }) => {
    if (!isReturning(id)) await answer(await startPayment(canvasElement), '确认支付', id);
    await expectOutcome(canvasElement, 'paid');
  },
};

export const Cancelled: Story = {
  tags: ['!autodocs'], // scripted for the tests; the docs page offers the live one
  play: async ({ canvasElement, id }) => {
    if (!isReturning(id)) await answer(await startPayment(canvasElement), '取消', id);
    await expectOutcome(canvasElement, 'failed');
  },
};

/** The same page without a script: answer the simulated app yourself. */
export const TryIt: Story = { name: 'Try it yourself' };
