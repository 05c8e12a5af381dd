import { describe, expect, it, vi } from 'vitest';
import { setUpChromium, type Phone } from './harness';

/**
 * What headless Chromium does with `location.href = 'qyx://…'` (an unknown custom scheme), the
 * facts browser.ts documents. Each test starts with a harmless key press: real input, which
 * re-permits external launches (Chromium's rule is per browser, not per page).
 */

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function navigate(phone: Phone, link: string, gesture = false): Promise<number> {
  return phone.evaluate<number>(`(() => { const t = performance.now(); location.href = ${JSON.stringify(link)}; return t; })()`, { gesture });
}

describe('qyx:// with a default profile: the external-protocol prompt', () => {
  const harness = setUpChromium();

  it('does not navigate; the prompt blurs the page 100–1000 ms later and it stays visible, blurred until input dismisses the prompt', async () => {
    const phone = await harness.openPhone('probe');
    const url = phone.page.url();
    await phone.press('Shift');
    const at = await navigate(phone, 'qyx://thirdlogin?app_id=prompt'); // no user activation needed for this one
    const [blur] = await phone.waitFor<{ t: number }[]>('window.__harnessEvents.filter((e) => e.type === "blur").length && window.__harnessEvents.filter((e) => e.type === "blur")');
    expect(blur!.t - at).toBeGreaterThan(100);
    expect(blur!.t - at).toBeLessThan(1000);
    await sleep(1000);
    expect(await phone.state()).toEqual({ visibilityState: 'visible', hasFocus: false });
    expect(phone.page.url()).toBe(url);
    await phone.cdp.send('Page.bringToFront');
    await sleep(200);
    expect(await phone.state(), 'Page.bringToFront does not refocus it').toEqual({ visibilityState: 'visible', hasFocus: false });
    expect((await phone.events()).map((event) => event.type)).toEqual(['beforeunload', 'blur']);

    await phone.press('Escape');
    await phone.waitFor('document.hasFocus()');
    expect((await phone.events()).map((event) => event.type)).toEqual(['beforeunload', 'blur', 'focus']);
    expect(phone.console.filter((line) => line.startsWith('error'))).toEqual([]);
  });

  it('blocks further launches until real input reaches a page: "Not allowed to launch … because a user gesture is required"', async () => {
    const phone = await harness.openPhone('probe');
    await phone.press('Shift');
    await navigate(phone, 'qyx://first');
    await phone.waitFor('!document.hasFocus()');
    await navigate(phone, 'qyx://second', true); // a renderer-side gesture is not enough
    // Chromium logs it some tasks after the navigation: later on a busy machine.
    await vi.waitFor(() => expect(phone.console).toContain("error: Not allowed to launch 'qyx://second' because a user gesture is required."), { timeout: 5000 });

    await phone.press('Escape'); // dismisses the prompt: input to the prompt, not to a page
    await phone.waitFor('document.hasFocus()');
    await navigate(phone, 'qyx://third');
    // Chromium logs it some tasks after the navigation: later on a busy machine.
    await vi.waitFor(() => expect(phone.console).toContain("error: Not allowed to launch 'qyx://third' because a user gesture is required."), { timeout: 5000 });

    const next = await harness.openPhone('probe');
    await next.press('Shift'); // input to a page (this one: see browser.ts) permits the next launch
    await navigate(next, 'qyx://fourth');
    await next.waitFor('!document.hasFocus()');
    expect(next.console).toEqual([]);
  });

  it('consumes the transient user activation of the tap that launched', async () => {
    const phone = await harness.openPhone('launch');
    await phone.tap('#open');
    expect(await phone.report('started')).toMatchObject({ activeBefore: true, activeAfter: false });
    expect(await phone.evaluate('navigator.userActivation.isActive')).toBe(false);
  });
});

describe('qyx:// allowed for the origin ("Always allow")', () => {
  const harness = setUpChromium({ allowQyx: true });

  it('launches at once with no prompt and no blur, handing the link to xdg-open', async () => {
    const phone = await harness.openPhone('probe');
    await phone.press('Shift');
    const link = 'qyx://thirdlogin?app_id=allowed';
    await navigate(phone, link);
    const message = `info: Launched external handler for '${link}'.`;
    const deadline = performance.now() + 5000;
    while (!(harness.chromium.launchedLinks().includes(link) && phone.console.includes(message)) && performance.now() < deadline) await sleep(20);
    expect(harness.chromium.launchedLinks()).toContain(link);
    expect(phone.console).toContain(message);
    await sleep(500);
    expect(await phone.state()).toEqual({ visibilityState: 'visible', hasFocus: true });
    expect((await phone.events()).map((event) => event.type)).toEqual(['beforeunload']);
  });
});
