import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { continueUrl, type InAppBrowser } from '@vvchat/core';
import { userAgents } from '../core/environment/userAgents';
import { setUpChromium, type Harness, type Phone } from './harness';

/**
 * The SDK's own buttons (pages/buttons.tsx: `<VVChatLoginButton/>` and `<ShareButton/>` on the
 * default launcher, no code of the page's own) in real Chromium, with each browser's user agent:
 * where `qyx://` cannot work, a tap navigates nowhere, never reaches the fallback page, and shows
 * the way out instead. Every phone is a fresh one (Chromium's external-protocol rule, browser.ts).
 */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A real user agent of `app`'s in-app browser on a phone, from the detector's table of real strings. */
function inAppUserAgent(app: InAppBrowser): string {
  const row = userAgents.find(({ expected }) => expected.kind === 'in-app' && expected.app === app && expected.os !== 'other');
  if (!row) throw new Error(`no ${app} user agent in test/core/environment/userAgents.ts`);
  return row.ua;
}

const windowsChrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** Opens the shop page with `userAgent`, on a computer's screen and mouse when it is a desktop's. */
async function openShop(harness: Harness, userAgent?: string, query: Record<string, string> = {}, screen: 'phone' | 'desktop' = 'phone') {
  const fallbackUrl = harness.server.fallbackUrl({ from: String(Math.random()) });
  const phone = await harness.openPhone('buttons', { fallback: fallbackUrl, ...query }, { ...(userAgent && { userAgent }), screen });
  await phone.report('mounted');
  return { phone, fallbackRequests: () => harness.server.requestsFor('/fallback').filter((request) => request.url.includes(fallbackUrl.split('?')[1]!)).length };
}

/** The open dialog's heading, text and reason, or null when none is open. */
function openDialog(phone: Phone) {
  return phone.run(() => {
    const dialog = document.querySelector<HTMLDialogElement>('dialog[open], [role="dialog"][open]');
    if (!dialog) return null;
    const labelledBy = dialog.getAttribute('aria-labelledby');
    return {
      heading: (labelledBy && document.getElementById(labelledBy)?.textContent) || '',
      text: dialog.textContent ?? '',
      reason: dialog.getAttribute('data-reason'),
      modal: dialog.matches(':modal'),
      focusInside: dialog.contains(document.activeElement),
    };
  });
}

