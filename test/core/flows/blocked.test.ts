import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCustomerServiceFlow,
  createLoginFlow,
  createPayFlow,
  createShareFlow,
  type BlockReason,
  type InAppBrowser,
  type ShareContent,
} from '@vvchat/core';
import { configOf, errorOf, fakeStorage, flush, manualLauncher, redirectUri, stubPage } from './support';

const content: ShareContent = { title: '新品上市', url: 'https://shop.example/items/42', subTitle: '今日包邮' };
const orderKey = 'vvchat:qpay-order';

afterEach(() => {
  vi.unstubAllGlobals();
});

const cases: [BlockReason, InAppBrowser | undefined][] = [
  ['in-app-browser', 'wechat'],
  ['desktop', undefined],
  ['no-user-activation', undefined],
];

describe('a blocked launch leaves every flow actionable', () => {
  it.each(cases)("login ends in 'error' blocked (%s) with the reason and app, and a tap starts afresh", async (reason, app) => {
    const launcher = manualLauncher();
    const config = configOf(launcher);
    const flow = createLoginFlow();
    flow.start({ redirectUri }, config);
    launcher.block(reason, app);
    await flush();
    const error = errorOf(flow.get());
    expect(error).toMatchObject({ code: 'blocked', reason });
    expect(error.app).toBe(app);
    expect(error.message).not.toBe('');
    flow.start({ redirectUri }, config);
    expect(launcher.launch).toHaveBeenCalledTimes(2);
    expect(flow.get().status).toBe('launching');
  });

  it.each(cases)("customer service ends in 'error' blocked (%s)", async (reason, app) => {
    const launcher = manualLauncher();
    const flow = createCustomerServiceFlow();
    flow.open('OPEN_ID', configOf(launcher));
    launcher.block(reason, app);
    await flush();
    expect(errorOf(flow.get())).toMatchObject({ code: 'blocked', reason });
  });

  it("pay waits in 'ready' for one more tap when the launch was outside a tap, keeping the order", async () => {
    stubPage();
    const launcher = manualLauncher();
    const storage = fakeStorage();
    const config = configOf(launcher, storage);
    const flow = createPayFlow();
    flow.pay(() => 'ORDER-1', { redirectUri, config, canNavigate: () => true });
    await flush();
    launcher.block('no-user-activation');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'ready', imprestCode: 'ORDER-1' });
    expect(storage.map.has(orderKey)).toBe(true);
    flow.confirm({ redirectUri, config });
    expect(launcher.launch).toHaveBeenCalledTimes(2);
    expect(flow.get().status).toBe('launching');
  });

  it.each([
    ['in-app-browser', 'qq'],
    ['desktop', undefined],
  ] as const)("pay ends in 'error' blocked (%s) and forgets the order the app never showed", async (reason, app) => {
    stubPage();
    const launcher = manualLauncher();
    const storage = fakeStorage();
    const flow = createPayFlow();
    flow.pay(() => 'ORDER-1', { redirectUri, config: configOf(launcher, storage), canNavigate: () => true });
    await flush();
    launcher.block(reason, app);
    await flush();
    expect(errorOf(flow.get())).toMatchObject({ code: 'blocked', reason });
    expect(storage.map.has(orderKey)).toBe(false);
  });

  it.each(cases)("share ends in 'error' blocked (%s), keeping the content for a way out", async (reason, app) => {
    const launcher = manualLauncher();
    const flow = createShareFlow();
    flow.share(content, configOf(launcher));
    launcher.block(reason, app);
    await flush();
    expect(flow.get()).toMatchObject({ status: 'error', error: { code: 'blocked', reason }, content });
  });

  it('passes the config\'s desktop choice to the launcher', () => {
    const launcher = manualLauncher();
    createLoginFlow().start({ redirectUri }, configOf(launcher, fakeStorage(), { desktop: 'launch' }));
    expect(launcher.launch.mock.calls[0]![1]).toEqual({ desktop: 'launch' });
  });
});

describe('share elsewhere', () => {
  async function notOpened() {
    const launcher = manualLauncher();
    const flow = createShareFlow();
    flow.share(content, configOf(launcher));
    launcher.answer('not-opened');
    await flush();
    expect(flow.get()).toMatchObject({ status: 'error', error: { code: 'not_opened' }, content });
    return flow;
  }

  it("hands the content to navigator.share and ends 'shared-elsewhere'", async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { share, canShare: () => true });
    const flow = await notOpened();
    flow.shareElsewhere();
    expect(share).toHaveBeenCalledWith({ title: content.title, url: content.url, text: content.subTitle });
    await flush();
    expect(flow.get()).toEqual({ status: 'shared-elsewhere', content });
  });

  it("copies the link where there is no Web Share API and ends 'copied'", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const flow = await notOpened();
    flow.shareElsewhere();
    await flush();
    expect(writeText).toHaveBeenCalledWith(content.url);
    expect(flow.get()).toEqual({ status: 'copied', content });
  });

  it('copies when navigator.share refuses (outside a tap), and changes nothing when the user closes the sheet', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const refused = Object.assign(new Error('no activation'), { name: 'NotAllowedError' });
    vi.stubGlobal('navigator', { share: () => Promise.reject(refused), clipboard: { writeText } });
    const flow = await notOpened();
    flow.shareElsewhere();
    await flush();
    expect(flow.get().status).toBe('copied');

    const closed = Object.assign(new Error('closed'), { name: 'AbortError' });
    vi.stubGlobal('navigator', { share: () => Promise.reject(closed), clipboard: { writeText } });
    const again = await notOpened();
    again.shareElsewhere();
    await flush();
    expect(again.get()).toMatchObject({ status: 'error', error: { code: 'not_opened' }, content });
  });

  it("ends in 'error' copy_failed, keeping the content, when nothing can copy", async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    const flow = await notOpened();
    flow.shareElsewhere();
    await flush();
    expect(flow.get()).toMatchObject({ status: 'error', error: { code: 'copy_failed' }, content });
  });

  it('shares given content from idle, and reports invalid_option with nothing to share', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { share });
    const flow = createShareFlow();
    flow.shareElsewhere();
    expect(errorOf(flow.get()).code).toBe('invalid_option');
    flow.shareElsewhere(content);
    await flush();
    expect(flow.get().status).toBe('shared-elsewhere');
  });

  it('opens one share sheet for a double tap', async () => {
    const share = vi.fn(() => new Promise<void>(() => undefined));
    vi.stubGlobal('navigator', { share });
    const flow = await notOpened();
    flow.shareElsewhere();
    flow.shareElsewhere();
    expect(share).toHaveBeenCalledTimes(1);
  });
});
