import { describe, expect, it } from 'vitest';
import { setUpChromium, type Phone } from './harness';

/**
 * The Introduction's first snippet (stories/guides/examples/QuickStart.tsx, shown in the docs from
 * that very file) pasted into an app on a desktop: a tap, 允许 on the simulated app's consent sheet,
 * a real navigation back to the page with `code` and `state`, and the button says 已登录.
 */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch {
      // Mid-navigation: the page is being replaced.
    }
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await sleep(50);
  }
}

const button = (phone: Phone) =>
  phone.evaluate<{ status: string; label: string } | null>(
    "(() => { const b = document.querySelector('.vvchat-button'); return b && { status: b.dataset.status, label: b.textContent }; })()",
  );

describe('the quick start', () => {
  const harness = setUpChromium();

  it('reaches a logged-in state on a desktop with nothing else set up', async () => {
    const phone = await harness.openPhone('quickStart');
    await until(() => button(phone), (state) => state?.status === 'idle', 'the button');
    await phone.tap('.vvchat-button');
    await until(() => phone.evaluate<boolean>("!!document.querySelector('[role=dialog]')"), Boolean, 'the consent sheet');
    // The sheet's 允许 (Allow) button, found by its text and tapped for real.
    await phone.evaluate("[...document.querySelectorAll('[role=dialog] button')].find((b) => b.textContent.trim() === '允许').id = 'allow'");
    // The answer navigates at once (the app going back to redirect_uri), so the tap's own check
    // that the page saw the click may find the next page instead: that is the point.
    await phone.tap('#allow').catch((error: unknown) => {
      if (!/brought no click/.test(String(error))) throw error;
    });
    const done = await until(() => button(phone), (state) => state?.status === 'success', 'success after the navigation back');
    expect(done?.label).toBe('已登录');
    expect(await phone.evaluate<string>('location.search')).toBe('');
    expect(phone.pageErrors).toEqual([]);
  });
});
