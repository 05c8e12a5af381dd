import { describe, expect, it } from 'vitest';
import { accessibleDescription, expectQuiet, ledger, openStory, payUrl, probe, setUpPhones, startPayment, waitForStatus } from './support';

const phone = setUpPhones();

/** A return from the app is only a hint: the pay flow asks the backend, and `trade_no` alone proves nothing. */
describe('QPay, forged returns', () => {
  it('ignores a forged return: trade_no on a page with no payment under way', async () => {
    const page = await phone();
    await openStory(page, payUrl('&trade_no=FORGED'));
    await expectQuiet(page, 'idle');
    const seen = await probe(page);
    expect(seen.statuses).toEqual(['idle']);
    expect(seen.ledgerReads, 'backend calls').toBe(0);
    expect(await ledger(page)).toEqual({ codes: {}, orders: {}, trades: {} });
  });

  it('never reports paid for a forged return while an order is pending: the backend has the last word', async () => {
    const page = await phone();
    await openStory(page, payUrl());
    await startPayment(page); // The order is created and the pay sheet open, but never answered.

    await openStory(page, payUrl('&trade_no=FORGED'));
    await waitForStatus(page, 'error', 20_000); // The story polls verifyPayment for 10 s.
    expect(await accessibleDescription(page, 'button.vvchat-button')).toBe('暂未确认到支付结果，请稍后在订单中查看。');
    const { statuses } = await probe(page);
    expect(statuses).toContain('verifying');
    expect(statuses).not.toContain('paid');
    expect(await page.evaluate(() => location.href)).toBe(payUrl());
    expect((await ledger(page)).trades, 'payments made').toEqual({});
  });
});
