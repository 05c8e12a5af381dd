import { QueryClient } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { memo, Profiler, useState, type ProfilerOnRenderCallback } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VVChatProvider, useQPay, useShare, useVVChatLogin, type LaunchResult } from '@vvchat/react';
import { fakeLauncher, goTo, memoryStorage, renderPage, sleep, type FakeLauncher } from './support';

let commits: number;
const onRender: ProfilerOnRenderCallback = () => {
  commits++;
};

function Login() {
  const { login, status } = useVVChatLogin();
  return (
    <button type="button" onClick={login}>
      {`Log in with VVChat (${status})`}
    </button>
  );
}

let launcher: FakeLauncher;

beforeEach(() => {
  commits = 0;
  launcher = fakeLauncher('opened');
  goTo('/shop');
});

afterEach(() => {
  cleanup();
});

describe('render count', () => {
  it('commits the consumer at most twice for a login() click before navigating', async () => {
    let commitsWhenLaunched = -1;
    // The browser navigates away: the launch never settles.
    launcher.launch.mockImplementation(() => {
      commitsWhenLaunched = commits;
      return new Promise<LaunchResult>(() => undefined);
    });
    renderPage(
      <Profiler id="login" onRender={onRender}>
        <Login />
      </Profiler>,
      { launcher, storage: memoryStorage() },
    );
    const mounted = commits;

    fireEvent.click(screen.getByRole('button'));
    await sleep(20);

    expect(commitsWhenLaunched - mounted).toBeLessThanOrEqual(2);
    expect(screen.getByRole('button').textContent).toBe('Log in with VVChat (launching)');
    expect(commits - mounted).toBeLessThanOrEqual(2);
  });

  it('commits the consumer at most twice from the click until the launch settles', async () => {
    renderPage(
      <Profiler id="login" onRender={onRender}>
        <Login />
      </Profiler>,
      { launcher, storage: memoryStorage() },
    );
    const mounted = commits;

    fireEvent.click(screen.getByRole('button'));
    await screen.findByText('Log in with VVChat (idle)');
    await sleep(20);

    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(commits - mounted).toBeLessThanOrEqual(2);
  });

  it('does not re-render memoised consumers when the app above the provider re-renders', () => {
    const renders = vi.fn();
    const Consumers = memo(function Consumers() {
      useVVChatLogin();
      useQPay({ createOrder: () => 'IMP-1' });
      useShare();
      renders();
      return null;
    });
    const queryClient = new QueryClient();
    const storage = memoryStorage();
    function App() {
      const [count, setCount] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setCount(count + 1)}>
            {`re-render app (${count})`}
          </button>
          <VVChatProvider appId="test-app" launcher={launcher} storage={storage} queryClient={queryClient}>
            <Consumers />
          </VVChatProvider>
        </>
      );
    }
    render(<App />);
    const mounted = renders.mock.calls.length;

    fireEvent.click(screen.getByRole('button'));
    fireEvent.click(screen.getByRole('button'));

    expect(screen.getByRole('button').textContent).toBe('re-render app (2)');
    expect(renders).toHaveBeenCalledTimes(mounted);
  });
});
