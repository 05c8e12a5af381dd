import { fireEvent, screen } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildLoginLink,
  buildPayLink,
  buildShareLink,
  completeLogin,
  parseLoginCallback,
  parsePayReturn,
  parseShareResult,
  shareResultMessageType,
  startLogin,
} from '@vvchat/core';
import { createSimulatedBackend } from '@vvchat/simulator';
import { appId, button, links, page, removeSheets, shareResults, simulator } from './support';

afterEach(() => {
  removeSheets();
  vi.restoreAllMocks();
});

/** The one URL the simulator navigated to. */
function destination(navigate: { mock: { calls: [string][] } }): URL {
  expect(navigate.mock.calls).toHaveLength(1);
  return new URL(navigate.mock.calls[0]![0]);
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

describe('the page while the simulated app is in front', () => {
  it.each(['login', 'pay', 'share', 'customerService'] as const)('reads as hidden while the %s sheet is open, as when the real app covers it', async (kind) => {
    const { launcher } = simulator();
    const seen = watchVisibility();
    await launcher.launch(links[kind]());
    expect(document.visibilityState).toBe('hidden');
    expect(document.hidden).toBe(true);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await vi.waitFor(() => expect(document.visibilityState).toBe('visible'));
    expect(seen.stop()).toEqual(['hidden', 'visible']);
  });
});

describe('answering a login', () => {
  it('Allow goes back to redirect_uri with a code, the link’s state and err_code=0, and closes the sheet', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login('state-123', `${page}/return`));

    await launcher.answer('approve');

    const url = destination(navigate);
    expect(url.origin + url.pathname).toBe(`${page}/return`);
    expect(url.searchParams.get('code')).toMatch(/\S/);
    expect(url.searchParams.get('state')).toBe('state-123');
    expect(url.searchParams.get('err_code')).toBe('0');
    expect(parseLoginCallback(url)).toEqual({ ok: true, code: url.searchParams.get('code'), state: 'state-123' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps the query parameters and the hash redirect_uri already has', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login('s', `${page}/return?from=cart&q=a%20b&tag=%E4%B8%AD#top`));

    await launcher.answer('approve');

    const url = destination(navigate);
    expect(url.pathname).toBe('/return');
    expect(url.searchParams.get('from')).toBe('cart');
    expect(url.searchParams.get('q')).toBe('a b');
    expect(url.searchParams.get('tag')).toBe('中');
    expect(url.hash).toBe('#top');
    expect(url.searchParams.get('code')).toMatch(/\S/);
    expect(url.searchParams.get('state')).toBe('s');
  });

  it('returns a state holding URL-special characters unchanged', async () => {
    const { launcher, navigate } = simulator();
    const state = 'a+b/c=d&e?f#g 中';
    await launcher.launch(links.login(state));

    await launcher.answer('approve');

    expect(destination(navigate).searchParams.get('state')).toBe(state);
  });

  it('leaves state out when the link has none', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(buildLoginLink({ appId, redirectUri: `${page}/return` }));

    await launcher.answer('approve');

    const url = destination(navigate);
    expect(url.searchParams.has('state')).toBe(false);
    expect(url.searchParams.get('err_code')).toBe('0');
  });

  it('issues a new code on every Allow', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login());
    await launcher.answer('approve');
    await launcher.launch(links.login());
    await launcher.answer('approve');

    const codes = navigate.mock.calls.map(([url]) => new URL(url).searchParams.get('code'));
    expect(codes).toHaveLength(2);
    expect(codes[0]).not.toBe(codes[1]);
  });

  it('Deny goes back with a non-zero err_code and the state, and no code', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login('state-123'));

    await launcher.answer('deny');

    const url = destination(navigate);
    expect(url.origin + url.pathname).toBe(`${page}/return`);
    expect(url.hash).toBe('#top');
    expect(url.searchParams.get('from')).toBe('cart');
    expect(url.searchParams.has('code')).toBe(false);
    expect(url.searchParams.get('state')).toBe('state-123');
    expect(Number(url.searchParams.get('err_code'))).not.toBe(0);
    expect(parseLoginCallback(url)).toMatchObject({ ok: false, state: 'state-123' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('completes a login started with startLogin, whose code the simulated backend exchanges', async () => {
    const { launcher, navigate, storage } = simulator();
    const { link, state } = startLogin({ appId, redirectUri: `${page}/return`, storage });
    await launcher.launch(link);

    await launcher.answer('approve');

    const returned = navigate.mock.calls[0]![0];
    const completed = completeLogin(returned, { storage });
    expect(completed).toEqual({ code: expect.any(String) as string, state });
    const profile = await createSimulatedBackend({ latencyMs: 0, storage }).exchangeCode(completed!.code);
    expect(profile).toEqual({ openId: expect.stringMatching(/\S/) as string, nickname: expect.any(String) as string, avatarUrl: expect.any(String) as string });
  });
});

