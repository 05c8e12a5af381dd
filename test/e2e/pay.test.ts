import type { Locator, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  expectQuiet,
  flowResult,
  ledger,
  nextNavigation,
  openStory,
  payUrl,
  probe,
  recordNavigations,
  setUpPhones,
  startPayment,
  statusOf,
  waitForStatus,
} from './support';

const phone = setUpPhones();
const payButton = (page: Page): Locator => page.locator('button.vvchat-button');

/** Pays on the pay story and waits for `paid` on the page the app came back to; returns the trade number. */
async function payAndReturn(page: Page): Promise<{ tradeNo: string; before: string; after: string }> {
  await openStory(page, payUrl());
  const before = (await probe(page)).document;
  const sheet = await startPayment(page);
  const callback = nextNavigation(page, (url) => url.searchParams.has('trade_no'));
  const returned = page.waitForURL((url) => url.searchParams.has('trade_no'), { waitUntil: 'commit', timeout: 15_000 });
  await sheet.getByRole('button', { name: '确认支付', exact: true }).tap();
  const tradeNo = new URL((await callback).url()).searchParams.get('trade_no')!;
  await returned;
  await flowResult(page).waitFor();
  const after = (await probe(page)).document;
  expect(after, 'the app came back with a real page load').not.toBe(before);

  await waitForStatus(page, 'paid');
  expect(tradeNo).toMatch(/^SIMTRADE/);
  expect(await page.locator('p', { has: flowResult(page) }).textContent()).toContain(`trade_no ${tradeNo}`);
  expect(await page.evaluate(() => location.href), 'no trade_no left in the address bar').toBe(payUrl());
  const seen = await probe(page);
  expect(seen.statuses, 'paid only after asking verifyPayment').toContain('verifying');
  expect(seen.statuses.indexOf('verifying')).toBeLessThan(seen.statuses.indexOf('paid'));
  expect(seen.ledgerReads, 'verifyPayment calls').toBeGreaterThan(0);
  expect(await onePayment(page)).toBe(tradeNo);
  return { tradeNo, before, after };
}

/** The simulator's ledger holds exactly one order, paid once: returns its trade number. */
async function onePayment(page: Page): Promise<string | undefined> {
  const { orders, trades } = await ledger(page);
  expect(Object.keys(orders), 'orders created').toHaveLength(1);
  expect(Object.values(trades), 'payments made').toEqual([{ status: 'paid', tradeNo: expect.any(String) as unknown }]);
  return Object.values(trades)[0]?.tradeNo;
}

describe('QPay in a real browser, across the navigation back from the app', () => {
  it('is paid once verified, and Back, Forward and reload never pay again', async () => {
    const page = await phone();
    const { tradeNo } = await payAndReturn(page);

    const navigations = recordNavigations(page);
    await page.goBack();
    expect(await page.evaluate(() => location.href)).toBe(payUrl());
    await flowResult(page).waitFor();
    await expectQuiet(page, 'idle');
    expect((await probe(page)).statuses, 'statuses after Back').toEqual(['idle']);
    expect((await probe(page)).ledgerReads, 'backend calls after Back').toBe(0);

    await page.goForward();
    expect(await page.evaluate(() => location.href), 'Forward finds the cleaned address, without trade_no').toBe(payUrl());
    await flowResult(page).waitFor();
    await expectQuiet(page, 'idle');
    expect((await probe(page)).statuses, 'statuses after Forward').toEqual(['idle']);

    await page.reload();
    await flowResult(page).waitFor();
    await expectQuiet(page, 'idle');
    expect((await probe(page)).statuses, 'statuses after reload').toEqual(['idle']);

    expect(navigations.filter((url) => new URL(url).searchParams.has('trade_no')), 'returns from the app').toEqual([]);
    expect(await onePayment(page)).toBe(tradeNo);
  });

  it('is not paid again, nor left busy, when Back restores the pre-payment page from the back/forward cache', async () => {
    const page = await phone({ bfcache: true });
    const { tradeNo, before, after } = await payAndReturn(page);

    await page.goBack({ waitUntil: 'commit' });
    await flowResult(page).waitFor();
    expect((await probe(page)).document, 'Back restored the page the payment started on').toBe(before);
    // The restored page was left in `launching`; shown again, it must not stay busy forever.
    await page
      .waitForFunction(() => /^(idle|paid)$/.test(document.querySelector('[data-testid=flow-result]')?.textContent ?? ''), null, { timeout: 5000 })
      .catch(() => undefined); // Judged just below, softly, so that the no-second-payment checks still run.
    expect
      .soft(await statusOf(page), 'status of the restored pre-payment page (idle, or paid after asking verifyPayment)')
      .toMatch(/^(idle|paid)$/);
    expect.soft(await payButton(page).getAttribute('aria-busy'), 'the restored button is busy').toBeNull();
    // Paid (the page asked verifyPayment about its order) keeps the button aria-disabled by design:
    // nobody pays the same order twice. Idle lets the user pay again.
    expect
      .soft(await payButton(page).isEnabled(), 'the restored button can be tapped unless paid')
      .toBe((await statusOf(page)) !== 'paid');
    await expectQuiet(page, await statusOf(page));
    expect(await onePayment(page)).toBe(tradeNo);

    await page.goForward({ waitUntil: 'commit' });
    await flowResult(page).waitFor();
    if ((await probe(page)).document === after) {
      // The verified return page itself, restored as it was left.
      expect(await statusOf(page)).toBe('paid');
    } else {
      await expectQuiet(page, 'idle');
    }
    expect(await page.evaluate(() => location.href)).toBe(payUrl());

    await page.reload();
    await flowResult(page).waitFor();
    await expectQuiet(page, 'idle');
    expect(await onePayment(page)).toBe(tradeNo);
  });

  it('ends failed when the payment is cancelled in the app, without a navigation', async () => {
    const page = await phone();
    await openStory(page, payUrl());
    const before = (await probe(page)).document;
    const sheet = await startPayment(page);
    const navigations = recordNavigations(page);
    await sheet.getByRole('button', { name: '取消', exact: true }).tap();

    await waitForStatus(page, 'failed');
    expect(navigations, 'navigations').toEqual([]);
    expect((await probe(page)).document, 'the same document').toBe(before);
    expect(await page.evaluate(() => location.href)).toBe(payUrl());
    const { statuses } = await probe(page);
    expect(statuses.indexOf('verifying'), 'failed because verifyPayment said so').toBeGreaterThan(-1);
    expect(statuses.indexOf('verifying')).toBeLessThan(statuses.indexOf('failed'));
    expect(statuses).not.toContain('paid');
    expect(Object.values((await ledger(page)).trades)).toEqual([{ status: 'cancelled' }]);
    await expectQuiet(page, 'failed');
  });
});
