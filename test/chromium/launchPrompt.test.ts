import { describe, expect, it } from 'vitest';
import { setUpChromium, type Phone } from './harness';

/**
 * `launch()` of @vvchat/core in real Chromium with a default profile: every launch opens the
 * browser's external-protocol prompt, which blurs the page (it stays visible) until it is dismissed,
 * as the "Open in VVChat?" prompt of a browser or iOS's "cannot open the page" alert would.
 */
const harness = setUpChromium();
const link = 'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&state=STATE&redirect_uri=https%3A%2F%2Fshop.example%2Fcb';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const noListeners = { 'window:pagehide': 0, 'window:blur': 0, 'window:focus': 0, 'document:visibilitychange': 0 };

async function openShop(): Promise<{ phone: Phone; fallbackUrl: string }> {
  const fallbackUrl = harness.server.fallbackUrl({ from: String(Math.random()) });
  const phone = await harness.openPhone('launch', { link, fallback: fallbackUrl });
  return { phone, fallbackUrl };
}

/** Taps the button and waits for the prompt to blur the page; resolves with when launch() was called (page clock). */
async function launchAndWaitForPrompt(phone: Phone): Promise<number> {
  await phone.tap('#open');
  const { startedAt } = (await phone.report('started')) as unknown as { startedAt: number };
  await phone.waitFor('!document.hasFocus()');
  expect(await phone.state()).toEqual({ visibilityState: 'visible', hasFocus: false });
  return startedAt;
}

/** Waits until the page's clock reads `at`. */
async function until(phone: Phone, at: number): Promise<void> {
  await sleep(Math.max(0, at - (await phone.now())));
}

const fallbackRequests = (fallbackUrl: string) => harness.server.requestsFor('/fallback').filter((request) => fallbackUrl.endsWith(request.url));

describe('launch() in real Chromium: the prompt blurs the page, which never goes hidden', () => {
  it("settles 'unknown' after the grace period when focus never comes back, without falling back, with every listener removed", async () => {
    const { phone, fallbackUrl } = await openShop();
    const before = await phone.listenerCounts();
    await launchAndWaitForPrompt(phone);
    const during = await phone.listenerCounts();
    for (const key of Object.keys(noListeners)) expect(during[key], key).toBe((before[key] ?? 0) + 1);
    const result = await phone.report('result');
    expect(result).toMatchObject({ outcome: 'unknown', listeners: noListeners, visibilityState: 'visible', hasFocus: false });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(5000);
    expect(result.elapsedMs).toBeLessThan(5100);
    expect(await phone.listenerCounts()).toEqual(before);
    await sleep(300);
    expect(fallbackRequests(fallbackUrl)).toEqual([]);
    expect((await phone.events()).map((event) => event.type)).toEqual(['beforeunload', 'blur']);
  });

  it("settles 'not-opened' and falls back when focus comes back within the grace period (the prompt dismissed at 3.2 s)", async () => {
    const { phone, fallbackUrl } = await openShop();
    const startedAt = await launchAndWaitForPrompt(phone);
    await until(phone, startedAt + 3200);
    expect(phone.reports.map((report) => report.type)).not.toContain('result'); // waiting in the grace period
    await phone.press('Escape');
    const result = await phone.report('result');
    expect(result).toMatchObject({ outcome: 'not-opened', listeners: noListeners, visibilityState: 'visible', hasFocus: true });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(3200);
    expect(result.elapsedMs).toBeLessThan(4500);
    await phone.page.waitForURL(fallbackUrl);
    expect(fallbackRequests(fallbackUrl)).toHaveLength(1);
  });

  it("settles 'not-opened' at the deadline and falls back when focus came back before it (the prompt dismissed at 1 s)", async () => {
    const { phone, fallbackUrl } = await openShop();
    const startedAt = await launchAndWaitForPrompt(phone);
    await until(phone, startedAt + 1000);
    await phone.press('Escape');
    await phone.waitFor('document.hasFocus()');
    const result = await phone.report('result');
    expect(result).toMatchObject({ outcome: 'not-opened', listeners: noListeners, visibilityState: 'visible', hasFocus: true });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(2500);
    expect(result.elapsedMs).toBeLessThan(2550);
    await phone.page.waitForURL(fallbackUrl);
  });
});
