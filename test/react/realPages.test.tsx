import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLogin } from '@vvchat/core';
import { VVChatProvider, useQPay, useVVChatLogin, type PaymentVerdict, type UseQPayOptions } from '@vvchat/react';
import {
  appId,
  deferred,
  fakeLauncher,
  goTo,
  launchedState,
  memoryStorage,
  opensWhenHidden,
  origin,
  renderPage,
  restoreVisibility,
  setVisibility,
  sleep,
  type FakeLauncher,
  type MemoryStorage,
} from './support';

// Pages as merchants really build them: several consumers of one hook, two providers, their own
// query parameters and hash routes, storage somebody tampered with, a history API that throws.
// Each test here failed before the flows became state machines owning their effects (issue 9).

const orderKey = 'vvchat:qpay-order';

interface User {
  name: string;
}

function Login({ label, exchangeCode }: { label: string; exchangeCode?: (code: string) => Promise<User> }) {
  const { login, status, data, error } = useVVChatLogin<User>(exchangeCode ? { exchangeCode } : {});
  return (
    <section aria-label={label}>
      <p>{`status: ${status}`}</p>
      <p>{`user: ${data?.name ?? 'none'}`}</p>
      <p>{`error: ${error?.code ?? 'none'}`}</p>
      <button type="button" onClick={login}>
        Log in
      </button>
    </section>
  );
}

function Checkout({ label = 'checkout', ...options }: Partial<UseQPayOptions<void>> & { label?: string }) {
  const { pay, status, tradeNo, error } = useQPay({ createOrder: () => 'IMP-1', pollIntervalMs: 10, ...options });
  return (
    <section aria-label={label}>
      <p>{`status: ${status}`}</p>
      <p>{`trade: ${tradeNo ?? 'none'}`}</p>
      <p>{`error: ${error?.code ?? 'none'}`}</p>
      <button type="button" onClick={() => pay()}>
        Pay
      </button>
    </section>
  );
}

const exchangeToUser = () => vi.fn((code: string) => Promise.resolve({ name: `user-of-${code}` }));
const inSection = (label: string) => within(screen.getByRole('region', { name: label }));

let storage: MemoryStorage;
let launcher: FakeLauncher;

/** Starts a login in this browser (page 1) and returns the state the app will send back. */
async function startedLogin(path = '/shop', forAppId = appId): Promise<string> {
  goTo(path);
  const page = renderPage(<Login label="first" />, { storage, launcher, appId: forAppId });
  fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
  await screen.findByText('status: idle');
  page.unmount();
  return launchedState(launcher);
}

/** A verifyPayment that answers each call from `verdicts` in turn, then repeats the last. */
function verifier(...verdicts: unknown[]) {
  let calls = 0;
  return vi.fn((_order: { imprestCode: string; tradeNo?: string | undefined }) =>
    Promise.resolve(verdicts[Math.min(calls++, verdicts.length - 1)] as PaymentVerdict),
  );
}

beforeEach(() => {
  storage = memoryStorage();
  launcher = fakeLauncher('opened');
  goTo('/shop');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  restoreVisibility();
  goTo('/');
});

