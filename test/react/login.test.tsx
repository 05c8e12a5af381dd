import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLauncher, startLogin } from '@vvchat/core';
import { VVChatProvider, isVVChatError, useVVChatLogin, vvchatKeys, type UseVVChatLoginOptions, type VVChatError } from '@vvchat/react';
import {
  appId,
  deferred,
  fakeLauncher,
  goTo,
  launchedState,
  memoryStorage,
  origin,
  renderPage,
  sleep,
  throwingStorage,
  type FakeLauncher,
  type MemoryStorage,
  type ProviderProps,
} from './support';

interface User {
  name: string;
}

type LoginProps = UseVVChatLoginOptions<User> & { label?: string; onLoginCalled?: () => void };

function Login({ label = 'login', onLoginCalled, ...options }: LoginProps) {
  const { login, status, data, code, error, reset } = useVVChatLogin<User>(options);
  return (
    <section aria-label={label}>
      <p>status: {status}</p>
      <p>error: {error?.code ?? 'none'}</p>
      <p>err_code: {error?.errCode ?? 'none'}</p>
      <p>user: {data?.name ?? 'none'}</p>
      <p>code: {code ?? 'none'}</p>
      <button
        type="button"
        onClick={() => {
          login();
          onLoginCalled?.();
        }}
      >
        Log in with VVChat
      </button>
      <button type="button" onClick={reset}>
        Reset
      </button>
    </section>
  );
}

/**
 * A state of the SDK's form for this app that this browser never stored: what an attacker (or
 * another browser's callback) brings. A state without that form is somebody else's and is left alone.
 */
const forgedState = () => startLogin({ appId, redirectUri: `${origin}/shop`, storage: memoryStorage() }).state;

const exchangeToUser = () => vi.fn((code: string) => Promise.resolve({ name: `user-of-${code}` }));

let storage: MemoryStorage;
let launcher: FakeLauncher;

/** The provider props one "browser" keeps across page loads. */
const browser = (extra: ProviderProps = {}): ProviderProps => ({ storage, launcher, ...extra });

/** Page 1: tap "Log in", the app opens; returns the state the link carried. */
async function loginOnFirstPage(path = '/shop', extra: ProviderProps = {}): Promise<string> {
  goTo(path);
  const page = renderPage(<Login />, browser(extra));
  fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
  await screen.findByText('status: idle');
  page.unmount();
  return launchedState(launcher);
}

beforeEach(() => {
  storage = memoryStorage();
  launcher = fakeLauncher('opened');
  goTo('/shop');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  goTo('/');
});