async function waitFor<T>(read: () => Promise<T | null>, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

const buttonState = (phone: Phone, id: string) =>
  phone.run((selector) => {
    const button = document.getElementById(selector)!;
    return { status: button.dataset.status, label: button.textContent };
  }, id);

describe('in-app browsers: a tap navigates nowhere and shows how to open the page in the browser', () => {
  const harness = setUpChromium();
  const apps: InAppBrowser[] = ['wechat', 'wecom', 'qq', 'weibo', 'alipay', 'dingtalk', 'douyin', 'tiktok', 'baidu', 'instagram', 'facebook', 'line'];

  it.each(apps)('in %s', async (app) => {
    const { phone, fallbackRequests } = await openShop(harness, inAppUserAgent(app));
    await phone.tap('#login');
    const dialog = await waitFor(() => openDialog(phone), 'the guidance dialog').catch(async (error: unknown) => {
      throw new Error(`${String(error)}; console: ${phone.console.join('\n')}; errors: ${phone.pageErrors.join('\n')}; html: ${await phone.evaluate<string>('document.body.innerHTML.slice(0, 3000)')}; events: ${JSON.stringify(phone.reports)}`);
    });
    expect(dialog).toMatchObject({ reason: 'in-app-browser', modal: true, focusInside: true });
    expect(dialog.heading).toContain('浏览器');
    expect(await phone.report('onError')).toMatchObject({ code: 'blocked', reason: 'in-app-browser', app });
    // The verdict came before any navigation, with no timer: once (WeChat) is enough to see that
    // nothing falls back later either, past the launcher's 2.5 s deadline.
    if (app === 'wechat') await sleep(3000);
    expect(harness.chromium.launchedLinks()).toEqual([]);
    expect(fallbackRequests()).toBe(0);
    expect(phone.console.filter((line) => line.includes('Not allowed to launch'))).toEqual([]);
    await phone.press('Escape');
    expect(await openDialog(phone)).toBeNull();
    expect(await phone.evaluate<string>('document.activeElement.id')).toBe('login');
  });

  it('share in WeChat offers copying the link, and copies it', async () => {
    const { phone } = await openShop(harness, inAppUserAgent('wechat'));
    await phone.tap('#share');
    await waitFor(async () => ((await buttonState(phone, 'share')).status === 'error' ? true : null), 'the share to fail');
    expect(await buttonState(phone, 'share')).toEqual({ status: 'error', label: '复制链接' });
    expect(await openDialog(phone)).toBeNull();
    await phone.tap('#share');
    await waitFor(async () => ((await buttonState(phone, 'share')).status === 'copied' ? true : null), 'the link to be copied');
    expect(await buttonState(phone, 'share')).toEqual({ status: 'copied', label: '链接已复制' });
  });
});

describe('a desktop: a tap shows a QR code to continue on the phone', () => {
  const harness = setUpChromium();

  it('draws, only once the dialog opens, a QR code that decodes to this page with the action to continue', async () => {
    const { phone, fallbackRequests } = await openShop(harness, windowsChrome, {}, 'desktop');
    const qrChunks = () => harness.server.chunks().filter(({ modules }) => modules.some((module) => /qrSvg|qrcode|lean-qr|uqr/.test(module)));
    expect(qrChunks()).toEqual([]);
    const pageUrl = await phone.evaluate<string>('location.href');
    expect(await phone.evaluate<[number, boolean]>("[innerWidth, matchMedia('(pointer: coarse)').matches]")).toEqual([1280, false]); // a computer's screen and mouse
    await phone.tap('#login');
    const dialog = await waitFor(() => openDialog(phone), 'the guidance dialog');
    expect(dialog).toMatchObject({ reason: 'desktop', modal: true });
    expect(dialog.heading).toContain('手机');
    const pixels = await waitFor(
      () =>
        phone.run(async () => {
          const svg = document.querySelector('dialog svg');
          if (!svg || !svg.querySelector('path')) return null;
          const size = 400;
          const image = new Image();
          image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
          await image.decode();
          const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
          const context = canvas.getContext('2d')!;
          context.fillStyle = '#fff';
          context.fillRect(0, 0, size, size);
          context.drawImage(image, 40, 40, size - 80, size - 80);
          return { size, data: Array.from(context.getImageData(0, 0, size, size).data) };
        }),
      'the QR code',
    );
    const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size);
    expect(decoded?.data).toBe(continueUrl(pageUrl, 'login'));
    expect(qrChunks().length).toBeGreaterThan(0);
    expect(harness.chromium.launchedLinks()).toEqual([]);
    expect(fallbackRequests()).toBe(0);
  });

  it('WeChat for Windows shows the QR code too: its browser cannot open VVChat, and nor can the desktop', async () => {
    const row = userAgents.find(({ ua, expected }) => expected.kind === 'in-app' && expected.app === 'wechat' && /Windows NT/.test(ua));
    const { phone } = await openShop(harness, row!.ua, {}, 'desktop');
    await phone.tap('#login');
    expect(await waitFor(() => openDialog(phone), 'the guidance dialog')).toMatchObject({ reason: 'desktop' });
    expect(await phone.report('onError')).toMatchObject({ code: 'blocked', reason: 'desktop', app: 'wechat' });
  });

  it('opens the page from the QR code on a phone with the login button focused, ready to tap, and the parameter gone', async () => {
    const phoneUrl = continueUrl(harness.server.pageUrl('buttons'), 'login');
    const phone = await harness.openPhone('buttons', undefined, {});
    await phone.report('mounted');
    await phone.evaluate(`location.assign(${JSON.stringify(phoneUrl)})`);
    const focused = () => phone.evaluate<string>('document.activeElement?.id ?? ""').catch(() => ''); // the old page may still be going
    await waitFor(async () => ((await focused()) === 'login' ? true : null), 'the login button to take focus');
    expect(await phone.evaluate<string>('location.search')).not.toContain('vvchat_continue');
    expect(await phone.evaluate<boolean>("document.getElementById('login').hasAttribute('data-continue')")).toBe(true);
  });
});

describe('a phone browser', () => {
  const harness = setUpChromium({ allowQyx: true });

  it('Chrome for Android: a tap still launches the link', async () => {
    const { phone } = await openShop(harness);
    await phone.tap('#login');
    expect((await harness.chromium.waitForLaunches(0))[0]).toMatch(/^qyx:\/\/thirdlogin\?app_id=test&/);
    expect(await openDialog(phone)).toBeNull();
  });

  it('a click from script without user activation navigates nowhere and never reaches the fallback', async () => {
    const { phone, fallbackRequests } = await openShop(harness);
    const launchedBefore = harness.chromium.launchedLinks().length;
    await phone.evaluate("document.getElementById('login').click()", { gesture: false });
    expect(await phone.report('onError')).toMatchObject({ code: 'blocked', reason: 'no-user-activation' });
    await sleep(3000);
    expect(harness.chromium.launchedLinks().length).toBe(launchedBefore);
    expect(fallbackRequests()).toBe(0);
    expect(await buttonState(phone, 'login')).toEqual({ status: 'error', label: '点此继续' });
    expect(await openDialog(phone)).toBeNull();
  });
});
