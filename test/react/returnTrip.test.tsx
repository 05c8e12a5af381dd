import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDeepLink } from '@vvchat/core';
import { useQPay, useVVChatLogin } from '@vvchat/react';
import { QPayButton, VVChatLoginButton } from '@vvchat/ui';
import { fakeLauncher, goTo, memoryStorage, renderPage, type MemoryStorage } from './support';

let storage: MemoryStorage;

beforeEach(() => {
  storage = memoryStorage();
  goTo('/shop/items/42?color=red#reviews');
});

afterEach(() => {
  cleanup();
  goTo('/');
});

const back = { next: '/shop/items/42?color=red#reviews' };

function Login({ onSuccess }: { onSuccess?: (data: unknown, details: { context: unknown }) => void }) {
  const { login, status, context } = useVVChatLogin({ exchangeCode: (code) => ({ code, name: 'Tester' }), onSuccess });
  return (
    <button type="button" onClick={() => login({ context: back })}>
      {status} {JSON.stringify(context) ?? 'none'}
    </button>
  );
}

describe('context through the round trip (a page load in between)', () => {
  it('login({ context }) comes back as context and in onSuccess', async () => {
    const launcher = fakeLauncher('opened');
    const first = renderPage(<Login />, { launcher, storage });
    fireEvent.click(screen.getByRole('button'));
    const { state } = parseDeepLink(launcher.links()[0]!) as { state: string };
    first.unmount();

    goTo(`/callback?code=CODE&state=${state}`);
    const onSuccess = vi.fn();
    renderPage(<Login onSuccess={onSuccess} />, { launcher, storage });
    await waitFor(() => expect(screen.getByRole('button').textContent).toBe(`success ${JSON.stringify(back)}`));
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith({ code: 'CODE', name: 'Tester' }, { context: back });
  });

  it('onClick={login} carries no context: the click event is not taken for options', async () => {
    function Plain() {
      const { login, status, context, error } = useVVChatLogin();
      return (
        <button type="button" onClick={login}>
          {status} {String(context)} {error?.code}
        </button>
      );
    }
    const launcher = fakeLauncher('opened');
    renderPage(<Plain />, { launcher, storage });
    fireEvent.click(screen.getByRole('button'));
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('button').textContent).toBe('idle undefined '));
  });

  it('VVChatLoginButton context reaches onSuccess on the page the app returns to', async () => {
    const launcher = fakeLauncher('opened');
    const first = renderPage(<VVChatLoginButton context={back} />, { launcher, storage, locale: 'en' });
    fireEvent.click(screen.getByRole('button'));
    const { state } = parseDeepLink(launcher.links()[0]!) as { state: string };
    first.unmount();
    goTo(`/callback?code=C&state=${state}`);
    const onSuccess = vi.fn();
    renderPage(<VVChatLoginButton context={back} onSuccess={onSuccess} />, { launcher, storage, locale: 'en' });
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ code: 'C' }, { context: back }));
  });

  it('pay(input, { context }) comes back in onPaid on the page the app returns to', async () => {
    const launcher = fakeLauncher('opened');
    function Pay({ onPaid }: { onPaid?: (payment: unknown) => void }) {
      const { pay, status, context } = useQPay({ createOrder: () => 'ORDER-1', verifyPayment: () => Promise.resolve('paid'), pollIntervalMs: 1, onPaid });
      return (
        <button type="button" onClick={() => pay(undefined, { context: back })}>
          {status} {JSON.stringify(context) ?? 'none'}
        </button>
      );
    }
    const first = renderPage(<Pay />, { launcher, storage });
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledTimes(1));
    first.unmount();

    goTo('/shop/items/42?trade_no=T-1');
    const onPaid = vi.fn();
    renderPage(<Pay onPaid={onPaid} />, { launcher, storage });
    await waitFor(() => expect(screen.getByRole('button').textContent).toBe(`paid ${JSON.stringify(back)}`));
    expect(onPaid).toHaveBeenCalledExactlyOnceWith({ imprestCode: 'ORDER-1', tradeNo: 'T-1', context: back });
  });
});