describe('useVVChatLogin across a page load', () => {
  it('logs in when the app comes back with the state this browser stored', async () => {
    const state = await loginOnFirstPage();
    const exchangeCode = exchangeToUser();
    const onSuccess = vi.fn();

    goTo(`/shop?code=abc&state=${state}`);
    renderPage(<Login exchangeCode={exchangeCode} onSuccess={onSuccess} />, browser());

    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(screen.getByText('user: user-of-abc')).toBeTruthy();
    expect(screen.getByText('code: abc')).toBeTruthy();
    expect(exchangeCode).toHaveBeenCalledTimes(1);
    expect(exchangeCode).toHaveBeenCalledWith('abc');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith({ name: 'user-of-abc' }, { context: undefined });
  });

  it('goes through exchanging while exchangeCode runs', async () => {
    const state = await loginOnFirstPage();
    const answer = deferred<User>();
    goTo(`/shop?code=abc&state=${state}`);
    renderPage(<Login exchangeCode={() => answer.promise} />, browser());

    expect(await screen.findByText('status: exchanging')).toBeTruthy();
    expect(screen.getByText('code: abc')).toBeTruthy();
    answer.resolve({ name: 'Ada' });
    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(screen.getByText('user: Ada')).toBeTruthy();
  });

  it('gives { code } as data without an exchangeCode', async () => {
    const state = await loginOnFirstPage();
    goTo(`/shop?code=abc&state=${state}`);
    function Bare() {
      const { status, data } = useVVChatLogin();
      return <p>{`${status} ${JSON.stringify(data)}`}</p>;
    }
    renderPage(<Bare />, browser());
    expect(await screen.findByText('success {"code":"abc"}')).toBeTruthy();
  });

  it('reports a denial as login_denied with the err_code and never exchanges', async () => {
    const state = await loginOnFirstPage();
    const exchangeCode = exchangeToUser();
    const onError = vi.fn();

    goTo(`/shop?err_code=1&state=${state}`);
    renderPage(<Login exchangeCode={exchangeCode} onError={onError} />, browser());

    expect(await screen.findByText('status: error')).toBeTruthy();
    expect(screen.getByText('error: login_denied')).toBeTruthy();
    expect(screen.getByText('err_code: 1')).toBeTruthy();
    await sleep(20);
    expect(exchangeCode).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(window.location.href).toBe(`${origin}/shop`);
  });

  it('rejects a forged state with state_mismatch and never exchanges', async () => {
    await loginOnFirstPage();
    const exchangeCode = exchangeToUser();

    goTo(`/shop?code=abc&state=${forgedState()}`);
    renderPage(<Login exchangeCode={exchangeCode} />, browser());

    expect(await screen.findByText('error: state_mismatch')).toBeTruthy();
    expect(screen.getByText('status: error')).toBeTruthy();
    await sleep(20);
    expect(exchangeCode).not.toHaveBeenCalled();
  });

  it('rejects a callback in a browser that never started a login with state_mismatch', async () => {
    const exchangeCode = exchangeToUser();
    goTo(`/shop?code=abc&state=${forgedState()}`);
    renderPage(<Login exchangeCode={exchangeCode} />, browser());

    expect(await screen.findByText('error: state_mismatch')).toBeTruthy();
    await sleep(20);
    expect(exchangeCode).not.toHaveBeenCalled();
  });

  it('never exchanges a code that arrives without a state', async () => {
    await loginOnFirstPage();
    const exchangeCode = exchangeToUser();
    goTo('/shop?code=abc');
    renderPage(<Login exchangeCode={exchangeCode} />, browser());

    await sleep(30);
    expect(exchangeCode).not.toHaveBeenCalled();
    expect(screen.queryByText('status: success')).toBeNull();
  });

  it('rejects a replayed callback URL with state_mismatch and does not exchange again', async () => {
    const state = await loginOnFirstPage();
    const exchangeCode = exchangeToUser();
    const callback = `/shop?code=abc&state=${state}`;

    goTo(callback);
    const second = renderPage(<Login exchangeCode={exchangeCode} />, browser());
    await screen.findByText('status: success');
    second.unmount();

    goTo(callback); // the same URL again: back button, history, a shared link
    renderPage(<Login exchangeCode={exchangeCode} />, browser());

    expect(await screen.findByText('error: state_mismatch')).toBeTruthy();
    await sleep(20);
    expect(exchangeCode).toHaveBeenCalledTimes(1);
  });

  it('rejects a state that expired (after 10 minutes) with state_mismatch', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
    const state = await loginOnFirstPage();
    const exchangeCode = exchangeToUser();

    vi.setSystemTime(new Date('2030-01-01T10:10:01Z'));
    goTo(`/shop?code=abc&state=${state}`);
    renderPage(<Login exchangeCode={exchangeCode} />, browser());

    expect(await screen.findByText('error: state_mismatch')).toBeTruthy();
    await sleep(20);
    expect(exchangeCode).not.toHaveBeenCalled();
  });

  it('still accepts a state just inside its 10 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
    const state = await loginOnFirstPage();

    vi.setSystemTime(new Date('2030-01-01T10:09:59Z'));
    goTo(`/shop?code=abc&state=${state}`);
    renderPage(<Login exchangeCode={exchangeToUser()} />, browser());

    expect(await screen.findByText('status: success')).toBeTruthy();
  });

  it('exchanges the code once under StrictMode', async () => {
    const state = await loginOnFirstPage();
    const exchangeCode = exchangeToUser();
    const onSuccess = vi.fn();

    goTo(`/shop?code=abc&state=${state}`);
    renderPage(
      <StrictMode>
        <Login exchangeCode={exchangeCode} onSuccess={onSuccess} />
      </StrictMode>,
      browser(),
    );

    expect(await screen.findByText('status: success')).toBeTruthy();
    await sleep(20);
    expect(exchangeCode).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('reports a denial once under StrictMode', async () => {
    const state = await loginOnFirstPage();
    const onError = vi.fn();
    goTo(`/shop?err_code=7&state=${state}`);
    renderPage(
      <StrictMode>
        <Login onError={onError} />
      </StrictMode>,
      browser(),
    );

    expect(await screen.findByText('error: login_denied')).toBeTruthy();
    await sleep(20);
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]![0] as VVChatError).errCode).toBe(7);
  });

  it('exchanges once for two consumers under one provider, and both show success', async () => {
    const state = await loginOnFirstPage();
    const exchangeCode = exchangeToUser();

    goTo(`/shop?code=abc&state=${state}`);
    renderPage(
      <>
        <Login label="header" exchangeCode={exchangeCode} />
        <Login label="sidebar" exchangeCode={exchangeCode} />
      </>,
      browser(),
    );

    const header = within(screen.getByRole('region', { name: 'header' }));
    const sidebar = within(screen.getByRole('region', { name: 'sidebar' }));
    expect(await header.findByText('status: success')).toBeTruthy();
    expect(await sidebar.findByText('status: success')).toBeTruthy();
    expect(sidebar.getByText('user: user-of-abc')).toBeTruthy();
    await sleep(20);
    expect(exchangeCode).toHaveBeenCalledTimes(1);
  });

  it('calls onSuccess once in each of two mounted consumers', async () => {
    const state = await loginOnFirstPage();
    const onHeader = vi.fn();
    const onSidebar = vi.fn();
    goTo(`/shop?code=abc&state=${state}`);
    renderPage(
      <>
        <Login label="header" exchangeCode={exchangeToUser()} onSuccess={onHeader} />
        <Login label="sidebar" exchangeCode={exchangeToUser()} onSuccess={onSidebar} />
      </>,
      browser(),
    );
    await within(screen.getByRole('region', { name: 'sidebar' })).findByText('status: success');
    await sleep(20);
    expect(onHeader).toHaveBeenCalledTimes(1);
    expect(onSidebar).toHaveBeenCalledTimes(1);
  });

  // Regression (fixed): the failure happens synchronously inside the first consumer's mount
  // effect, before the second consumer's useFlowEvents effect has subscribed, so it never hears it.
  it('calls onError once in each of two mounted consumers', async () => {
    const state = await loginOnFirstPage();
    const onHeader = vi.fn();
    const onSidebar = vi.fn();
    goTo(`/shop?err_code=1&state=${state}`);
    renderPage(
      <>
        <Login label="header" onError={onHeader} />
        <Login label="sidebar" onError={onSidebar} />
      </>,
      browser(),
    );
    await within(screen.getByRole('region', { name: 'sidebar' })).findByText('error: login_denied');
    await sleep(20);
    expect(onHeader).toHaveBeenCalledTimes(1);
    expect(onSidebar).toHaveBeenCalledTimes(1);
  });

  it('keeps one exchange when the provider re-mounts while it runs', async () => {
    const state = await loginOnFirstPage();
    const answer = deferred<User>();
    const exchangeCode = vi.fn(() => answer.promise);
    const queryClient = new QueryClient();

    goTo(`/shop?code=abc&state=${state}`);
    const first = renderPage(<Login exchangeCode={exchangeCode} />, browser({ queryClient }));
    await screen.findByText('status: exchanging');
    first.unmount();

    renderPage(<Login exchangeCode={exchangeCode} />, browser({ queryClient }));
    expect(screen.getByText('status: exchanging')).toBeTruthy();
    answer.resolve({ name: 'Ada' });

    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(exchangeCode).toHaveBeenCalledTimes(1);
  });

  it('exchanges once when a provider with its own QueryClient re-mounts while it runs', async () => {
    const state = await loginOnFirstPage();
    const answer = deferred<User>();
    const exchangeCode = vi.fn(() => answer.promise);
    const app = () => (
      <VVChatProvider appId={appId} launcher={launcher} storage={storage}>
        <Login exchangeCode={exchangeCode} />
      </VVChatProvider>
    );

    goTo(`/shop?code=abc&state=${state}`);
    const first = render(app());
    await screen.findByText('status: exchanging');
    first.unmount();
    render(app());
    answer.resolve({ name: 'Ada' });
    await sleep(30);

    expect(exchangeCode).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('error: state_mismatch')).toBeNull();
  });

  it('reports a rejected exchangeCode as exchange_failed with the cause, and login() starts afresh', async () => {
    const state = await loginOnFirstPage();
    const boom = new Error('backend down');
    const onError = vi.fn();

    goTo(`/shop?code=abc&state=${state}`);
    renderPage(<Login exchangeCode={() => Promise.reject(boom)} onError={onError} />, browser());

    expect(await screen.findByText('error: exchange_failed')).toBeTruthy();
    expect(onError).toHaveBeenCalledTimes(1);
    const error = onError.mock.calls[0]![0] as unknown;
    expect(isVVChatError(error)).toBe(true);
    expect((error as VVChatError).cause).toBe(boom);

    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    expect(launcher.launch).toHaveBeenCalledTimes(2);
    expect(launchedState(launcher)).not.toBe(state);
  });

  it('reports an exchangeCode that throws synchronously as exchange_failed', async () => {
    const state = await loginOnFirstPage();
    const boom = new Error('bad code');
    goTo(`/shop?code=abc&state=${state}`);
    renderPage(
      <Login
        exchangeCode={() => {
          throw boom;
        }}
      />,
      browser(),
    );
    expect(await screen.findByText('error: exchange_failed')).toBeTruthy();
  });

  it('removes code, state and err_code from the address bar, keeping other parameters and the hash', async () => {
    const state = await loginOnFirstPage();
    const historyLength = window.history.length;

    goTo(`/shop?tab=me&code=abc&state=${state}&err_code=0&utm=x%20y#reviews`);
    renderPage(<Login exchangeCode={exchangeToUser()} />, browser());

    await screen.findByText('status: success');
    expect(window.location.href).toBe(`${origin}/shop?tab=me&utm=x%20y#reviews`);
    expect(window.history.length).toBe(historyLength);
  });

  it('cleans the address bar of a forged callback too', async () => {
    goTo(`/shop?code=abc&state=${forgedState()}&tab=me`);
    renderPage(<Login />, browser());
    await screen.findByText('error: state_mismatch');
    expect(window.location.href).toBe(`${origin}/shop?tab=me`);
  });
});

