import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  VVChatProvider,
  useCustomerService,
  useQPay,
  useShare,
  useVVChatLogin,
  type Launcher,
  type VVChatStorage,
} from '@vvchat/react';
import { fakeLauncher, goTo, launchedState, memoryStorage, origin, type FakeLauncher, type MemoryStorage } from './support';

/** Every status the first client render shows, in render order. */
let firstStatuses: string[];

function Login() {
  const { status, data, login } = useVVChatLogin({ exchangeCode: (code) => Promise.resolve({ name: `user-of-${code}` }) });
  firstStatuses.push(`login: ${status}`);
  return (
    <div>
      <p>{`login: ${status}`}</p>
      <p>{`user: ${data?.name ?? 'none'}`}</p>
      <button type="button" onClick={login}>
        Log in with VVChat
      </button>
    </div>
  );
}
function Pay() {
  const { status } = useQPay({ createOrder: () => 'IMP-1', verifyPayment: async () => 'paid' as const, pollIntervalMs: 10 });
  firstStatuses.push(`pay: ${status}`);
  return <p>{`pay: ${status}`}</p>;
}
function Share() {
  const { status } = useShare();
  firstStatuses.push(`share: ${status}`);
  return <p>{`share: ${status}`}</p>;
}
function Support() {
  const { status } = useCustomerService({ openId: 'OPEN_ID' });
  firstStatuses.push(`customer service: ${status}`);
  return <p>{`customer service: ${status}`}</p>;
}

function App({ storage, launcher, queryClient }: { storage: VVChatStorage; launcher: Launcher; queryClient: QueryClient }) {
  return (
    <VVChatProvider appId="test-app" storage={storage} launcher={launcher} queryClient={queryClient}>
      <main>
        <Login />
        <Pay />
        <Share />
        <Support />
      </main>
    </VVChatProvider>
  );
}

let storage: MemoryStorage;
let launcher: FakeLauncher;
let consoleError: MockInstance<typeof console.error>;
let recoverable: unknown[];
let root: Root | undefined;
let container: HTMLElement;

/** Server-renders the app into a container, then hydrates it, as a page load of an SSR app does. */
function serverRenderThenHydrate() {
  const serverHtml = renderToString(<App storage={storage} launcher={launcher} queryClient={new QueryClient()} />);
  container = document.createElement('div');
  container.innerHTML = serverHtml;
  document.body.append(container);
  firstStatuses = [];
  consoleError.mockClear();
  act(() => {
    root = hydrateRoot(container, <App storage={storage} launcher={launcher} queryClient={new QueryClient()} />, {
      onRecoverableError: (error) => void recoverable.push(error),
    });
  });
  return serverHtml;
}

beforeEach(() => {
  storage = memoryStorage();
  launcher = fakeLauncher('opened');
  recoverable = [];
  firstStatuses = [];
  // Silent: rendering the "server" inside jsdom makes React 18 warn about useLayoutEffect (a real
  // server has no document, so the hooks use useEffect there; see ssr.test.tsx). Only calls made
  // during and after hydration are asserted on.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  goTo('/shop');
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  cleanup();
  consoleError.mockRestore();
  goTo('/');
});

describe('hydration', () => {
  it('hydrates the server HTML with no warning, the first client render matching the server', () => {
    const serverHtml = serverRenderThenHydrate();

    expect(serverHtml).toContain('login: idle');
    expect(firstStatuses.slice(0, 4)).toEqual(['login: idle', 'pay: idle', 'share: idle', 'customer service: idle']);
    expect(recoverable).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe(serverHtml);
  });

  it('hydrates a login callback page with no warning, then finishes the login in an effect', async () => {
    // Page 1, client-rendered: start a login to get a real state.
    firstStatuses = [];
    const page1 = renderToString(<App storage={storage} launcher={launcher} queryClient={new QueryClient()} />);
    container = document.createElement('div');
    container.innerHTML = page1;
    document.body.append(container);
    act(() => {
      root = hydrateRoot(container, <App storage={storage} launcher={launcher} queryClient={new QueryClient()} />);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Log in with VVChat' }));
    const state = launchedState(launcher);
    act(() => root?.unmount());
    container.remove();

    // Page 2: the server renders the callback URL (it can't check state), the client hydrates it.
    goTo(`/shop?code=abc&state=${state}`);
    const serverHtml = serverRenderThenHydrate();

    expect(serverHtml).toContain('login: idle');
    expect(firstStatuses[0]).toBe('login: idle');
    expect(recoverable).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    await waitFor(() => expect(container.textContent).toContain('login: success'));
    expect(container.textContent).toContain('user: user-of-abc');
    expect(window.location.href).toBe(`${origin}/shop`);
  });

  it('hydrates a pay return page with no warning, then verifies in an effect', async () => {
    storage.setItem('vvchat:qpay-order', JSON.stringify({ imprestCode: 'IMP-1', startedAt: Date.now() }));
    goTo('/shop?trade_no=T-1');
    const serverHtml = serverRenderThenHydrate();

    expect(serverHtml).toContain('pay: idle');
    expect(firstStatuses[1]).toBe('pay: idle');
    expect(recoverable).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    await waitFor(() => expect(container.textContent).toContain('pay: paid'));
  });
});
