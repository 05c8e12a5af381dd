import { describe, expect, it } from 'vitest';
import type { TabMessage } from '../../packages/core/src/flows/tabChannel';
import { setUpChromium, type Phone } from './harness';

/**
 * packages/core/src/flows/tabChannel.ts in real Chromium: pages of one origin (pages/tabs.ts), each
 * in a window of its own in one browser, stand for the tab where the user tapped and the tab the
 * VVChat app opened on `redirect_uri`.
 */
const harness = setUpChromium();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const loginSuccess: TabMessage = { type: 'login-success', appId: 'test-app', state: 'STATE-1', data: { openId: 'OPEN_ID', nick: '小明' }, context: { next: '/cart' } };
const paid: TabMessage = { type: 'paid', appId: 'test-app', imprestCode: 'IMPREST-1', tradeNo: 'T-1', context: ['sku-1'] };

/** The messages `phone` received from other tabs, oldest first. */
const messages = (phone: Phone) => phone.reports.filter((report) => report.type === 'message').map((report) => report.message);

/** Waits until `phone` has received `count` messages. */
async function receivedCount(phone: Phone, count: number, timeoutMs = 10_000): Promise<unknown[]> {
  const deadline = performance.now() + timeoutMs;
  while (messages(phone).length < count) {
    if (performance.now() > deadline) throw new Error(`${messages(phone).length} of ${count} messages in ${timeoutMs} ms: ${JSON.stringify(messages(phone))}`);
    await sleep(10);
  }
  return messages(phone);
}

/** Opens a tab of the origin; resolves once its channel is listening. */
async function openTab(broadcast: 'on' | 'off'): Promise<Phone> {
  const phone = await harness.openPhone('tabs', { broadcast });
  const ready = await phone.report('ready');
  expect(ready).toMatchObject({ broadcastChannel: broadcast === 'on' ? 'function' : 'undefined', locks: 'object' });
  return phone;
}

const post = (phone: Phone, message: TabMessage) => phone.run((m) => window.tabs.post(m), message);

describe.each([
  ['BroadcastChannel', 'on'],
  ['the storage event (BroadcastChannel deleted before the module loads)', 'off'],
] as const)('tabChannel over %s', (_transport, broadcast) => {
  it('delivers a message posted in one tab to every other tab of the origin, never back to the tab that posted it', async () => {
    const [a, b, c] = [await openTab(broadcast), await openTab(broadcast), await openTab(broadcast)];
    await post(a, loginSuccess);
    expect(await receivedCount(b, 1)).toEqual([loginSuccess]);
    expect(await receivedCount(c, 1)).toEqual([loginSuccess]);
    await post(b, paid); // after a's own message, had it been coming back
    expect(await receivedCount(a, 1)).toEqual([paid]);
    expect(await receivedCount(c, 2)).toEqual([loginSuccess, paid]);
    await sleep(200);
    expect(messages(a)).toEqual([paid]);
    expect(messages(b)).toEqual([loginSuccess]);
    expect(await a.evaluate('localStorage.getItem("vvchat:tab-message")')).toBeNull(); // nothing left behind
  });

  it('delivers an identical message each time it is posted', async () => {
    const [a, b] = [await openTab(broadcast), await openTab(broadcast)];
    for (let i = 0; i < 3; i++) await post(a, paid);
    expect(await receivedCount(b, 3)).toEqual([paid, paid, paid]);
  });

  it('reaches the tab where the user tapped while it is in the background, behind the tab the app opened', async () => {
    // The tapped tab opens last: the harness's other tab opens in the last active window.
    const opened = await openTab(broadcast);
    const tapped = await openTab(broadcast);
    await tapped.switchToOtherTab();
    await tapped.waitFor('document.visibilityState === "hidden"');
    await post(opened, loginSuccess);
    expect(await receivedCount(tapped, 1)).toEqual([loginSuccess]);
    expect(await tapped.state()).toEqual({ visibilityState: 'hidden', hasFocus: false });
    await tapped.switchBack();
  });

  it('drops a message it cannot send, without an error in the page', async () => {
    const [a, b] = [await openTab(broadcast), await openTab(broadcast)];
    const threw = await a.run(() => {
      try {
        // A function cannot be cloned, a BigInt cannot be serialised: neither transport can send it.
        window.tabs.post({ type: 'paid', appId: 'test-app', imprestCode: 'IMPREST-1', context: { callback: () => 1, amount: 10n } });
        return false;
      } catch {
        return true;
      }
    });
    expect(threw).toBe(false);
    await post(a, paid);
    expect(await receivedCount(b, 1)).toEqual([paid]);
  });
});

describe('withLock in two tabs at once', () => {
  it('runs one task at a time: the second tab waits for the first to release the lock, and the intervals never overlap', async () => {
    const [a, b] = [await openTab('on'), await openTab('on')];
    type Interval = { requestedAt: number; startedAt: number; endedAt: number; held: number; pending: number };
    const lock = (phone: Phone) => phone.evaluate<Interval>('window.tabs.lock("vvchat:test", 300)');
    for (let round = 0; round < 3; round++) {
      const intervals = await Promise.all([lock(a), lock(b)]);
      const [first, second] = intervals.sort((x, y) => x.startedAt - y.startedAt);
      expect(second.requestedAt).toBeLessThan(first.endedAt); // both asked while the first held it
      expect(second.startedAt).toBeGreaterThanOrEqual(first.endedAt);
      expect(first.endedAt - first.startedAt).toBeGreaterThanOrEqual(299);
      // The origin's lock manager, asked halfway through each task: one holder (itself), and for the first,
      // the other tab's request waiting.
      expect(first).toMatchObject({ held: 1, pending: 1 });
      expect(second).toMatchObject({ held: 1, pending: 0 });
    }
  });
});