describe('useVVChatLogin login()', () => {
  it('calls the launcher synchronously inside the click with a qyx://thirdlogin link back to this page', () => {
    let launchesInsideClick = -1;
    goTo('/shop?tab=me&trade_no=T1');
    renderPage(<Login onLoginCalled={() => (launchesInsideClick = launcher.launch.mock.calls.length)} />, browser());

    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));

    expect(launchesInsideClick).toBe(1);
    expect(launcher.links()[0]).toMatch(/^qyx:\/\/thirdlogin\?app_id=test-app&scope=snsapi_userinfo&state=[\w-]{22,}&redirect_uri=/);
    expect(launcher.last()).toEqual({
      action: 'login',
      appId,
      scope: 'snsapi_userinfo',
      state: expect.stringMatching(/^[\w-]{22,}$/) as unknown,
      redirectUri: `${origin}/shop?tab=me`,
    });
    expect(screen.getByText('status: launching')).toBeTruthy();
  });

  // Regression (fixed, same as the next test): no guard while launching.
  it('launches once from a double tap', () => {
    renderPage(<Login />, browser());
    const button = screen.getByRole('button', { name: 'Log in with VVChat' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  // Regression (fixed): loginFlow.start has no guard while launching (share and customer
  // service have one), so the second tap starts a second login with a new state; the browser
  // launcher refuses that link (launch_pending) and the hook shows an error while the app opens.
  it('stays launching after a double tap with the browser launcher, navigating once', async () => {
    const navigate = vi.fn();
    const browserLauncher = createLauncher({
      window: new EventTarget(),
      document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
      navigate,
      setTimeout: () => 0, // the verdict never comes: the page is left
      clearTimeout: () => undefined,
      detect: () => ({ kind: 'mobile', os: 'android' }), // jsdom's own user agent reads as a desktop
    });
    renderPage(<Login />, { storage, launcher: browserLauncher });
    const button = screen.getByRole('button', { name: 'Log in with VVChat' });

    fireEvent.click(button);
    fireEvent.click(button);
    await sleep(20);

    expect(navigate).toHaveBeenCalledTimes(1);
    expect(screen.getByText('error: none')).toBeTruthy();
    expect(screen.getByText('status: launching')).toBeTruthy();
  });

  it('reads a hash-routed callback and cleans it from the hash', async () => {
    const state = await loginOnFirstPage('/app#/account');
    expect(launcher.last()).toMatchObject({ redirectUri: `${origin}/app#/account` });
    const exchangeCode = exchangeToUser();
    goTo(`/app#/account?code=abc&state=${state}`);
    renderPage(<Login exchangeCode={exchangeCode} />, browser());

    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(exchangeCode).toHaveBeenCalledWith('abc');
    expect(window.location.href).toBe(`${origin}/app#/account`);
  });

  it('stores the state in the provider storage before launching', () => {
    renderPage(<Login />, browser());
    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    expect(storage.map.get('vvchat:login-states')).toContain(launchedState(launcher));
  });

  it('sends the provider redirectUri when the hook has none', () => {
    renderPage(<Login />, browser({ redirectUri: 'https://shop.example/provider' }));

    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    expect(launcher.last()).toMatchObject({ action: 'login', redirectUri: 'https://shop.example/provider' });
  });

  it('prefers the hook redirectUri over the provider one', () => {
    function WithHookRedirect() {
      const { login } = useVVChatLogin({ redirectUri: 'https://shop.example/hook' });
      return (
        <button type="button" onClick={login}>
          hook
        </button>
      );
    }
    renderPage(<WithHookRedirect />, browser({ redirectUri: 'https://shop.example/provider' }));
    fireEvent.click(screen.getByRole('button', { name: 'hook' }));
    expect(launcher.last()).toMatchObject({ action: 'login', redirectUri: 'https://shop.example/hook' });
  });

  it('sends a custom scope', () => {
    function Scoped() {
      const { login } = useVVChatLogin({ scope: 'snsapi_base' });
      return (
        <button type="button" onClick={login}>
          scoped
        </button>
      );
    }
    renderPage(<Scoped />, browser());
    fireEvent.click(screen.getByRole('button', { name: 'scoped' }));
    expect(launcher.last()).toMatchObject({ action: 'login', scope: 'snsapi_base' });
  });

  it('goes launching, then back to idle once the app opened', async () => {
    const opened = deferred<{ outcome: 'opened'; elapsedMs: number }>();
    launcher.answer(() => opened.promise);
    renderPage(<Login />, browser());

    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    expect(screen.getByText('status: launching')).toBeTruthy();
    opened.resolve({ outcome: 'opened', elapsedMs: 300 });
    expect(await screen.findByText('status: idle')).toBeTruthy();
  });

  it('treats an unknown launch outcome like an opened one', async () => {
    launcher.answer('unknown');
    renderPage(<Login />, browser());
    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    expect(await screen.findByText('status: idle')).toBeTruthy();
    expect(screen.getByText('error: none')).toBeTruthy();
  });

  it('reports a launch that did not open as not_opened, passing the provider fallbackUrl to the launcher', async () => {
    launcher.answer('not-opened');
    const onError = vi.fn();
    renderPage(<Login onError={onError} />, browser({ fallbackUrl: 'https://vvchat.example/download' }));

    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));

    expect(await screen.findByText('error: not_opened')).toBeTruthy();
    expect(screen.getByText('status: error')).toBeTruthy();
    expect(launcher.launch).toHaveBeenCalledWith(expect.stringMatching(/^qyx:\/\/thirdlogin\?/), {
      fallbackUrl: 'https://vvchat.example/download',
    });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('reports a launcher that throws synchronously as launch_failed with the cause', async () => {
    const boom = new Error('navigation blocked');
    launcher.launch.mockImplementation(() => {
      throw boom;
    });
    const onError = vi.fn();
    renderPage(<Login onError={onError} />, browser());

    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));

    expect(await screen.findByText('error: launch_failed')).toBeTruthy();
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0]![0] as VVChatError).cause).toBe(boom);
  });

  it('reports a launcher that rejects as launch_failed with the cause', async () => {
    const boom = new Error('launcher exploded');
    launcher.answer(() => Promise.reject(boom));
    const onError = vi.fn();
    renderPage(<Login onError={onError} />, browser());

    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));

    expect(await screen.findByText('error: launch_failed')).toBeTruthy();
    expect((onError.mock.calls[0]![0] as VVChatError).cause).toBe(boom);
  });

  it('reports a missing appId as invalid_option without launching or throwing', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPage(<Login />, browser({ appId: ' ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    expect(await screen.findByText('error: invalid_option')).toBeTruthy();
    expect(launcher.launch).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('goes back to idle on reset()', async () => {
    launcher.answer('not-opened');
    renderPage(<Login />, browser());
    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    await screen.findByText('status: error');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText('status: idle')).toBeTruthy();
    expect(screen.getByText('error: none')).toBeTruthy();
  });
});

describe('useVVChatLogin and the provider', () => {
  it('uses the launcher of the latest provider render', () => {
    const later = fakeLauncher('opened');
    const queryClient = new QueryClient();
    const page = render(
      <VVChatProvider appId={appId} launcher={launcher} storage={storage} queryClient={queryClient}>
        <Login />
      </VVChatProvider>,
    );
    page.rerender(
      <VVChatProvider appId={appId} launcher={later} storage={storage} queryClient={queryClient}>
        <Login />
      </VVChatProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(later.launch).toHaveBeenCalledTimes(1);
  });

  it("runs the exchange as a mutation in the app's QueryClientProvider, without retries", async () => {
    const state = await loginOnFirstPage();
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: 3, retryDelay: 1 } } });
    const exchangeCode = vi.fn(() => Promise.reject(new Error('code already used')));
    goTo(`/shop?code=abc&state=${state}`);
    render(
      <QueryClientProvider client={queryClient}>
        <VVChatProvider appId={appId} launcher={launcher} storage={storage}>
          <Login exchangeCode={exchangeCode} />
        </VVChatProvider>
      </QueryClientProvider>,
    );

    expect(await screen.findByText('error: exchange_failed')).toBeTruthy();
    await sleep(30);
    expect(exchangeCode).toHaveBeenCalledTimes(1);
    expect(queryClient.getMutationCache().findAll({ mutationKey: vvchatKeys.exchange(appId) })).toHaveLength(1);
  });
});

