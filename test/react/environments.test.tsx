import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLauncher, type LaunchResult } from '@vvchat/core';
import {
  VVChatProvider,
  useCustomerService,
  useQPay,
  useShare,
  useVVChatEnvironment,
  useVVChatLogin,
  type ShareContent,
} from '@vvchat/react';
import { appId, fakeLauncher, memoryStorage, renderPage, sleep } from './support';

const card: ShareContent = { title: 'New arrivals', url: 'https://shop.example/new', subTitle: 'Spring 2030' };
const blocked = (reason: 'in-app-browser' | 'desktop' | 'no-user-activation', app?: 'wechat'): Promise<LaunchResult> =>
  Promise.resolve({ outcome: 'blocked', reason, ...(app && { app }), elapsedMs: 0 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Login() {
  const { login, status, error } = useVVChatLogin();
  return (
    <button type="button" onClick={login}>
      {status} {error?.code} {error?.reason} {error?.app}
    </button>
  );
}

describe('a blocked launch in the hooks', () => {
  it('reports blocked with the reason and the app, and navigates nowhere', async () => {
    const launcher = fakeLauncher(() => blocked('in-app-browser', 'wechat'));
    renderPage(<Login />, { launcher, storage: memoryStorage() });
    fireEvent.click(screen.getByRole('button'));
    await sleep(5);
    expect(screen.getByRole('button').textContent).toBe('error blocked in-app-browser wechat');
  });

  it("the default launcher blocks on a desktop (jsdom's user agent), and desktop: 'launch' reaches the launcher", async () => {
    const { unmount } = renderPage(<Login />, { storage: memoryStorage() });
    fireEvent.click(screen.getByRole('button'));
    await sleep(5);
    expect(screen.getByRole('button').textContent).toBe('error blocked desktop ');
    unmount();

    const launcher = fakeLauncher('opened');
    renderPage(<Login />, { launcher, desktop: 'launch', storage: memoryStorage() });
    fireEvent.click(screen.getByRole('button'));
    expect(launcher.launch.mock.calls[0]![1]).toMatchObject({ desktop: 'launch' });
  });

  it("the browser launcher's desktop: 'launch' reaches createLauncher's decision", async () => {
    const navigate = vi.fn();
    const launcher = createLauncher({
      window: new EventTarget(),
      document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
      navigate,
      setTimeout: () => 0,
      clearTimeout: () => undefined,
      detect: () => ({ kind: 'desktop' }),
      userActivation: () => true,
    });
    renderPage(<Login />, { launcher, desktop: 'launch', storage: memoryStorage() });
    fireEvent.click(screen.getByRole('button'));
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('customer service reports blocked, and a tap tries again', async () => {
    const launcher = fakeLauncher(() => blocked('no-user-activation'));
    function Support() {
      const { open, status, error } = useCustomerService({ openId: 'OPEN_ID' });
      return (
        <button type="button" onClick={open}>
          {status} {error?.reason}
        </button>
      );
    }
    renderPage(<Support />, { launcher });
    fireEvent.click(screen.getByRole('button'));
    await sleep(5);
    expect(screen.getByRole('button').textContent).toBe('error no-user-activation');
    launcher.answer('opened');
    fireEvent.click(screen.getByRole('button'));
    await sleep(5);
    expect(launcher.launch).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button').textContent).toBe('opened ');
  });

  it("pay waits in 'ready' after a launch outside a tap, and confirm() launches the same order", async () => {
    const launcher = fakeLauncher(() => blocked('no-user-activation'));
    const createOrder = vi.fn(() => 'ORDER-1');
    function Pay() {
      const { pay, confirm, status } = useQPay({ createOrder, verifyPayment: () => Promise.resolve('pending' as const) });
      return (
        <button type="button" onClick={() => (status === 'ready' ? confirm() : pay())}>
          {status}
        </button>
      );
    }
    renderPage(<Pay />, { launcher, storage: memoryStorage() });
    fireEvent.click(screen.getByRole('button'));
    await sleep(5);
    expect(screen.getByRole('button').textContent).toBe('ready');
    launcher.answer(() => new Promise(() => undefined));
    fireEvent.click(screen.getByRole('button'));
    expect(launcher.launch).toHaveBeenCalledTimes(2);
    expect(createOrder).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button').textContent).toBe('launching');
  });
});

describe('useShare: the way out', () => {
  function Share() {
    const { share, shareElsewhere, status, error, fallback } = useShare();
    return (
      <button type="button" onClick={() => (fallback ? shareElsewhere() : share(card))}>
        {status} {error?.code} {fallback}
      </button>
    );
  }

  it('offers the Web Share API after a blocked share, and ends shared-elsewhere', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { userAgent: navigator.userAgent, share, canShare: () => true });
    renderPage(<Share />, { launcher: fakeLauncher(() => blocked('in-app-browser', 'wechat')) });
    fireEvent.click(screen.getByRole('button'));
    await sleep(5);
    expect(screen.getByRole('button').textContent).toBe('error blocked web-share');
    fireEvent.click(screen.getByRole('button'));
    expect(share).toHaveBeenCalledWith({ title: card.title, url: card.url, text: card.subTitle });
    await sleep(5);
    expect(screen.getByRole('button').textContent).toBe('shared-elsewhere  ');
  });

  it('offers copying the link after not_opened where there is no Web Share API, and ends copied', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { userAgent: navigator.userAgent, clipboard: { writeText } });
    renderPage(<Share />, { launcher: fakeLauncher('not-opened') });
    fireEvent.click(screen.getByRole('button'));
    await sleep(5);
    expect(screen.getByRole('button').textContent).toBe('error not_opened copy');
    fireEvent.click(screen.getByRole('button'));
    await sleep(5);
    expect(writeText).toHaveBeenCalledWith(card.url);
    expect(screen.getByRole('button').textContent).toBe('copied  ');
  });

  it('offers no way out for other errors', async () => {
    renderPage(<Share />, { launcher: fakeLauncher(() => Promise.reject(new Error('boom'))) });
    fireEvent.click(screen.getByRole('button'));
    await sleep(5);
    expect(screen.getByRole('button').textContent).toBe('error launch_failed ');
  });
});

describe('useVVChatEnvironment', () => {
  function Where() {
    const where = useVVChatEnvironment();
    return <p>{where.kind === 'in-app' ? `in-app ${where.app}` : where.kind}</p>;
  }

  it("is 'unknown' on the server, so the hydrating render matches", () => {
    expect(renderToString(<VVChatProvider appId={appId}><Where /></VVChatProvider>)).toBe('<p>unknown</p>');
  });

  it("reads the browser's user agent on the client (jsdom's: a desktop)", () => {
    renderPage(<Where />);
    expect(screen.getByText('desktop')).toBeTruthy();
  });

  it('gives the same object on every render', () => {
    const seen: unknown[] = [];
    function Probe() {
      seen.push(useVVChatEnvironment());
      return null;
    }
    const { rerender } = renderPage(<Probe />);
    act(() => rerender(<VVChatProvider appId={appId}><Probe /></VVChatProvider>));
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(1);
  });
});
