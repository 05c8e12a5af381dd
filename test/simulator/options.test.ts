import { fireEvent, screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LaunchResult } from '@vvchat/core';
import { createSimulatedBackend, createSimulator } from '@vvchat/simulator';
import { button, dialog, links, mapStorage, removeSheets, shareResults, simulator, tab } from './support';

afterEach(() => {
  vi.useRealTimers();
  removeSheets();
});

/** Records when a launch settles, without awaiting it. */
function track(launched: Promise<LaunchResult>) {
  const state: { result?: LaunchResult } = {};
  void launched.then((result) => (state.result = result));
  return state;
}

describe('latencyMs', () => {
  it('opens the sheet and resolves after latencyMs', async () => {
    vi.useFakeTimers();
    const { launcher } = simulator({ latencyMs: 500 });
    const launch = track(launcher.launch(links.login()));

    await vi.advanceTimersByTimeAsync(499);
    expect(launch.result).toBeUndefined();
    expect(screen.queryByRole('dialog')).toBeNull();

    await vi.advanceTimersByTimeAsync(1);
    expect(launch.result).toEqual({ outcome: 'opened', elapsedMs: 500, evidence: { signal: 'hidden', blurred: false } });
    expect(dialog('授权登录')).toBeTruthy();
  });

  it('defaults to 300 ms', async () => {
    vi.useFakeTimers();
    const launcher = createSimulator({ storage: mapStorage(), navigate: vi.fn() });
    const launch = track(launcher.launch(links.pay()));

    await vi.advanceTimersByTimeAsync(299);
    expect(launch.result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(launch.result?.outcome).toBe('opened');
    expect(dialog('QPay 支付')).toBeTruthy();
  });
});

describe('autoAnswer', () => {
  it("'approve' allows a login latencyMs after the sheet opened, without a click", async () => {
    vi.useFakeTimers();
    const { launcher, navigate } = simulator({ autoAnswer: 'approve', latencyMs: 200 });
    const launch = track(launcher.launch(links.login('state-123')));

    await vi.advanceTimersByTimeAsync(200);
    expect(launch.result?.outcome).toBe('opened');
    expect(dialog('授权登录')).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(200);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(navigate).toHaveBeenCalledTimes(1);
    const url = new URL(navigate.mock.calls[0]![0]);
    expect(url.searchParams.get('err_code')).toBe('0');
    expect(url.searchParams.get('code')).toMatch(/\S/);
    expect(url.searchParams.get('state')).toBe('state-123');
  });

  it("'deny' denies a login without a click", async () => {
    const { launcher, navigate } = simulator({ autoAnswer: 'deny' });
    await launcher.launch(links.login('state-123'));

    await vi.waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const url = new URL(navigate.mock.calls[0]![0]);
    expect(url.searchParams.has('code')).toBe(false);
    expect(url.searchParams.get('err_code')).not.toBe('0');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("'approve' pays, and the simulated backend then says paid", async () => {
    const { launcher, navigate, storage } = simulator({ autoAnswer: 'approve' });
    await launcher.launch(links.pay('AUTO-PAY'));

    await vi.waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(new URL(navigate.mock.calls[0]![0]).searchParams.get('trade_no')).toMatch(/\S/);
    await expect(createSimulatedBackend({ latencyMs: 0, storage }).verifyPayment({ imprestCode: 'AUTO-PAY' })).resolves.toBe('paid');
  });

  it("'deny' cancels a payment", async () => {
    const { launcher, navigate, storage } = simulator({ autoAnswer: 'deny' });
    const backend = createSimulatedBackend({ latencyMs: 0, storage });
    await launcher.launch(links.pay('AUTO-CANCEL'));

    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(navigate).not.toHaveBeenCalled();
    await expect(backend.verifyPayment({ imprestCode: 'AUTO-CANCEL' })).resolves.toBe('failed');
  });

  it.each([
    ['approve', { code: 200 }],
    ['deny', { code: 400, err_msg: '用户取消了分享' }],
  ] as const)("'%s' answers a share", async (autoAnswer, result) => {
    const { launcher } = simulator({ autoAnswer });
    const channel = shareResults();
    await launcher.launch(links.share());

    await vi.waitFor(() => expect(channel.results).toHaveLength(1));
    channel.stop();
    expect(channel.results[0]).toEqual({ type: 'vvchat:share-result', result });
  });

  it('closes the chat window', async () => {
    const { launcher, navigate } = simulator({ autoAnswer: 'approve' });
    await launcher.launch(links.customerService());

    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(navigate).not.toHaveBeenCalled();
  });

  it('answers nothing more once the user answered first', async () => {
    vi.useFakeTimers();
    const { launcher, navigate } = simulator({ autoAnswer: 'approve', latencyMs: 100 });
    const launch = track(launcher.launch(links.login()));
    await vi.advanceTimersByTimeAsync(100);
    expect(launch.result?.outcome).toBe('opened');

    fireEvent.click(button('拒绝'));
    await vi.advanceTimersByTimeAsync(1000);

    expect(navigate).toHaveBeenCalledTimes(1);
    expect(new URL(navigate.mock.calls[0]![0]).searchParams.has('code')).toBe(false);
  });

  it('without autoAnswer, waits for the user', async () => {
    vi.useFakeTimers();
    const { launcher, navigate } = simulator({ latencyMs: 100 });
    void launcher.launch(links.login());

    await vi.advanceTimersByTimeAsync(60_000);

    expect(dialog('授权登录')).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('notInstalled (deprecated: environment \'no-app\')', () => {
  it('ends the launch not-opened and shows where the page would go', async () => {
    const { launcher, navigate } = simulator({ notInstalled: true });

    await expect(launcher.launch(links.login(), { fallbackUrl: 'https://vvchat.example/download' })).resolves.toEqual({
      outcome: 'not-opened',
      elapsedMs: expect.any(Number) as number,
      evidence: { signal: 'timeout', blurred: false },
    });

    const sheet = dialog('未安装 VVChat');
    expect(sheet.getAttribute('aria-modal')).toBe('true');
    const link = within(sheet).getByRole('link', { name: 'https://vvchat.example/download' });
    expect(link.getAttribute('href')).toBe('https://vvchat.example/download');
    expect(within(sheet).queryByRole('button', { name: '允许' })).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('says when there is no fallbackUrl', async () => {
    const { launcher } = simulator({ notInstalled: true });

    await expect(launcher.launch(links.pay())).resolves.toMatchObject({ outcome: 'not-opened' });

    const sheet = dialog('未安装 VVChat');
    expect(within(sheet).queryByRole('link')).toBeNull();
    expect(sheet.textContent).toContain('（VVChatProvider 未设置 fallbackUrl）');
  });

  it('speaks English with locale en', async () => {
    const { launcher } = simulator({ notInstalled: true, locale: 'en' });
    await launcher.launch(links.share());

    const sheet = dialog('VVChat is not installed');
    expect(sheet.textContent).toContain('(VVChatProvider has no fallbackUrl)');
    expect(button('Close', sheet)).toBeTruthy();
  });

  it('issues nothing and answers nothing, even with autoAnswer', async () => {
    vi.useFakeTimers();
    const { launcher, navigate, storage } = simulator({ notInstalled: true, autoAnswer: 'approve', latencyMs: 50 });
    const launch = track(launcher.launch(links.login()));

    await vi.advanceTimersByTimeAsync(5000);

    expect(launch.result?.outcome).toBe('not-opened');
    expect(navigate).not.toHaveBeenCalled();
    expect(dialog('未安装 VVChat')).toBeTruthy();
    expect(storage.map.size).toBe(0);
  });

  it('is closed with Close, Escape or Tab-trapped like the other sheets', async () => {
    const { launcher } = simulator({ notInstalled: true });
    await launcher.launch(links.login(), { fallbackUrl: 'https://vvchat.example/download' });
    const close = button('关闭');
    expect(document.activeElement).toBe(close);

    tab();
    expect(document.activeElement).toBe(screen.getByRole('link'));
    tab(true);
    expect(document.activeElement).toBe(close);

    fireEvent.click(close);
    expect(screen.queryByRole('dialog')).toBeNull();

    await launcher.launch(links.login());
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does not turn a fallbackUrl that is not http(s) into a link (the browser launcher rejects it as invalid_option)', async () => {
    const { launcher } = simulator({ notInstalled: true });

    await launcher.launch(links.login(), { fallbackUrl: 'javascript:alert(document.cookie)' }).catch(() => undefined);

    expect(document.querySelector('a[href^="javascript:" i]')).toBeNull();
  });
});
