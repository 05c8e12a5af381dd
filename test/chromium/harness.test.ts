import { describe, expect, it } from 'vitest';
import { setUpChromium, type PageEvent } from './harness';

const harness = setUpChromium();

const types = (events: PageEvent[]) => events.map((event) => event.type);

describe('the Chromium harness: a phone', () => {
  it('opens in a window of its own, in front: a 390×844 touch viewport at 3×, visible and focused', async () => {
    const phone = await harness.openPhone('probe');
    expect(
      await phone.evaluate('({ width: innerWidth, height: innerHeight, dpr: devicePixelRatio, touch: navigator.maxTouchPoints, coarse: matchMedia("(pointer: coarse)").matches })'),
    ).toEqual({ width: 390, height: 844, dpr: 3, touch: 5, coarse: true });
    expect(await phone.state()).toEqual({ visibilityState: 'visible', hasFocus: true });
  });

  it('keeps its focus when another phone opens: every window is focused on its own', async () => {
    const first = await harness.openPhone('probe');
    const second = await harness.openPhone('probe');
    expect(await first.state()).toEqual({ visibilityState: 'visible', hasFocus: true });
    expect(await second.state()).toEqual({ visibilityState: 'visible', hasFocus: true });
    expect(types(await first.events())).not.toContain('blur');
  });

  it('evaluates WITHOUT user activation, unless asked for a gesture', async () => {
    const phone = await harness.openPhone('probe');
    expect(await phone.evaluate('navigator.userActivation.isActive')).toBe(false);
    expect(await phone.evaluate('navigator.userActivation.hasBeenActive')).toBe(false);
    expect(await phone.evaluate('navigator.userActivation.isActive', { gesture: true })).toBe(true);
    expect(await phone.run((n: number) => n * 2, 21)).toBe(42);
  });

  it('taps for real: a touch that clicks, with user activation', async () => {
    const phone = await harness.openPhone('probe');
    await phone.tap('#button');
    expect(await phone.report('clicked')).toMatchObject({ isActive: true });
  });

  it('clicks for real (Playwright mouse), with user activation', async () => {
    const phone = await harness.openPhone('probe');
    await phone.click('#button');
    expect(await phone.report('clicked')).toMatchObject({ isActive: true });
  });

  it('stalls the main thread (Debugger.pause): nothing runs meanwhile, and a timer due meanwhile fires late', async () => {
    const phone = await harness.openPhone('probe');
    await phone.evaluate('window.probe.takeLongestGap()');
    const due = await phone.evaluate<number>('(() => { setTimeout(() => (window.fired = performance.now()), 200); return performance.now() + 200; })()');
    const paused = await phone.stall(1000);
    expect(paused).toBeGreaterThanOrEqual(1000);
    const fired = await phone.waitFor<number>('window.fired');
    expect(fired - due).toBeGreaterThan(700);
    expect(await phone.evaluate<number>('window.probe.takeLongestGap()')).toBeGreaterThan(950);
    expect(await phone.state()).toEqual({ visibilityState: 'visible', hasFocus: true });
    expect(types(await phone.events())).toEqual([]); // a stall fires no event
  });

  it('bringing another tab to the front blurs and hides the page (blur, visibilitychange); bringing it back shows and focuses it', async () => {
    const phone = await harness.openPhone('probe');
    await phone.switchToOtherTab();
    const hidden = await phone.waitFor<PageEvent[]>('window.__harnessEvents.some((e) => e.type === "visibilitychange") && window.__harnessEvents.slice()');
    expect(await phone.state()).toEqual({ visibilityState: 'hidden', hasFocus: false });
    expect(hidden.map(({ type, visibilityState, hasFocus }) => [type, visibilityState, hasFocus]).sort()).toEqual([
      ['blur', expect.any(String), false], // blur comes first, in practice
      ['visibilitychange', 'hidden', false],
    ]);
    await phone.switchBack();
    await phone.waitFor('document.hasFocus()');
    expect(await phone.state()).toEqual({ visibilityState: 'visible', hasFocus: true });
    const events = types(await phone.events());
    expect(events.slice(0, 2).sort()).toEqual(['blur', 'visibilitychange']); // each pair in either order
    expect(events.slice(2).sort()).toEqual(['focus', 'visibilitychange']);
  });

  it('minimizing the window blurs and hides the page; restoring it shows and focuses it', async () => {
    const phone = await harness.openPhone('probe');
    await phone.minimize();
    await phone.waitFor('document.visibilityState === "hidden"');
    expect(await phone.state()).toEqual({ visibilityState: 'hidden', hasFocus: false });
    await phone.restore();
    await phone.waitFor('document.hasFocus()');
    expect(await phone.state()).toEqual({ visibilityState: 'visible', hasFocus: true });
    const events = types(await phone.events());
    expect(events.slice(0, 2).sort()).toEqual(['blur', 'visibilitychange']); // each pair in either order
    expect(events.slice(2).sort()).toEqual(['focus', 'visibilitychange']);
  });

  it('cannot blur a visible page with window.blur() (only the external-protocol prompt does: see externalProtocol.test.ts)', async () => {
    const phone = await harness.openPhone('probe');
    await phone.evaluate('window.blur()', { gesture: true });
    await phone.cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await phone.state()).toEqual({ visibilityState: 'visible', hasFocus: true });
    expect(types(await phone.events())).toEqual([]);
  });

  it("counts the page's real listeners (DOMDebugger.getEventListeners)", async () => {
    const phone = await harness.openPhone('probe');
    const before = await phone.listenerCounts();
    expect(before['window:blur']).toBe(1); // the harness's recorder
    await phone.evaluate('window.onBlur = () => {}; addEventListener("blur", window.onBlur); document.addEventListener("visibilitychange", window.onBlur)');
    const during = await phone.listenerCounts();
    expect(during['window:blur']).toBe(2);
    expect(during['document:visibilitychange']).toBe((before['document:visibilitychange'] ?? 0) + 1);
    await phone.evaluate('removeEventListener("blur", window.onBlur); document.removeEventListener("visibilitychange", window.onBlur)');
    expect(await phone.listenerCounts()).toEqual(before);
  });
});

describe('the Chromium harness: pages', () => {
  it('bundles a React page that imports @vvchat/react and @vvchat/core from source', async () => {
    const phone = await harness.openPhone('react');
    const mounted = await phone.report('mounted');
    expect(mounted.react).toContain('VVChatProvider');
    expect(mounted.core).toContain('launch');
    expect(await phone.page.textContent('#title')).toBe('React function');
  });

  it('serves the fallback page and logs every request', async () => {
    const phone = await harness.openPhone('probe');
    await phone.page.goto(harness.server.fallbackUrl({ from: 'test' }));
    expect(await phone.page.textContent('h1')).toBe('Fallback');
    expect(harness.server.requestsFor('/fallback').map((request) => request.url)).toContain('/fallback?from=test');
  });

  it('fails with esbuild’s message when a page does not exist', async () => {
    await expect(harness.openPhone('no-such-page')).rejects.toThrow(/No page/);
  });
});