describe('several consumers of one flow', () => {
  it('exchanges with the consumer that has exchangeCode when a badge without one is mounted first', async () => {
    const state = await startedLogin();
    const exchangeCode = exchangeToUser();
    goTo(`/shop?code=abc&state=${state}`);
    renderPage(
      <>
        <Login label="badge" />
        <Login label="page" exchangeCode={exchangeCode} />
      </>,
      { storage, launcher },
    );

    await waitFor(() => expect(inSection('page').getByText('status: success')).toBeTruthy());
    expect(exchangeCode).toHaveBeenCalledTimes(1);
    expect(exchangeCode).toHaveBeenCalledWith('abc');
    expect(inSection('badge').getByText('user: user-of-abc')).toBeTruthy();
    expect(inSection('page').getByText('user: user-of-abc')).toBeTruthy();
  });

  it('keeps verifying with the consumer that has verifyPayment when another without it is mounted', async () => {
    storage.setItem(orderKey, JSON.stringify({ imprestCode: 'IMP-1', startedAt: Date.now() }));
    const verifyPayment = verifier('pending', 'pending', 'paid');
    goTo('/shop?trade_no=T-1');
    renderPage(
      <>
        <Checkout label="page" verifyPayment={verifyPayment} />
        <Checkout label="summary" />
      </>,
      { storage, launcher },
    );

    await waitFor(() => expect(inSection('summary').getByText('status: paid')).toBeTruthy());
    expect(inSection('page').getByText('error: none')).toBeTruthy();
    expect(verifyPayment).toHaveBeenCalledTimes(3);
  });

  it('launches with the launcher and redirectUri of the provider whose tree was tapped', async () => {
    const queryClient = new QueryClient();
    const other = fakeLauncher('opened');
    render(
      <>
        <VVChatProvider appId={appId} launcher={launcher} storage={storage} queryClient={queryClient} redirectUri={`${origin}/a`}>
          <Login label="a" />
        </VVChatProvider>
        <VVChatProvider appId={appId} launcher={other} storage={storage} queryClient={queryClient} redirectUri={`${origin}/b`}>
          <Login label="b" />
        </VVChatProvider>
      </>,
    );

    fireEvent.click(inSection('a').getByRole('button', { name: 'Log in' }));
    expect(other.launch).not.toHaveBeenCalled();
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.last()).toMatchObject({ action: 'login', redirectUri: `${origin}/a` });
    await waitFor(() => expect(inSection('a').getByText('status: idle')).toBeTruthy()); // one login flow per page

    fireEvent.click(inSection('b').getByRole('button', { name: 'Log in' }));
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(other.launch).toHaveBeenCalledTimes(1);
    expect(other.last()).toMatchObject({ action: 'login', redirectUri: `${origin}/b` });
  });
});

describe('a login state belongs to its app', () => {
  it("leaves app A's callback alone on a page with only app B's provider, and A can still use it", async () => {
    const state = await startedLogin('/shop', 'app-a');
    const exchangeB = exchangeToUser();
    goTo(`/shop?code=abc&state=${state}`);
    const page = renderPage(<Login label="b" exchangeCode={exchangeB} />, { storage, launcher, appId: 'app-b' });
    await sleep(30);
    expect(screen.getByText('status: idle')).toBeTruthy();
    expect(exchangeB).not.toHaveBeenCalled();
    expect(location.href).toBe(`${origin}/shop?code=abc&state=${state}`);
    page.unmount();

    const exchangeA = exchangeToUser();
    renderPage(<Login label="a" exchangeCode={exchangeA} />, { storage, launcher, appId: 'app-a' });
    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(exchangeA).toHaveBeenCalledTimes(1);
  });

  it("refuses a state stored for app A that arrives dressed as app B's with state_mismatch", async () => {
    const stateOfA = await startedLogin('/shop', 'app-a');
    // The stored entry says app-a; a callback for app-b carrying a state of b's form but a's random part is forged.
    const forged = startLogin({ appId: 'app-b', redirectUri: `${origin}/shop`, storage: memoryStorage() }).state;
    goTo(`/shop?code=abc&state=${forged}`);
    const exchangeB = exchangeToUser();
    renderPage(<Login label="b" exchangeCode={exchangeB} />, { storage, launcher, appId: 'app-b' });
    expect(await screen.findByText('error: state_mismatch')).toBeTruthy();
    expect(exchangeB).not.toHaveBeenCalled();
    expect(storage.map.get('vvchat:login-states')).toContain(stateOfA);
  });
});

