import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useQPay, useVVChatLogin, type CreatedOrder, type PaymentVerdict, type UseQPayOptions, type VVChatError } from '@vvchat/react';
import {
  appId,
  deferred,
  fakeLauncher,
  goTo,
  leaveAndComeBack,
  memoryStorage,
  origin,
  renderPage,
  restoreUserActivation,
  opensWhenHidden,
  restoreVisibility,
  setVisibility,
  setVisibilityQuietly,
  sleep,
  stubUserActivation,
  throwingStorage,
  type FakeLauncher,
  type MemoryStorage,
  type ProviderProps,
} from './support';

const orderKey = 'vvchat:qpay-order';

type CheckoutProps = Partial<UseQPayOptions<string>> & { sku?: string };

function Checkout({ sku = 'sku-1', createOrder = () => Promise.resolve('IMP-1'), ...options }: CheckoutProps) {
  const { pay, confirm, status, tradeNo, error, reset } = useQPay<string>({
    pollIntervalMs: 10,
    ...options,
    createOrder,
  });
  return (
    <section aria-label="checkout">
      <p>status: {status}</p>
      <p>trade: {tradeNo ?? 'none'}</p>
      <p>error: {error?.code ?? 'none'}</p>
      <button type="button" onClick={() => pay(sku)}>
        Pay
      </button>
      <button type="button" onClick={confirm}>
        Confirm payment
      </button>
      <button type="button" onClick={reset}>
        Reset
      </button>
    </section>
  );
}

let storage: MemoryStorage;
let launcher: FakeLauncher;
const browser = (extra: ProviderProps = {}): ProviderProps => ({ storage, launcher, ...extra });
const payButton = () => screen.getByRole('button', { name: 'Pay' });
const storedOrder = () => storage.map.get(orderKey);

/** Page 1: tap "Pay", the order is created and the app opens; the page is left. */
async function payOnFirstPage(imprestCode = 'IMP-1') {
  goTo('/shop?tab=cart');
  const page = renderPage(<Checkout createOrder={() => Promise.resolve(imprestCode)} />, browser());
  fireEvent.click(payButton());
  await screen.findByText('status: launching');
  page.unmount();
}

/** A verifyPayment that answers each call from `verdicts` in turn, then repeats the last. */
function verifier(...verdicts: (PaymentVerdict | Error)[]) {
  let calls = 0;
  return vi.fn((_order: { imprestCode: string; tradeNo?: string | undefined }): Promise<PaymentVerdict> => {
    const verdict = verdicts[Math.min(calls++, verdicts.length - 1)]!;
    return verdict instanceof Error ? Promise.reject(verdict) : Promise.resolve(verdict);
  });
}

beforeEach(() => {
  storage = memoryStorage();
  launcher = fakeLauncher('opened');
  goTo('/shop');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  restoreUserActivation();
  restoreVisibility();
  goTo('/');
});

