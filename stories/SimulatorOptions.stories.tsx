import { useRef, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { VVChatStorage } from '@vvchat/core';
import { VVChatProvider } from '@vvchat/react';
import { QPayButton, ShareButton } from '@vvchat/ui';
import { createSimulatedBackend, createSimulator, type SimulatedBackendOptions, type SimulatorOptions } from '@vvchat/simulator';
import { answerSheet } from '@vvchat/simulator/testing';
import { useButtonStatus } from './flows/SimulatedPage';

/** A storage of the demo's own: its orders and ledger never reach the other stories' localStorage. */
function memoryStorage(): VVChatStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

interface OptionsDemoProps {
  /** `createSimulator`'s `shareResult`. */
  shareResult?: SimulatorOptions['shareResult'];
  /** `createSimulatedBackend`'s `cancelledPayment`. */
  cancelledPayment?: SimulatedBackendOptions['cancelledPayment'];
  /** `QPayButton`'s `timeoutMs`: how long a payment is verified before `payment_unverified` (60 s by default; 4 s here). */
  timeoutMs?: number;
}

/**
 * A checkout with a QPay button (a ¥12 order from the simulated backend) and a share button (an
 * advanced share with two template lines), on the simulator with the options given. Each
 * button's status is printed beside it.
 */
function OptionsDemo({ shareResult, cancelledPayment, timeoutMs = 4000 }: OptionsDemoProps) {
  const [{ storage, simulator, backend }] = useState(() => {
    const storage = memoryStorage();
    return {
      storage,
      simulator: createSimulator({ shareResult, storage }),
      backend: createSimulatedBackend({ cancelledPayment, storage }),
    };
  });
  const pay = useRef<HTMLButtonElement>(null);
  const share = useRef<HTMLButtonElement>(null);
  const payStatus = useButtonStatus(pay);
  const shareStatus = useButtonStatus(share);
  return (
    <VVChatProvider appId="options-demo" launcher={simulator} storage={storage}>
      <p>
        <QPayButton
          ref={pay}
          amount={12}
          createOrder={() => backend.createOrder({ amount: 12, subject: '一杯咖啡 · A coffee' })}
          verifyPayment={backend.verifyPayment}
          pollIntervalMs={300}
          timeoutMs={timeoutMs}
        />{' '}
        Status: <output data-testid="pay-status">{payStatus}</output>
      </p>
      <p>
        <ShareButton
          ref={share}
          content={{
            title: '一杯咖啡',
            subTitle: '今日特价',
            url: 'https://shop.example/coffee',
            data: { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['¥12', '买一送一'] },
          }}
        />{' '}
        Status: <output data-testid="share-status">{shareStatus}</output>
      </p>
    </VVChatProvider>
  );
}

/**
 * The simulator can be as uncertain as production. Two options, each on the side that decides it:
 *
 * - `createSimulator({ shareResult: 'never' })`: the app never says how a share went (the
 *   platform leaves the result channel unspecified). The share ends `unknown` a moment after the
 *   user comes back, and `ShareButton` offers 再次分享 (Share again). Default `'message'`: the result
 *   is posted to the page, as the platform describes it, so `success` and `failed` can be seen.
 * - `createSimulatedBackend({ cancelledPayment: 'pending' })`: a cancelled payment is only
 *   `pending` to the backend, as to a real one that hears of completed payments only. The button
 *   verifies (正在确认支付…) until `timeoutMs`, then says 暂未确认支付，点此查询 (`payment_unverified`).
 *   Default `'failed'`: a demo or test ends at once, with 未支付，点此重试.
 *
 * The pay sheet's headline is the order's amount (the link carries only the `imprest_code`: the
 * simulator reads the amount the simulated backend recorded), and the share sheet's card holds the
 * template lines. The play functions answer with `answerSheet` from `@vvchat/simulator/testing`.
 */
const meta = {
  title: 'Simulator/Options',
  component: OptionsDemo,
  tags: ['autodocs'],
  argTypes: {
    shareResult: { control: 'inline-radio', options: ['message', 'never'] },
    cancelledPayment: { control: 'inline-radio', options: ['failed', 'pending'] },
  },
  // A fresh demo whenever the controls change.
  render: (args) => <OptionsDemo key={JSON.stringify(args)} {...args} />,
} satisfies Meta<typeof OptionsDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

const tap = async (canvasElement: HTMLElement, name: RegExp | string) => userEvent.click(await within(canvasElement).findByRole('button', { name }));

/**
 * Taps the QPay button; when the order took longer than the browser counts the tap (a script's
 * click never counts), the button asks for one more (继续支付), and gets it.
 */
async function startPayment(canvasElement: HTMLElement) {
  const button = await within(canvasElement).findByRole('button', { name: /QPay 支付/ });
  await userEvent.click(button);
  await waitFor(() => expect(button.dataset.status).not.toBe('creating'));
  if (button.dataset.status === 'ready') await userEvent.click(button);
}

/** Waits until the output `testId` says `status`. */
async function expectStatus(canvasElement: HTMLElement, testId: string, status: string, timeout = 8000) {
  await waitFor(() => expect(within(canvasElement).getByTestId(testId)).toHaveTextContent(status), { timeout });
}

/**
 * The defaults. The pay sheet leads with the amount, ¥12.00; Cancel ends `failed` at the next
 * poll (the simulated backend says `'failed'`).
 */
export const PaySheet: Story = {
  play: async ({ canvasElement }) => {
    await startPayment(canvasElement);
    const sheet = await within(document.body).findByRole('dialog', { name: 'QPay 支付' }, { timeout: 5000 });
    await expect(sheet).toHaveAccessibleDescription('¥12.00 一杯咖啡 · A coffee');
    await expect(within(sheet).getByText('¥12.00')).toHaveAttribute('data-amount', '12');
    await answerSheet('deny', { name: 'QPay 支付' });
    await expectStatus(canvasElement, 'pay-status', 'failed');
    await expect(within(canvasElement).getByRole('button', { name: '未支付，点此重试' })).toBeInTheDocument();
  },
};

/** The share sheet's card holds everything the link carries: title, sub-title, the template lines, the URL. */
export const ShareCard: Story = {
  play: async ({ canvasElement }) => {
    await tap(canvasElement, '分享到 VVChat');
    const sheet = await within(document.body).findByRole('dialog', { name: '分享到 VVChat' }, { timeout: 5000 });
    const card = within(sheet).getByRole('article', { name: '一杯咖啡' });
    await expect(within(card).getAllByRole('listitem').map((line) => line.textContent)).toEqual(['¥12', '买一送一']);
    await answerSheet('approve', { name: '分享到 VVChat' });
    await expectStatus(canvasElement, 'share-status', 'success');
  },
};

/** `shareResult: 'never'`: 分享 (Share), then no result: the share ends `unknown`, and the button offers to share again. */
export const ShareResultNever: Story = {
  args: { shareResult: 'never' },
  play: async ({ canvasElement }) => {
    await tap(canvasElement, '分享到 VVChat');
    await answerSheet('approve', { name: '分享到 VVChat' });
    await expectStatus(canvasElement, 'share-status', 'unknown');
    await expect(within(canvasElement).getByRole('button', { name: '再次分享' })).toBeInTheDocument();
  },
};

/**
 * `cancelledPayment: 'pending'`: 取消 (Cancel), and the backend cannot tell. The button verifies
 * until `timeoutMs` (4 s here, 60 s by default), then ends `error` (`payment_unverified`): a tap
 * asks the backend again, never pays twice.
 */
export const CancelledPaymentPending: Story = {
  args: { cancelledPayment: 'pending' },
  play: async ({ canvasElement }) => {
    await startPayment(canvasElement);
    await answerSheet('deny', { name: 'QPay 支付' });
    await expectStatus(canvasElement, 'pay-status', 'verifying');
    await expectStatus(canvasElement, 'pay-status', 'error');
    await expect(within(canvasElement).getByRole('button', { name: '暂未确认支付，点此查询' })).toBeInTheDocument();
  },
};

/** The same demo without a script, with controls for both options: answer the simulated app yourself. */
export const TryIt: Story = { name: 'Try it yourself' };