describe("the page's own parameters and hash", () => {
  it.each([
    ['a store finder', '/stores?state=CA&city=LA'],
    ['another OAuth provider', '/auth/github?code=gh-code&state=gh-state'],
    ['a promo code', '/shop?code=SPRING'],
  ])('leaves %s (%s) exactly as it is, idle and with no error', async (_, path) => {
    await startedLogin();
    const exchangeCode = exchangeToUser();
    goTo(path);
    renderPage(<Login label="page" exchangeCode={exchangeCode} />, { storage, launcher });
    await sleep(30);
    expect(location.href).toBe(origin + path);
    expect(screen.getByText('status: idle')).toBeTruthy();
    expect(screen.getByText('error: none')).toBeTruthy();
    expect(exchangeCode).not.toHaveBeenCalled();
  });

  it("keeps the page's own state through a login round trip, in redirect_uri and after the callback", async () => {
    const state = await startedLogin('/stores?state=CA&city=LA');
    expect(launcher.last()).toMatchObject({ redirectUri: `${origin}/stores?state=CA&city=LA` });
    goTo(`/stores?state=CA&city=LA&code=abc&state=${state}&err_code=0`); // the app adds its own after the page's
    const exchangeCode = exchangeToUser();
    renderPage(<Login label="page" exchangeCode={exchangeCode} />, { storage, launcher });

    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(exchangeCode).toHaveBeenCalledWith('abc');
    expect(location.href).toBe(`${origin}/stores?state=CA&city=LA`);
  });

  it('exchanges the app\'s code, not the page\'s own promo code, and keeps the promo code', async () => {
    const state = await startedLogin('/shop?code=SPRING');
    goTo(`/shop?code=SPRING&code=abc&state=${state}`);
    const exchangeCode = exchangeToUser();
    renderPage(<Login label="page" exchangeCode={exchangeCode} />, { storage, launcher });
    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(exchangeCode).toHaveBeenCalledWith('abc');
    expect(location.href).toBe(`${origin}/shop?code=SPRING`);
  });

  it('keeps the hash byte for byte when the callback is read from the query', async () => {
    const state = await startedLogin('/cb');
    goTo(`/cb?code=C&state=${state}#/orders?state=open&code=promo`);
    renderPage(<Login label="page" exchangeCode={exchangeToUser()} />, { storage, launcher });
    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(location.href).toBe(`${origin}/cb#/orders?state=open&code=promo`);
  });

  it('reads a login denial on a page that also keeps an unverified order, leaving the order alone', async () => {
    const state = await startedLogin();
    storage.setItem(orderKey, JSON.stringify({ imprestCode: 'IMP-1', startedAt: Date.now(), unverified: true }));
    goTo(`/shop?err_code=1&state=${state}`);
    renderPage(
      <>
        <Checkout verifyPayment={verifier('pending')} />
        <Login label="page" />
      </>,
      { storage, launcher },
    );
    await waitFor(() => expect(inSection('page').getByText('error: login_denied')).toBeTruthy());
    expect(inSection('page').getByText('status: error')).toBeTruthy();
  });

  it('still exchanges the code when history.replaceState throws (sandboxed iframe, Safari rate limit)', async () => {
    const state = await startedLogin();
    goTo(`/shop?code=abc&state=${state}`);
    vi.spyOn(history, 'replaceState').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const exchangeCode = exchangeToUser();
    renderPage(
      <>
        <Login label="badge" />
        <Login label="page" exchangeCode={exchangeCode} />
      </>,
      { storage, launcher },
    );
    await waitFor(() => expect(inSection('page').getByText('status: success')).toBeTruthy());
    expect(exchangeCode).toHaveBeenCalledTimes(1);
    expect(inSection('badge').getByText('error: none')).toBeTruthy();
  });
});