describe('useVVChatLogin callbacks', () => {
  it('calls onSuccess once, and onError never, for one login', async () => {
    const state = await loginOnFirstPage();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    goTo(`/shop?code=abc&state=${state}`);
    const page = renderPage(<Login exchangeCode={exchangeToUser()} onSuccess={onSuccess} onError={onError} />, browser());

    await screen.findByText('status: success');
    page.rerender(<Login exchangeCode={exchangeToUser()} onSuccess={onSuccess} onError={onError} />);
    await sleep(20);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it('calls onError once, and onSuccess never, for one failure', async () => {
    const onSuccess = vi.fn();
    const onError = vi.fn();
    goTo(`/shop?code=abc&state=${forgedState()}`);
    const page = renderPage(<Login onSuccess={onSuccess} onError={onError} />, browser());

    await screen.findByText('status: error');
    page.rerender(<Login onSuccess={onSuccess} onError={onError} />);
    await sleep(20);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'state_mismatch' }));
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('calls the onSuccess of the latest render, not a stale one', async () => {
    const state = await loginOnFirstPage();
    const answer = deferred<User>();
    const first = vi.fn();
    const latest = vi.fn();
    goTo(`/shop?code=abc&state=${state}`);
    const page = renderPage(<Login exchangeCode={() => answer.promise} onSuccess={first} />, browser());
    await screen.findByText('status: exchanging');

    page.rerender(<Login exchangeCode={() => answer.promise} onSuccess={latest} />);
    answer.resolve({ name: 'Ada' });

    await screen.findByText('status: success');
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
    expect(latest).toHaveBeenCalledWith({ name: 'Ada' }, { context: undefined });
  });

  it('calls the onError of the latest render, not a stale one', async () => {
    const first = vi.fn();
    const latest = vi.fn();
    const opened = deferred<{ outcome: 'not-opened'; elapsedMs: number }>();
    launcher.answer(() => opened.promise);
    const page = renderPage(<Login onError={first} />, browser());
    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));

    page.rerender(<Login onError={latest} />);
    opened.resolve({ outcome: 'not-opened', elapsedMs: 2500 });

    await screen.findByText('error: not_opened');
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
  });
});