describe('prepare', () => {
  it('useQPay().prepare() ends in ready without launching; confirm() then launches in the same tick', async () => {
    const launcher = fakeLauncher(() => new Promise(() => undefined));
    const createOrder = vi.fn(() => Promise.resolve('ORDER-9'));
    function Checkout() {
      const { prepare, confirm, status } = useQPay({ createOrder });
      return (
        <>
          <button type="button" onClick={() => prepare(undefined)}>
            prepare
          </button>
          <button type="button" onClick={confirm}>
            {status}
          </button>
        </>
      );
    }
    renderPage(<Checkout />, { launcher, storage });
    fireEvent.click(screen.getByRole('button', { name: 'prepare' }));
    await screen.findByRole('button', { name: 'ready' });
    expect(launcher.launch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'ready' }));
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.last()).toMatchObject({ action: 'pay', imprestCode: 'ORDER-9' });
    expect(createOrder).toHaveBeenCalledOnce();
  });

  it('QPayButton prepare creates the order on mount, so the first tap opens the pay sheet at once', async () => {
    const launcher = fakeLauncher(() => new Promise(() => undefined));
    const createOrder = vi.fn(() => Promise.resolve('ORDER-7'));
    renderPage(<QPayButton prepare amount={12} createOrder={createOrder} />, { launcher, storage, locale: 'en' });
    await waitFor(() => expect(screen.getByRole('button').dataset.status).toBe('ready'));
    expect(createOrder).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button'));
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.last()).toMatchObject({ imprestCode: 'ORDER-7' });
  });

  // Review of issue 11: a QPayButton prepared for one item kept that order when its input changed.
  it('QPayButton prepare makes a new order when its input or amount changes before the tap, and the tap pays that one', async () => {
    const launcher = fakeLauncher(() => new Promise(() => undefined));
    const createOrder = vi.fn((input: { sku: string }) => Promise.resolve(`ORDER-${input.sku}`));
    const { rerender } = renderPage(<QPayButton prepare amount={12} input={{ sku: 'A' }} createOrder={createOrder} />, { launcher, storage, locale: 'en' });
    await waitFor(() => expect(screen.getByRole('button').dataset.status).toBe('ready'));
    // The same input again (a new object of the same value) is no change.
    rerender(<QPayButton prepare amount={12} input={{ sku: 'A' }} createOrder={createOrder} />);
    await act(() => Promise.resolve());
    expect(createOrder).toHaveBeenCalledTimes(1);
    rerender(<QPayButton prepare amount={30} input={{ sku: 'B' }} createOrder={createOrder} />);
    await waitFor(() => expect(createOrder).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByRole('button').dataset.status).toBe('ready'));
    fireEvent.click(screen.getByRole('button'));
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.last()).toMatchObject({ imprestCode: 'ORDER-B' });
  });

  it('QPayButton prepare prepares again after a reset (a failed launch, then reset)', async () => {
    const launcher = fakeLauncher('not-opened');
    let n = 0;
    const createOrder = vi.fn(() => `ORDER-${++n}`);
    function Page() {
      const { reset, status } = useQPay({ createOrder });
      return (
        <>
          <QPayButton prepare createOrder={createOrder} />
          <button type="button" onClick={reset}>
            reset {status}
          </button>
        </>
      );
    }
    renderPage(<Page />, { launcher, storage, locale: 'en' });
    const pay = () => screen.getAllByRole('button')[0]!;
    await waitFor(() => expect(pay().dataset.status).toBe('ready'));
    fireEvent.click(pay());
    await waitFor(() => expect(pay().dataset.status).toBe('error'));
    fireEvent.click(screen.getByRole('button', { name: /^reset/ }));
    await waitFor(() => expect(pay().dataset.status).toBe('ready'));
    expect(createOrder).toHaveBeenCalledTimes(2);
  });
});