describe('payment verdicts and storage', () => {
  it.each([
    ['an array', ['paid']],
    ['a String object', Object('paid') as unknown],
    ['an upper-case string', 'PAID'],
    ['true', true],
  ])('never counts %s from verifyPayment as paid (only the exact string)', async (_, verdict) => {
    storage.setItem(orderKey, JSON.stringify({ imprestCode: 'IMP-1', startedAt: Date.now() }));
    const onPaid = vi.fn();
    goTo('/shop?trade_no=T-1');
    renderPage(<Checkout verifyPayment={verifier(verdict)} onPaid={onPaid} timeoutMs={80} />, { storage, launcher });
    expect(await screen.findByText('error: payment_unverified')).toBeTruthy();
    expect(screen.getByText('status: error')).toBeTruthy();
    expect(onPaid).not.toHaveBeenCalled();
  });

  it('verifies a retried order afresh when the backend reissues the same imprest code', async () => {
    opensWhenHidden(launcher);
    const verifyPayment = verifier('failed');
    renderPage(<Checkout verifyPayment={verifyPayment} />, { storage, launcher });
    fireEvent.click(screen.getByRole('button', { name: 'Pay' }));
    await screen.findByText('status: launching');
    act(() => {
      setVisibility('hidden');
      setVisibility('visible');
    });
    expect(await screen.findByText('status: failed')).toBeTruthy();
    expect(verifyPayment).toHaveBeenCalledTimes(1);

    const answer = deferred<PaymentVerdict>();
    verifyPayment.mockImplementation(() => answer.promise);
    fireEvent.click(screen.getByRole('button', { name: 'Pay' }));
    await screen.findByText('status: launching');
    act(() => {
      setVisibility('hidden');
      setVisibility('visible');
    });
    expect(await screen.findByText('status: verifying')).toBeTruthy();
    await sleep(20);
    expect(screen.getByText('status: verifying')).toBeTruthy(); // not answered from the first attempt's 'failed'
    answer.resolve('paid');
    expect(await screen.findByText('status: paid')).toBeTruthy();
  });

  it('drops a stored order whose tradeNo was tampered into an object, never passing it to verifyPayment', async () => {
    storage.setItem(orderKey, JSON.stringify({ imprestCode: 'IMP-1', startedAt: Date.now(), tradeNo: { $gt: '' }, unverified: true }));
    const verifyPayment = verifier('paid');
    renderPage(<Checkout verifyPayment={verifyPayment} />, { storage, launcher });
    await sleep(30);
    expect(verifyPayment).not.toHaveBeenCalled();
    expect(screen.getByText('status: idle')).toBeTruthy();
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it('drops a stored order that starts in the future (it would never expire)', async () => {
    storage.setItem(orderKey, JSON.stringify({ imprestCode: 'IMP-1', startedAt: Date.now() + 86_400_000 }));
    const verifyPayment = verifier('paid');
    goTo('/shop?trade_no=T-1');
    renderPage(<Checkout verifyPayment={verifyPayment} />, { storage, launcher });
    await sleep(30);
    expect(verifyPayment).not.toHaveBeenCalled();
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it('returns a React Query mutation to the cache once the consumer that ran it unmounts', async () => {
    const state = await startedLogin();
    goTo(`/shop?code=abc&state=${state}`);
    const queryClient = new QueryClient({ defaultOptions: { mutations: { gcTime: 10 } } });
    const page = renderPage(<Login label="page" exchangeCode={exchangeToUser()} />, { storage, launcher, queryClient });
    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(queryClient.getMutationCache().getAll()).toHaveLength(1);
    page.unmount();
    await sleep(40);
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0);
  });
});

describe('a launch that never hid the page (a prompt, a dismissed alert)', () => {
  function blurOnly(outcome: 'opened' | 'not-opened' | 'unknown') {
    launcher.answer(async () => {
      dispatchEvent(new Event('blur'));
      await sleep(5);
      dispatchEvent(new Event('focus'));
      return { outcome, elapsedMs: 5000 };
    });
  }

  it('leaves the payment actionable (ready, the same order) after an unknown launch, never verifying', async () => {
    blurOnly('unknown');
    const verifyPayment = verifier('paid');
    renderPage(<Checkout verifyPayment={verifyPayment} />, { storage, launcher });
    fireEvent.click(screen.getByRole('button', { name: 'Pay' }));
    expect(await screen.findByText('status: ready')).toBeTruthy();
    act(() => void dispatchEvent(new Event('focus')));
    await sleep(30);
    expect(verifyPayment).not.toHaveBeenCalled();
    expect(screen.getByText('status: ready')).toBeTruthy();
  });

  it('reports the launcher\'s not-opened verdict after focus came back, instead of verifying', async () => {
    blurOnly('not-opened');
    const verifyPayment = verifier('paid');
    renderPage(<Checkout verifyPayment={verifyPayment} />, { storage, launcher });
    fireEvent.click(screen.getByRole('button', { name: 'Pay' }));
    expect(await screen.findByText('error: not_opened')).toBeTruthy();
    expect(verifyPayment).not.toHaveBeenCalled();
  });

  it('leaves the login idle (a tap tries again) after an unknown launch', async () => {
    blurOnly('unknown');
    renderPage(<Login label="page" />, { storage, launcher });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('status: launching')).toBeTruthy();
    expect(await screen.findByText('status: idle')).toBeTruthy();
  });
});
