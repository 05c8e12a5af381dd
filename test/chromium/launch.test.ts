import { describe, expect, it } from 'vitest';
import { setUpChromium, type Phone } from './harness';

/**
 * `launch()` of @vvchat/core in real Chromium, on a phone whose origin may launch qyx:// without
 * the external-protocol prompt ("Always allow"): the page keeps its focus and stays visible, as on a
 * phone whose browser hands the link straight to the app (or to nothing, when it is not installed).
 * The only thing left to tell the two apart is time, which these tests control with real stalls.
 */
const harness = setUpChromium({ allowQyx: true });
const link = 'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&state=STATE&redirect_uri=https%3A%2F%2Fshop.example%2Fcb';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function openShop(): Promise<{ phone: Phone; fallbackUrl: string }> {
  const fallbackUrl = harness.server.fallbackUrl({ from: String(Math.random()) });
  const phone = await harness.openPhone('launch', { link, fallback: fallbackUrl });
  return { phone, fallbackUrl };
}

const fallbackRequests = (fallbackUrl: string) => harness.server.requestsFor('/fallback').filter((request) => fallbackUrl.endsWith(request.url));

describe('launch() in real Chromium, no prompt: a frozen page', () => {
  it("is not 'not-opened' when the page is stalled 2.9 s across the 2.5 s deadline (a webview suspended without events), and never falls back", async () => {
    const { phone, fallbackUrl } = await openShop();
    const url = phone.page.url();
    await phone.tap('#open');
    await phone.report('started');
    const stalled = await phone.stall(2900);
    const result = await phone.report('result');
    expect(stalled).toBeGreaterThanOrEqual(2900);
    expect(result.outcome).not.toBe('not-opened');
    expect(result).toMatchObject({ outcome: 'opened', visibilityState: 'visible', hasFocus: true });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(2900);
    expect(result.listeners).toEqual({ 'window:pagehide': 0, 'window:blur': 0, 'window:focus': 0, 'document:visibilitychange': 0 });
    await sleep(500);
    expect(fallbackRequests(fallbackUrl)).toEqual([]);
    expect(phone.page.url()).toBe(url);
    expect((await phone.events()).map((event) => event.type)).toEqual(['beforeunload']); // no blur, no hide: only the stall tells
    expect(await harness.chromium.waitForLaunches(0)).toContain(link);
  });

  it("is 'not-opened' after ~2.5 s, and falls back, when nothing stalls it on a visible, focused page", async () => {
    const { phone, fallbackUrl } = await openShop();
    const before = await phone.listenerCounts();
    await phone.tap('#open');
    await phone.report('started');
    const during = await phone.listenerCounts();
    for (const key of ['window:blur', 'window:focus', 'window:pagehide', 'document:visibilitychange']) expect(during[key], key).toBe((before[key] ?? 0) + 1);
    const result = await phone.report('result');
    expect(result).toMatchObject({ outcome: 'not-opened', visibilityState: 'visible', hasFocus: true });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(2500);
    expect(result.elapsedMs).toBeLessThan(2550); // the timer on time: it is not taken for a frozen page
    expect(result.listeners).toEqual({ 'window:pagehide': 0, 'window:blur': 0, 'window:focus': 0, 'document:visibilitychange': 0 });
    await phone.page.waitForURL(fallbackUrl);
    expect(fallbackRequests(fallbackUrl)).toHaveLength(1);
  });

  it("is 'not-opened', and falls back, after a 1 s stall that ended well before the deadline", async () => {
    const { phone, fallbackUrl } = await openShop();
    await phone.tap('#open');
    await phone.report('started');
    await phone.stall(1000);
    const result = await phone.report('result');
    expect(result).toMatchObject({ outcome: 'not-opened' });
    expect(result.elapsedMs).toBeLessThan(2550);
    await phone.page.waitForURL(fallbackUrl);
  });
});