describe('useQPay pay()', () => {
  it('creates one order and launches once when pay() is tapped twice', async () => {
    const createOrder = vi.fn(() => Promise.resolve('IMP-1'));
    renderPage(<Checkout createOrder={createOrder} />, browser());

    fireEvent.click(payButton());
    fireEvent.click(payButton());

    expect(await screen.findByText('status: launching')).toBeTruthy();
    fireEvent.click(payButton()); // a third tap while the app is opening
    await sleep(20);
    expect(createOrder).toHaveBeenCalledTimes(1);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it('calls createOrder with the input and launches a qyx://qpay link back to this page', async () => {
    const createOrder = vi.fn((_sku: string) => Promise.resolve('IMP-42'));
    goTo('/shop?tab=cart&trade_no=OLD#pay');
    renderPage(<Checkout sku="sku-9" createOrder={createOrder} />, browser());

    fireEvent.click(payButton());
    expect(screen.getByText('status: creating')).toBeTruthy();

    await screen.findByText('status: launching');
    expect(createOrder).toHaveBeenCalledWith('sku-9');
    expect(launcher.links()[0]).toMatch(/^qyx:\/\/qpay\?imprest_code=IMP-42&app_id=test-app&redirect_uri=/);
    expect(launcher.last()).toEqual({
      action: 'pay',
      imprestCode: 'IMP-42',
      appId,
      redirectUri: `${origin}/shop?tab=cart#pay`,
    });
  });

  it('keeps { imprestCode, startedAt } in the provider storage before launching', async () => {
    const before = Date.now();
    renderPage(<Checkout createOrder={() => Promise.resolve({ imprestCode: 'IMP-7' })} />, browser());
    fireEvent.click(payButton());
    await screen.findByText('status: launching');

    const order = JSON.parse(storedOrder() ?? 'null') as { imprestCode: string; startedAt: number };
    expect(order.imprestCode).toBe('IMP-7');
    expect(order.startedAt).toBeGreaterThanOrEqual(before);
    expect(order.startedAt).toBeLessThanOrEqual(Date.now());
  });

  it('sends the provider redirectUri, and the hook one over it', async () => {
    const page = renderPage(<Checkout />, browser({ redirectUri: 'https://shop.example/provider' }));
    fireEvent.click(payButton());
    await screen.findByText('status: launching');
    expect(launcher.last()).toMatchObject({ redirectUri: 'https://shop.example/provider' });
    page.unmount();

    renderPage(<Checkout redirectUri="https://shop.example/hook" />, browser({ redirectUri: 'https://shop.example/provider' }));
    fireEvent.click(payButton());
    await screen.findByText('status: launching');
    expect(launcher.last()).toMatchObject({ redirectUri: 'https://shop.example/hook' });
  });

  it('reports a rejected createOrder as order_failed with the cause, launching nothing', async () => {
    const boom = new Error('out of stock');
    const onError = vi.fn();
    renderPage(<Checkout createOrder={() => Promise.reject(boom)} onError={onError} />, browser());

    fireEvent.click(payButton());

    expect(await screen.findByText('error: order_failed')).toBeTruthy();
    expect(screen.getByText('status: error')).toBeTruthy();
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]![0] as VVChatError).cause).toBe(boom);
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(storedOrder()).toBeUndefined();
  });

  it.each<[string, CreatedOrder]>([
    ['an empty string', ''],
    ['whitespace', '   '],
    ['an object with an empty imprestCode', { imprestCode: '' }],
  ])('reports a createOrder that resolves %s as order_failed, launching nothing', async (_name, created) => {
    renderPage(<Checkout createOrder={() => Promise.resolve(created)} />, browser());
    fireEvent.click(payButton());
    expect(await screen.findByText('error: order_failed')).toBeTruthy();
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(storedOrder()).toBeUndefined();
  });

  it('reports a createOrder that throws synchronously as order_failed', async () => {
    renderPage(
      <Checkout
        createOrder={() => {
          throw new Error('sync');
        }}
      />,
      browser(),
    );
    fireEvent.click(payButton());
    expect(await screen.findByText('error: order_failed')).toBeTruthy();
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it('reports a launch that did not open as not_opened, passing the provider fallbackUrl', async () => {
    launcher.answer('not-opened');
    const onError = vi.fn();
    renderPage(<Checkout onError={onError} />, browser({ fallbackUrl: 'https://vvchat.example/download' }));

    fireEvent.click(payButton());

    expect(await screen.findByText('error: not_opened')).toBeTruthy();
    expect(launcher.launch).toHaveBeenCalledWith(expect.stringMatching(/^qyx:\/\/qpay\?/), {
      fallbackUrl: 'https://vvchat.example/download',
    });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('reports a launcher that throws as launch_failed with the cause', async () => {
    const boom = new Error('blocked');
    launcher.launch.mockImplementation(() => {
      throw boom;
    });
    const onError = vi.fn();
    renderPage(<Checkout onError={onError} />, browser());
    fireEvent.click(payButton());
    expect(await screen.findByText('error: launch_failed')).toBeTruthy();
    expect((onError.mock.calls[0]![0] as VVChatError).cause).toBe(boom);
  });

  it('uses the createOrder of the latest render, with no useCallback', async () => {
    const first = vi.fn((_sku: string) => Promise.resolve('IMP-OLD'));
    const latest = vi.fn((_sku: string) => Promise.resolve('IMP-NEW'));
    function Cart({ amount }: { amount: number }) {
      // An inline closure over the amount, as an app writes it.
      return <Checkout createOrder={(sku) => (amount === 100 ? first(sku) : latest(sku))} />;
    }
    const page = renderPage(<Cart amount={100} />, browser());
    page.rerender(<Cart amount={250} />);

    fireEvent.click(payButton());

    await screen.findByText('status: launching');
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
    expect(launcher.last()).toMatchObject({ action: 'pay', imprestCode: 'IMP-NEW' });
  });

  it('allows a new payment once one ended', async () => {
    const createOrder = vi.fn(() => Promise.resolve('IMP-1'));
    launcher.answer('not-opened');
    renderPage(<Checkout createOrder={createOrder} />, browser());
    fireEvent.click(payButton());
    await screen.findByText('error: not_opened');

    launcher.answer('opened');
    fireEvent.click(payButton());
    await screen.findByText('status: launching');
    expect(createOrder).toHaveBeenCalledTimes(2);
  });

  it('goes back to idle on reset()', async () => {
    renderPage(<Checkout createOrder={() => Promise.reject(new Error('no'))} />, browser());
    fireEvent.click(payButton());
    await screen.findByText('status: error');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText('status: idle')).toBeTruthy();
    expect(screen.getByText('error: none')).toBeTruthy();
  });
});

describe('useQPay when the tap activation lapsed', () => {
  it('waits in ready for one more tap, and confirm() launches the order', async () => {
    stubUserActivation(false);
    const createOrder = vi.fn(() => Promise.resolve('IMP-9'));
    renderPage(<Checkout createOrder={createOrder} />, browser());

    fireEvent.click(payButton());

    expect(await screen.findByText('status: ready')).toBeTruthy();
    expect(launcher.launch).not.toHaveBeenCalled();

    // A document listener runs after React's root listener, still inside the same tap.
    let launchesInsideTap = -1;
    const afterReact = () => (launchesInsideTap = launcher.launch.mock.calls.length);
    document.addEventListener('click', afterReact);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm payment' }));
    document.removeEventListener('click', afterReact);

    expect(launchesInsideTap).toBe(1);
    expect(launcher.last()).toMatchObject({ action: 'pay', imprestCode: 'IMP-9' });
    expect(await screen.findByText('status: launching')).toBeTruthy();
    expect(createOrder).toHaveBeenCalledTimes(1);
    expect(storedOrder()).toContain('IMP-9');
  });

  it('starts no second order from pay() while ready', async () => {
    stubUserActivation(false);
    const createOrder = vi.fn(() => Promise.resolve('IMP-9'));
    renderPage(<Checkout createOrder={createOrder} />, browser());
    fireEvent.click(payButton());
    await screen.findByText('status: ready');

    fireEvent.click(payButton());
    await sleep(20);
    expect(createOrder).toHaveBeenCalledTimes(1);
    expect(screen.getByText('status: ready')).toBeTruthy();
  });

  it('launches at once while the activation is still alive', async () => {
    stubUserActivation(true);
    renderPage(<Checkout />, browser());
    fireEvent.click(payButton());
    expect(await screen.findByText('status: launching')).toBeTruthy();
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it('does nothing on confirm() outside ready', () => {
    renderPage(<Checkout />, browser());
    fireEvent.click(screen.getByRole('button', { name: 'Confirm payment' }));
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(screen.getByText('status: idle')).toBeTruthy();
  });
});

describe('useQPay on return from the app', () => {
  it('verifies pending → paid on the page the app opened, then clears the order and calls onPaid once', async () => {
    await payOnFirstPage('IMP-1');
    expect(storedOrder()).toContain('IMP-1');
    const verifyPayment = verifier('pending', 'pending', 'paid');
    const onPaid = vi.fn();

    goTo('/shop?tab=cart&trade_no=T-100');
    renderPage(<Checkout verifyPayment={verifyPayment} onPaid={onPaid} />, browser());

    // The return is read a few ticks after mount: its code is a chunk loaded with import().
    expect(await screen.findByText('status: verifying')).toBeTruthy();
    expect(screen.getByText('trade: T-100')).toBeTruthy();
    expect(window.location.href).toBe(`${origin}/shop?tab=cart`);

    expect(await screen.findByText('status: paid')).toBeTruthy();
    expect(verifyPayment).toHaveBeenCalledTimes(3);
    expect(verifyPayment).toHaveBeenCalledWith({ imprestCode: 'IMP-1', tradeNo: 'T-100' });
    expect(onPaid).toHaveBeenCalledTimes(1);
    expect(onPaid).toHaveBeenCalledWith({ imprestCode: 'IMP-1', tradeNo: 'T-100' });
    expect(storedOrder()).toBeUndefined();
    await sleep(50);
    expect(verifyPayment).toHaveBeenCalledTimes(3);
    expect(onPaid).toHaveBeenCalledTimes(1);
  });

  it('never reports paid from the redirect alone', async () => {
    await payOnFirstPage();
    const verifyPayment = verifier('pending');
    goTo('/shop?trade_no=T-100');
    renderPage(<Checkout verifyPayment={verifyPayment} timeoutMs={10_000} />, browser());

    await waitFor(() => expect(verifyPayment.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(screen.getByText('status: verifying')).toBeTruthy();
  });

  it('ends in failed when verifyPayment says failed, clearing the order', async () => {
    await payOnFirstPage();
    const onPaid = vi.fn();
    const onError = vi.fn();
    goTo('/shop?trade_no=T-100&err_code=-2');
    renderPage(<Checkout verifyPayment={verifier('pending', 'failed')} onPaid={onPaid} onError={onError} />, browser());

    expect(await screen.findByText('status: failed')).toBeTruthy();
    expect(window.location.href).toBe(`${origin}/shop`);
    expect(storedOrder()).toBeUndefined();
    expect(onPaid).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('keeps polling when verifyPayment rejects, and ends paid', async () => {
    await payOnFirstPage();
    const verifyPayment = verifier(new Error('network'), new Error('network'), 'paid');
    goTo('/shop?trade_no=T-100');
    renderPage(<Checkout verifyPayment={verifyPayment} />, browser());

    expect(await screen.findByText('status: paid')).toBeTruthy();
    expect(verifyPayment).toHaveBeenCalledTimes(3);
    expect(screen.getByText('error: none')).toBeTruthy();
  });

  it('keeps polling when verifyPayment throws synchronously', async () => {
    await payOnFirstPage();
    let calls = 0;
    // Not an async function: the first call throws before any promise exists.
    const verifyPayment = vi.fn((): Promise<PaymentVerdict> => {
      if (calls++ === 0) throw new Error('sync');
      return Promise.resolve('paid');
    });
    goTo('/shop?trade_no=T-100');
    renderPage(<Checkout verifyPayment={verifyPayment} />, browser());
    expect(await screen.findByText('status: paid')).toBeTruthy();
  });

  it('ends in payment_unverified after the timeout, keeping the order for a later visit', async () => {
    await payOnFirstPage('IMP-1');
    const verifyPayment = verifier('pending');
    const onError = vi.fn();
    goTo('/shop?trade_no=T-100');
    const page = renderPage(<Checkout verifyPayment={verifyPayment} timeoutMs={150} onError={onError} />, browser());

    expect(await screen.findByText('error: payment_unverified')).toBeTruthy();
    expect(screen.getByText('status: error')).toBeTruthy();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(storedOrder()).toContain('IMP-1');
    const calls = verifyPayment.mock.calls.length;
    await sleep(60);
    expect(verifyPayment).toHaveBeenCalledTimes(calls); // polling stopped
    page.unmount();

    // A later visit with the trade_no can still confirm it.
    goTo('/shop?trade_no=T-100');
    renderPage(<Checkout verifyPayment={verifier('paid')} />, browser());
    expect(await screen.findByText('status: paid')).toBeTruthy();
    expect(storedOrder()).toBeUndefined();
  });

  // Regression (fixed; contract reading): API.md says the order stays after payment_unverified
  // "so a later visit can still confirm", but payFlow.resume only verifies with a trade_no in the
  // URL (which the hook itself removed) or right after a launch, so a later visit never verifies.
  it('confirms the kept order on a later visit after payment_unverified', async () => {
    await payOnFirstPage('IMP-1');
    goTo('/shop?trade_no=T-100');
    const page = renderPage(<Checkout verifyPayment={verifier('pending')} timeoutMs={100} />, browser());
    await screen.findByText('error: payment_unverified');
    page.unmount();

    goTo('/shop'); // later: the address bar was cleaned, so no trade_no
    const verifyPayment = verifier('paid');
    renderPage(<Checkout verifyPayment={verifyPayment} />, browser());

    expect(await screen.findByText('status: paid')).toBeTruthy();
    expect(storedOrder()).toBeUndefined();
  });

  it('ends in payment_unverified at once without a verifyPayment', async () => {
    await payOnFirstPage();
    goTo('/shop?trade_no=T-100');
    renderPage(<Checkout />, browser());
    expect(await screen.findByText('error: payment_unverified')).toBeTruthy();
    expect(storedOrder()).toBeDefined();
  });

  it('ignores a trade_no when no order is stored, and never calls verifyPayment', async () => {
    const verifyPayment = verifier('paid');
    const onPaid = vi.fn();
    goTo('/shop?trade_no=FORGED-1');
    renderPage(<Checkout verifyPayment={verifyPayment} onPaid={onPaid} />, browser());

    await sleep(60);
    expect(screen.getByText('status: idle')).toBeTruthy();
    expect(screen.getByText('trade: none')).toBeTruthy();
    expect(verifyPayment).not.toHaveBeenCalled();
    expect(onPaid).not.toHaveBeenCalled();
  });

  it('ignores an expired stored order (older than 30 minutes)', async () => {
    storage.setItem(orderKey, JSON.stringify({ imprestCode: 'IMP-OLD', startedAt: Date.now() - 31 * 60_000 }));
    const verifyPayment = verifier('paid');
    goTo('/shop?trade_no=T-1');
    renderPage(<Checkout verifyPayment={verifyPayment} />, browser());
    await sleep(40);
    expect(screen.getByText('status: idle')).toBeTruthy();
    expect(verifyPayment).not.toHaveBeenCalled();
  });

  it('verifies when the page is shown again after the app opened (no trade_no)', async () => {
    opensWhenHidden(launcher);
    const verifyPayment = verifier('pending', 'paid');
    renderPage(<Checkout verifyPayment={verifyPayment} />, browser());
    fireEvent.click(payButton());
    await screen.findByText('status: launching');

    act(() => leaveAndComeBack());

    expect(await screen.findByText('status: paid')).toBeTruthy();
    expect(verifyPayment).toHaveBeenCalledWith({ imprestCode: 'IMP-1', tradeNo: undefined });
    expect(screen.getByText('trade: none')).toBeTruthy();
  });

  it('verifies when the window gets focus again after the app opened (the page was hidden)', async () => {
    opensWhenHidden(launcher);
    const verifyPayment = verifier('paid');
    renderPage(<Checkout verifyPayment={verifyPayment} />, browser());
    fireEvent.click(payButton());
    await screen.findByText('status: launching');
    act(() => setVisibility('hidden'));
    await sleep(10);
    expect(verifyPayment).not.toHaveBeenCalled(); // Still in the app.

    setVisibilityQuietly('visible');
    act(() => void window.dispatchEvent(new Event('focus')));

    expect(await screen.findByText('status: paid')).toBeTruthy();
  });

  it('ignores the page being shown again when no payment is under way', async () => {
    storage.setItem(orderKey, JSON.stringify({ imprestCode: 'IMP-1', startedAt: Date.now() }));
    const verifyPayment = verifier('paid');
    renderPage(<Checkout verifyPayment={verifyPayment} />, browser());
    act(() => leaveAndComeBack());
    await sleep(40);
    expect(screen.getByText('status: idle')).toBeTruthy();
    expect(verifyPayment).not.toHaveBeenCalled();
  });

  it('verifies once and calls onPaid once under StrictMode', async () => {
    await payOnFirstPage();
    const verifyPayment = verifier('paid');
    const onPaid = vi.fn();
    goTo('/shop?trade_no=T-100');
    renderPage(
      <StrictMode>
        <Checkout verifyPayment={verifyPayment} onPaid={onPaid} />
      </StrictMode>,
      browser(),
    );
    expect(await screen.findByText('status: paid')).toBeTruthy();
    await sleep(30);
    expect(onPaid).toHaveBeenCalledTimes(1);
  });

  it('calls the verifyPayment and onPaid of the latest render', async () => {
    await payOnFirstPage();
    const answer = deferred<PaymentVerdict>();
    const staleVerify = vi.fn(() => answer.promise);
    const freshVerify = verifier('paid');
    const staleOnPaid = vi.fn();
    const freshOnPaid = vi.fn();
    goTo('/shop?trade_no=T-100');
    const page = renderPage(<Checkout verifyPayment={staleVerify} onPaid={staleOnPaid} />, browser());
    await waitFor(() => expect(staleVerify).toHaveBeenCalledTimes(1));

    page.rerender(<Checkout verifyPayment={freshVerify} onPaid={freshOnPaid} />);
    answer.resolve('pending');

    expect(await screen.findByText('status: paid')).toBeTruthy();
    expect(freshVerify).toHaveBeenCalled();
    expect(staleOnPaid).not.toHaveBeenCalled();
    expect(freshOnPaid).toHaveBeenCalledTimes(1);
  });
});

describe('useQPay polling schedule', () => {
  it('polls at 1 s, 2 s, 4 s, then every 5 s by default, and gives up after 60 s', async () => {
    vi.useFakeTimers();
    storage.setItem(orderKey, JSON.stringify({ imprestCode: 'IMP-1', startedAt: Date.now() }));
    const verifyPayment = verifier('pending');
    goTo('/shop?trade_no=T-100');
    renderPage(<Checkout verifyPayment={verifyPayment} pollIntervalMs={undefined} />, browser());

    const callsAt = async (ms: number) => {
      await act(() => vi.advanceTimersByTimeAsync(ms));
      return verifyPayment.mock.calls.length;
    };
    expect(await callsAt(0)).toBe(1); // at once
    expect(await callsAt(999)).toBe(1);
    expect(await callsAt(1)).toBe(2); // t = 1 s
    expect(await callsAt(1999)).toBe(2);
    expect(await callsAt(1)).toBe(3); // t = 3 s
    expect(await callsAt(3999)).toBe(3);
    expect(await callsAt(1)).toBe(4); // t = 7 s
    expect(await callsAt(4999)).toBe(4);
    expect(await callsAt(1)).toBe(5); // t = 12 s
    expect(await callsAt(5000)).toBe(6); // t = 17 s
    expect(screen.getByText('status: verifying')).toBeTruthy();

    await act(() => vi.advanceTimersByTimeAsync(60_000 - 17_000 - 1));
    expect(screen.getByText('status: verifying')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(screen.getByText('status: error')).toBeTruthy();
    expect(screen.getByText('error: payment_unverified')).toBeTruthy();
    const calls = verifyPayment.mock.calls.length;
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(verifyPayment).toHaveBeenCalledTimes(calls);
  });
});

describe('useQPay with broken storage', () => {
  it('pays on memory when storage throws on every call, without throwing into React', async () => {
    const broken = throwingStorage();
    const verifyPayment = verifier('paid');
    renderPage(<Checkout verifyPayment={verifyPayment} />, { launcher, storage: broken });

    opensWhenHidden(launcher);
    fireEvent.click(payButton());
    await screen.findByText('status: launching');
    act(() => leaveAndComeBack());

    expect(await screen.findByText('status: paid')).toBeTruthy();
    expect(broken.attempts).toBeGreaterThan(0);
  });
});

describe('useQPay beside useVVChatLogin on one page', () => {
  function LoginStatus() {
    const { status, error } = useVVChatLogin();
    return <p>{`login: ${status} ${error?.code ?? 'none'}`}</p>;
  }

  async function comeBackFromPaying(path: string) {
    await payOnFirstPage();
    goTo(path);
    renderPage(
      <>
        <LoginStatus />
        <Checkout verifyPayment={verifier('paid')} />
      </>,
      browser(),
    );
    expect(await screen.findByText('status: paid')).toBeTruthy();
    expect(screen.getByText('login: idle none')).toBeTruthy();
  }

  it('leaves the login idle when the app comes back from paying with a trade_no', async () => {
    await comeBackFromPaying('/shop?trade_no=T-100');
  });

  // Regression (fixed): useVVChatLogin treats any `err_code` in the URL as a login callback, so a
  // pay return carrying `err_code` (parsePayReturn reads one) puts the login hook in error:
  // `err_code=0` → invalid_callback, `err_code=-2` → login_denied.
  it.each(['/shop?trade_no=T-100&err_code=0', '/shop?trade_no=T-100&err_code=-2'])(
    'leaves the login idle when the app comes back from paying to %s',
    async (path) => {
      await comeBackFromPaying(path);
    },
  );
});