describe('answering a payment', () => {
  it('Pay goes back to redirect_uri with a trade_no, keeping its query and hash', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.pay());

    await launcher.answer('approve');

    const url = destination(navigate);
    expect(url.origin + url.pathname).toBe(`${page}/paid`);
    expect(url.searchParams.get('order')).toBe('42');
    expect(url.hash).toBe('#receipt');
    expect(parsePayReturn(url)).toEqual({ tradeNo: expect.stringMatching(/\S/) as string });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Cancel stays on the page: no navigation, and the page, hidden while the app was in front, is shown again', async () => {
    const { launcher, navigate } = simulator();
    const seen = watchVisibility();
    await launcher.launch(links.pay());
    expect(document.visibilityState).toBe('hidden');

    await launcher.answer('deny');

    expect(navigate).not.toHaveBeenCalled();
    expect(seen.stop()).toEqual(['hidden', 'visible']);
    expect(document.visibilityState).toBe('visible');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Pay without a redirect_uri stays on the page, and the page is shown again', async () => {
    const { launcher, navigate, storage } = simulator();
    const seen = watchVisibility();
    await launcher.launch(buildPayLink({ appId, imprestCode: 'NO-REDIRECT' }));

    await launcher.answer('approve');

    expect(navigate).not.toHaveBeenCalled();
    expect(seen.stop()).toEqual(['hidden', 'visible']);
    await expect(createSimulatedBackend({ latencyMs: 0, storage }).verifyPayment({ imprestCode: 'NO-REDIRECT' })).resolves.toBe('paid');
  });
});

describe('answering a share', () => {
  it('Share delivers { type: "vvchat:share-result", result: { code: 200 } } to this window, from its own origin, a task later', async () => {
    const { launcher, navigate } = simulator();
    const events: MessageEvent[] = [];
    const record = (event: MessageEvent) => events.push(event);
    window.addEventListener('message', record);
    const channel = shareResults();
    await launcher.launch(links.share());

    await launcher.answer('approve');

    expect(events).toEqual([]);
    await vi.waitFor(() => expect(channel.results).toEqual([{ type: 'vvchat:share-result', result: { code: 200 } }]));
    window.removeEventListener('message', record);
    expect(events.map((event) => [event.origin, event.source === window])).toEqual([[location.origin, true]]);
    channel.stop();
    expect(parseShareResult((channel.results[0] as { result: unknown }).result)).toEqual({ ok: true, code: 200 });
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Cancel posts code 400 with an err_msg', async () => {
    const { launcher } = simulator();
    const channel = shareResults();
    await launcher.launch(links.share());

    await launcher.answer('deny');

    await vi.waitFor(() => expect(channel.results).toHaveLength(1));
    channel.stop();
    expect(channel.results[0]).toEqual({ type: shareResultMessageType, result: { code: 400, err_msg: '用户取消了分享' } });
    expect(parseShareResult((channel.results[0] as { result: unknown }).result)).toEqual({ ok: false, code: 400, message: '用户取消了分享' });
  });

  it('Cancel says why in English with locale en', async () => {
    const { launcher } = simulator({ locale: 'en' });
    const channel = shareResults();
    await launcher.launch(buildShareLink({ appId, title: 'Post', url: `${page}/p` }));

    fireEvent.click(button('Cancel'));

    await vi.waitFor(() => expect(channel.results).toHaveLength(1));
    channel.stop();
    expect(channel.results[0]).toEqual({ type: shareResultMessageType, result: { code: 400, err_msg: 'The user cancelled the share' } });
  });
});
