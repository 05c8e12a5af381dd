import { describe, expect, it } from 'vitest';
import { answerSheetIn } from '@vvchat/simulator/testing';
import { logsIn, pays } from '../../stories/guides/examples/testing/checkout.playwright';
import { setUpPhones, storyUrl } from './support';

/**
 * The Playwright recipe of the Testing guide (stories/guides/Testing.mdx shows
 * checkout.playwright.ts as it is), run against the static Storybook's checkout story.
 */
const phone = setUpPhones();
const checkoutUrl = () => storyUrl('guides-testing-your-integration-checkout--default');

describe('the Playwright recipe of the Testing guide', () => {
  it('logs in across the page load back from the app', async () => {
    await logsIn(await phone(), checkoutUrl());
  });

  it('pays, and the backend confirms it', async () => {
    await pays(await phone(), checkoutUrl());
  });
});

describe('answerSheetIn', () => {
  it('resolves with the sheet it answered, by kind and accessible name', async () => {
    const page = await phone();
    await page.goto(checkoutUrl());
    await page.getByRole('button', { name: '分享到 VVChat' }).click();

    await expect(answerSheetIn(page, 'deny')).resolves.toEqual({ kind: 'share', name: '分享到 VVChat' });
    await page.getByRole('button', { name: '分享失败，点此重试' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('rejects not_opened, saying what is open, when no such sheet opens in time', async () => {
    const page = await phone();
    await page.goto(checkoutUrl());
    await page.getByRole('button', { name: 'VVChat 登录' }).click();
    await page.getByRole('dialog', { name: '授权登录' }).waitFor();

    await expect(answerSheetIn(page, 'approve', { name: 'QPay 支付', timeoutMs: 500 })).rejects.toMatchObject({
      code: 'not_opened',
      message: 'no simulator sheet named "QPay 支付" opened within 500 ms (open: "授权登录")',
    });
    await expect(answerSheetIn(page, 'maybe' as 'approve')).rejects.toMatchObject({ code: 'invalid_option' });
    await answerSheetIn(page, 'deny', { name: '授权登录' });
  });
});
