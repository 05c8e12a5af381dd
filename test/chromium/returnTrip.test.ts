import { describe, expect, it } from 'vitest';
import { setUpChromium, type Phone, type Report } from './harness';

/**
 * The return trip across tabs in real Chromium (pages/returnTrip.tsx): the VVChat app often
 * opens `redirect_uri` in a new tab. The tab where the user tapped learns the result from the tab
 * the app opened (BroadcastChannel), and two tabs that open the same callback at once exchange
 * its code once (a Web Lock).
 */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const reportsOf = (phone: Phone, type: string) => phone.reports.filter((report) => report.type === type);

async function until(phone: Phone, type: string, match: (report: Report) => boolean, what: string, timeoutMs = 10_000): Promise<Report> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const found = reportsOf(phone, type).find(match);
    if (found) return found;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}; ${type} reports: ${JSON.stringify(reportsOf(phone, type))}`);
    await sleep(20);
  }
}

/**
 * "At once" for real: both tabs have mounted, and one holds the lock in its backend call (held by
 * `?hold`), so the other is waiting for the lock, whatever the machine's load; then the call ends.
 * (A tab that opens the callback only after the first one finished is another case, by design:
 * it finds the state used up; Guides/Login, "When the app comes back in a new tab".)
 */
async function bothAtTheLock(tabs: Phone[], call: string): Promise<void> {
  for (const tab of tabs) await tab.report('mounted');
  const deadline = performance.now() + 10_000;
  while (!tabs.some((tab) => reportsOf(tab, call).length > 0)) {
    if (performance.now() > deadline) throw new Error(`no tab called ${call}`);
    await sleep(20);
  }
  await sleep(300); // the other tab reaches the lock (it resumes on mount, before any wait)
  for (const tab of tabs) await tab.evaluate('window.__release?.()');
}

describe('the return trip across tabs', () => {
  const harness = setUpChromium();

  async function loginStartedIn(): Promise<{ tapped: Phone; state: string }> {
    const tapped = await harness.openPhone('returnTrip');
    await tapped.report('mounted');
    await tapped.tap('#login');
    await until(tapped, 'login', (r) => r.status === 'idle' && reportsOf(tapped, 'login').length > 1, 'the launch to settle');
    const state = await tapped.evaluate<string>("JSON.parse(localStorage.getItem('vvchat:login-states'))[0][0]");
    return { tapped, state };
  }

  it('login: the tab the app opened exchanges once; the tab that tapped shows success with its data and context', async () => {
    const { tapped, state } = await loginStartedIn();
    const returned = await harness.openPhone('returnTrip', { code: 'CODE-1', state });
    const success = { status: 'success', data: { name: 'Tester', code: 'CODE-1' }, context: { next: '/cart' } };
    expect(await until(returned, 'login', (r) => r.status === 'success', 'success in the returned tab')).toMatchObject(success);
    expect(await until(tapped, 'login', (r) => r.status === 'success', 'success in the tapped tab')).toMatchObject(success);
    expect(reportsOf(returned, 'exchangeCode')).toHaveLength(1);
    expect(reportsOf(tapped, 'exchangeCode')).toHaveLength(0);
  });

  it('pay: the tab the app opened verifies; the tab that tapped shows paid, with no verification of its own', async () => {
    const tapped = await harness.openPhone('returnTrip');
    await tapped.report('mounted');
    await tapped.tap('#pay');
    await until(tapped, 'pay', (r) => r.status === 'ready', 'the order to wait (the app "opened", the page stayed in front)');
    const returned = await harness.openPhone('returnTrip', { trade_no: 'T-1' });
    const paid = { status: 'paid', tradeNo: 'T-1', context: 'pay-ctx' };
    expect(await until(returned, 'pay', (r) => r.status === 'paid', 'paid in the returned tab')).toMatchObject(paid);
    expect(await until(tapped, 'pay', (r) => r.status === 'paid', 'paid in the tapped tab')).toMatchObject(paid);
    expect(reportsOf(tapped, 'verifyPayment')).toHaveLength(0);
  });

  it('two tabs that open the same callback at once: one exchange, and both show success', async () => {
    const { tapped, state } = await loginStartedIn();
    const [first, second] = await Promise.all([
      harness.openPhone('returnTrip', { code: 'CODE-2', state, hold: '' }),
      harness.openPhone('returnTrip', { code: 'CODE-2', state, hold: '' }),
    ]);
    await bothAtTheLock([first, second], 'exchangeCode');
    for (const tab of [first, second, tapped]) await until(tab, 'login', (r) => r.status === 'success', 'success in every tab');
    const exchanges = [first, second, tapped].flatMap((tab) => reportsOf(tab, 'exchangeCode'));
    expect(exchanges).toHaveLength(1);
    for (const tab of [first, second]) expect(reportsOf(tab, 'login').map((r) => r.status)).not.toContain('error');
  });

  it('two tabs that open the same pay return at once: one verification, and both show paid', async () => {
    const tapped = await harness.openPhone('returnTrip');
    await tapped.report('mounted');
    await tapped.tap('#pay');
    await until(tapped, 'pay', (r) => r.status === 'ready', 'the order to wait');
    const [first, second] = await Promise.all([
      harness.openPhone('returnTrip', { trade_no: 'T-2', hold: '' }),
      harness.openPhone('returnTrip', { trade_no: 'T-2', hold: '' }),
    ]);
    await bothAtTheLock([first, second], 'verifyPayment');
    for (const tab of [first, second, tapped]) await until(tab, 'pay', (r) => r.status === 'paid', 'paid in every tab');
    expect([first, second, tapped].flatMap((tab) => reportsOf(tab, 'verifyPayment'))).toHaveLength(1);
  });
});

