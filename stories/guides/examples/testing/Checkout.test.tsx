import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { VVChatProvider } from '@vvchat/react';
import { createSimulatedBackend, createSimulator, type SimulatedBackendOptions, type SimulatorOptions } from '@vvchat/simulator';
import { answerSheet } from '@vvchat/simulator/testing';
import { Checkout } from './Checkout';

/**
 * Renders the checkout with the simulator standing in for VVChat and the simulated backend for
 * yours. jsdom cannot load a page, so when the simulated app goes back to `redirect_uri` the
 * address bar changes and the page is mounted afresh: what a page load gives the SDK.
 */
function openCheckout(options: { simulator?: SimulatorOptions; backend?: SimulatedBackendOptions } = {}) {
  const backend = createSimulatedBackend({ latencyMs: 0, ...options.backend });
  const simulator = createSimulator({
    latencyMs: 0,
    navigate(url) {
      page.unmount();
      history.replaceState(null, '', url);
      page = load();
    },
    ...options.simulator,
  });
  const load = () =>
    render(
      <VVChatProvider appId="your-app-id" launcher={simulator}>
        <Checkout api={backend} />
      </VVChatProvider>,
    );
  let page = load();
  return { simulator, backend };
}

afterEach(() => {
  cleanup();
  document.body.replaceChildren(); // a sheet a failed test left open
  localStorage.clear(); // the simulator's ledger, the SDK's pending order
  history.replaceState(null, '', '/');
  vi.useRealTimers();
});

it('logs the customer in', async () => {
  const { simulator } = openCheckout();

  fireEvent.click(screen.getByRole('button', { name: 'VVChat 登录' }));
  await act(() => simulator.answer('approve')); // 允许 (Allow): back to redirect_uri with a code

  expect(await screen.findByText(/你好，模拟用户/)).toBeTruthy();
  expect(screen.getByRole('button', { name: '已登录' })).toBeTruthy();
});

it('takes the payment once your backend confirms it', async () => {
  const { simulator } = openCheckout();

  fireEvent.click(screen.getByRole('button', { name: /QPay 支付/ }));
  // The pay sheet's headline is the amount of the order your backend created.
  expect(await screen.findByRole('dialog', { name: 'QPay 支付', description: /¥12\.00/ })).toBeTruthy();
  await act(() => simulator.answer('approve')); // 确认支付 (Pay): back with trade_no

  expect(await screen.findByRole('button', { name: '支付成功' })).toBeTruthy();
});

it('says so when a cancelled payment cannot be confirmed, as in production', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  // A real backend hears only of completed payments: a cancel stays 'pending'.
  const { simulator } = openCheckout({ backend: { cancelledPayment: 'pending' } });

  fireEvent.click(screen.getByRole('button', { name: /QPay 支付/ }));
  await act(() => simulator.answer('deny')); // 取消 (Cancel)

  expect(await screen.findByRole('button', { name: '正在确认支付…' })).toBeTruthy();
  await act(() => vi.advanceTimersByTimeAsync(60_000)); // useQPay's verification window
  expect(screen.getByRole('button', { name: '暂未确认支付，点此查询' })).toBeTruthy();
});

it('shares the card with its template lines', async () => {
  openCheckout();

  fireEvent.click(screen.getByRole('button', { name: '分享到 VVChat' }));
  const sheet = await screen.findByRole('dialog', { name: '分享到 VVChat' });
  const card = within(sheet).getByRole('article', { name: '一杯咖啡' });
  expect(within(card).getAllByRole('listitem').map((line) => line.textContent)).toEqual(['¥12', '今日特价']);
  // answerSheet answers any simulator's sheet, found by its name: also one your app creates itself.
  await act(() => answerSheet('approve', { name: '分享到 VVChat' })); // 分享 (Share)

  expect(await screen.findByRole('button', { name: '已分享' })).toBeTruthy();
});

it('offers to share again when VVChat never says how the share went', async () => {
  const { simulator } = openCheckout({ simulator: { shareResult: 'never' } });

  fireEvent.click(screen.getByRole('button', { name: '分享到 VVChat' }));
  await act(() => simulator.answer('approve'));

  // No result: the share ends `unknown` a moment after the page is shown again.
  expect(await screen.findByRole('button', { name: '再次分享' }, { timeout: 3000 })).toBeTruthy();
});
