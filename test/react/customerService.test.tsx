import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCustomerService, type UseCustomerServiceOptions, type VVChatError } from '@vvchat/react';
import { deferred, fakeLauncher, renderPage, sleep, type FakeLauncher, type ProviderProps } from './support';

function Support(options: UseCustomerServiceOptions) {
  const { open, status, error, reset } = useCustomerService(options);
  return (
    <section aria-label="support">
      <p>status: {status}</p>
      <p>error: {error?.code ?? 'none'}</p>
      <button type="button" onClick={open}>
        Contact us
      </button>
      <button type="button" onClick={reset}>
        Reset
      </button>
    </section>
  );
}

let launcher: FakeLauncher;
const browser = (extra: ProviderProps = {}): ProviderProps => ({ launcher, storage: null, ...extra });
const contact = () => fireEvent.click(screen.getByRole('button', { name: 'Contact us' }));

beforeEach(() => {
  launcher = fakeLauncher('opened');
});

afterEach(() => {
  cleanup();
});

describe('useCustomerService', () => {
  it('launches a qyx://openSessionView link inside the tap, then reports opened', async () => {
    const opened = deferred<{ outcome: 'opened'; elapsedMs: number }>();
    launcher.answer(() => opened.promise);
    renderPage(<Support openId="OPEN_ID" />, browser());

    contact();

    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.links()[0]).toBe('qyx://openSessionView?open_id=OPEN_ID');
    expect(screen.getByText('status: launching')).toBeTruthy();
    opened.resolve({ outcome: 'opened', elapsedMs: 200 });
    expect(await screen.findByText('status: opened')).toBeTruthy();
  });

  it('reports a launch that did not open as not_opened, passing the provider fallbackUrl', async () => {
    launcher.answer('not-opened');
    const onError = vi.fn();
    renderPage(<Support openId="OPEN_ID" onError={onError} />, browser({ fallbackUrl: 'https://vvchat.example/download' }));

    contact();

    expect(await screen.findByText('error: not_opened')).toBeTruthy();
    expect(screen.getByText('status: error')).toBeTruthy();
    expect(launcher.launch).toHaveBeenCalledWith('qyx://openSessionView?open_id=OPEN_ID', {
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
    renderPage(<Support openId="OPEN_ID" onError={onError} />, browser());
    contact();
    expect(await screen.findByText('error: launch_failed')).toBeTruthy();
    expect((onError.mock.calls[0]![0] as VVChatError).cause).toBe(boom);
  });

  it('reports a missing openId as invalid_option without launching or throwing', async () => {
    renderPage(<Support openId="  " />, browser());
    contact();
    expect(await screen.findByText('error: invalid_option')).toBeTruthy();
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it('launches once from a double tap', async () => {
    renderPage(<Support openId="OPEN_ID" />, browser());
    contact();
    contact();
    await screen.findByText('status: opened');
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it('opens the openId of the latest render', () => {
    const page = renderPage(<Support openId="FIRST" />, browser());
    page.rerender(<Support openId="LATEST" />);
    contact();
    expect(launcher.last()).toEqual({ action: 'customer-service', openId: 'LATEST' });
  });

  it('calls the onError of the latest render, once', async () => {
    launcher.answer('not-opened');
    const first = vi.fn();
    const latest = vi.fn();
    const page = renderPage(<Support openId="OPEN_ID" onError={first} />, browser());
    page.rerender(<Support openId="OPEN_ID" onError={latest} />);
    contact();
    await screen.findByText('status: error');
    await sleep(20);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
  });

  it('goes back to idle on reset()', async () => {
    launcher.answer('not-opened');
    renderPage(<Support openId="OPEN_ID" />, browser());
    contact();
    await screen.findByText('status: error');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByText('status: idle')).toBeTruthy();
    expect(screen.getByText('error: none')).toBeTruthy();
  });
});
