import { fireEvent, screen } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPayLink, isVVChatError, parseLoginCallback, parsePayReturn } from '@vvchat/core';
import { createSimulatedBackend, createSimulator, type SimulatorOptions } from '@vvchat/simulator';
import { appId, button, links, mapStorage, page, removeSheets, shareResults, simulator } from './support';

afterEach(() => {
  removeSheets();
  vi.restoreAllMocks();
  for (const name of ['visibilityState', 'hidden']) Reflect.deleteProperty(document, name);
});

/** A simulator that comes back in a new tab, with an openTab spy. */
function newTabSimulator(options: SimulatorOptions = {}) {
  const openTab = vi.fn<(url: string) => void>();
  return { ...simulator({ returnIn: 'new-tab', openTab, ...options }), openTab };
}

/** The one URL `spy` was called with. */
function onlyUrl(spy: { mock: { calls: [string][] } }): URL {
  expect(spy.mock.calls).toHaveLength(1);
  return new URL(spy.mock.calls[0]![0]);
}

/** Records `document.visibilityState` at each `visibilitychange` until `stop()`. */
function watchVisibility() {
  const seen: string[] = [];
  const record = () => seen.push(document.visibilityState);
  document.addEventListener('visibilitychange', record);
  return {
    stop: () => {
      document.removeEventListener('visibilitychange', record);
      return seen;
    },
  };
}

describe("returnIn 'new-tab'", () => {
  it('opens redirect_uri with the code and state in a new tab after Allow, and leaves this tab where it is, shown again', async () => {
    const { launcher, navigate, openTab } = newTabSimulator();
    const seen = watchVisibility();
    await launcher.launch(links.login('state-123'));

    await launcher.answer('approve');

    const url = onlyUrl(openTab);
    expect(url.origin + url.pathname).toBe(`${page}/return`);
    expect(url.searchParams.get('from')).toBe('cart');
    expect(url.hash).toBe('#top');
    expect(parseLoginCallback(url)).toEqual({ ok: true, code: expect.stringMatching(/\S/) as string, state: 'state-123' });
    expect(navigate).not.toHaveBeenCalled();
    expect(seen.stop()).toEqual(['hidden', 'visible']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens redirect_uri with the trade_no in a new tab after Pay, and the order is paid', async () => {
    const { launcher, navigate, openTab, storage } = newTabSimulator();
    const seen = watchVisibility();
    await launcher.launch(links.pay('NEW-TAB'));

    await launcher.answer('approve');

    const url = onlyUrl(openTab);
    expect(url.origin + url.pathname).toBe(`${page}/paid`);
    expect(url.searchParams.get('order')).toBe('42');
    expect(url.hash).toBe('#receipt');
    expect(parsePayReturn(url)).toEqual({ tradeNo: expect.stringMatching(/\S/) as string });
    expect(navigate).not.toHaveBeenCalled();
    expect(seen.stop()).toEqual(['hidden', 'visible']);
    await expect(createSimulatedBackend({ latencyMs: 0, storage }).verifyPayment({ imprestCode: 'NEW-TAB' })).resolves.toBe('paid');
  });

  it('opens the new tab with autoAnswer too', async () => {
    const { launcher, navigate, openTab } = newTabSimulator({ autoAnswer: 'approve' });
    await launcher.launch(links.login());

    await vi.waitFor(() => expect(openTab).toHaveBeenCalledTimes(1));
    expect(navigate).not.toHaveBeenCalled();
  });

  it('comes back to this tab after Deny, with a non-zero err_code, as before', async () => {
    const { launcher, navigate, openTab } = newTabSimulator();
    await launcher.launch(links.login('state-123'));

    await launcher.answer('deny');

    expect(parseLoginCallback(onlyUrl(navigate))).toMatchObject({ ok: false, state: 'state-123' });
    expect(openTab).not.toHaveBeenCalled();
    expect(document.visibilityState).toBe('visible');
  });

  it('stays on this page after a cancelled payment, shown again, as before', async () => {
    const { launcher, navigate, openTab } = newTabSimulator();
    const seen = watchVisibility();
    await launcher.launch(links.pay());

    await launcher.answer('deny');

    expect(openTab).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
    expect(seen.stop()).toEqual(['hidden', 'visible']);
  });

  it('opens no tab for a payment without redirect_uri', async () => {
    const { launcher, navigate, openTab } = newTabSimulator();
    await launcher.launch(buildPayLink({ appId, imprestCode: 'NO-REDIRECT' }));

    await launcher.answer('approve');

    expect(openTab).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
    expect(document.visibilityState).toBe('visible');
  });

  it('answers a share with a message and opens no tab', async () => {
    const { launcher, navigate, openTab } = newTabSimulator();
    const channel = shareResults();
    await launcher.launch(links.share());

    await launcher.answer('approve');

    await vi.waitFor(() => expect(channel.results).toHaveLength(1));
    channel.stop();
    expect(openTab).not.toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
  });

  it.each([
    ['login', () => links.login(), '允许', 'code'],
    ['pay', () => links.pay(), '确认支付', 'trade_no'],
  ] as const)('comes back to this tab when the browser blocks the new tab (%s)', async (_kind, link, label, parameter) => {
    const blocked = new Error('popup blocked');
    const openTab = vi.fn<(url: string) => void>(() => {
      throw blocked;
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { launcher, navigate } = simulator({ returnIn: 'new-tab', openTab });
    await launcher.launch(link());

    fireEvent.click(button(label));

    expect(openTab).toHaveBeenCalledTimes(1);
    const url = onlyUrl(navigate);
    expect(url.href).toBe(openTab.mock.calls[0]![0]);
    expect(url.searchParams.get(parameter)).toMatch(/\S/);
    expect(document.visibilityState).toBe('visible');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('new tab'), blocked);
  });

  it("opens the tab with window.open(url, '_blank', 'noopener') by default, although it returns null", async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { launcher, navigate } = simulator({ returnIn: 'new-tab' });
    await launcher.launch(links.login());

    await launcher.answer('approve');

    expect(open).toHaveBeenCalledTimes(1);
    const [url, target, features] = open.mock.calls[0]!;
    expect(parseLoginCallback(String(url))).toMatchObject({ ok: true });
    expect([target, features]).toEqual(['_blank', 'noopener']);
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe("returnIn 'same-tab'", () => {
  it.each([undefined, 'same-tab'] as const)('(%s) navigates this tab and never calls openTab', async (returnIn) => {
    const openTab = vi.fn<(url: string) => void>();
    const { launcher, navigate } = simulator({ returnIn, openTab });
    await launcher.launch(links.login());
    await launcher.answer('approve');
    await launcher.launch(links.pay());
    await launcher.answer('approve');

    expect(navigate.mock.calls.map(([url]) => new URL(url).pathname)).toEqual(['/return', '/paid']);
    expect(openTab).not.toHaveBeenCalled();
  });
});

describe('an invalid returnIn', () => {
  it.each([['new-window'], ['New-Tab'], [''], ['toString'], [42], [null], [true]])(
    'throws invalid_option naming returnIn when the simulator is created (%s)',
    (returnIn) => {
      let thrown: unknown;
      try {
        createSimulator({ returnIn: returnIn as SimulatorOptions['returnIn'], storage: mapStorage() });
      } catch (error) {
        thrown = error;
      }
      expect(isVVChatError(thrown) && thrown.code).toBe('invalid_option');
      expect((thrown as Error).message).toBe(
        `returnIn must be 'same-tab' or 'new-tab'; got ${typeof returnIn === 'string' ? JSON.stringify(returnIn) : typeof returnIn}`,
      );
    },
  );
});