describe('useVVChatLogin with broken storage', () => {
  it('runs a login on memory when storage throws on every call, without throwing into React', async () => {
    const broken = throwingStorage();
    const consoleError = vi.spyOn(console, 'error');
    const exchangeCode = exchangeToUser();

    goTo('/shop');
    const first = renderPage(<Login />, { launcher, storage: broken });
    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    await screen.findByText('status: idle');
    expect(screen.getByText('error: none')).toBeTruthy();
    const state = launchedState(launcher);
    first.unmount();

    // Back in the same document (memory survives): the state still checks out.
    goTo(`/shop?code=abc&state=${state}`);
    renderPage(<Login exchangeCode={exchangeCode} />, { launcher, storage: broken });

    expect(await screen.findByText('status: success')).toBeTruthy();
    expect(exchangeCode).toHaveBeenCalledTimes(1);
    expect(broken.attempts).toBeGreaterThan(0);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('runs a login without any storage (storage={null})', async () => {
    goTo('/shop');
    const first = renderPage(<Login />, { launcher, storage: null });
    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    await screen.findByText('status: idle');
    const state = launchedState(launcher);
    first.unmount();

    goTo(`/shop?code=abc&state=${state}`);
    renderPage(<Login exchangeCode={exchangeToUser()} />, { launcher, storage: null });
    expect(await screen.findByText('status: success')).toBeTruthy();
  });
});
