import type { Page } from 'playwright';
import { answerSheetIn } from '@vvchat/simulator/testing';

// `checkoutUrl` is your checkout page, built with the simulator as its launcher (see the
// Checkout story). Every step is a real tap, a real page load and Playwright's own waiting.

/** Logs in: 允许 (Allow) sends the browser back to redirect_uri with a code, a real page load. */
export async function logsIn(page: Page, checkoutUrl: string): Promise<void> {
  await page.goto(checkoutUrl);
  await page.getByRole('button', { name: 'VVChat 登录' }).click();

  await answerSheetIn(page, 'approve', { name: '授权登录' });

  await page.getByText(/你好，模拟用户/).waitFor();
  await page.getByRole('button', { name: '已登录' }).waitFor();
}

/** Pays: the sheet shows the amount, 确认支付 (Pay) comes back with trade_no, your backend confirms. */
export async function pays(page: Page, checkoutUrl: string): Promise<void> {
  await page.goto(checkoutUrl);
  await page.getByRole('button', { name: /QPay 支付/ }).click();
  await page.getByRole('dialog', { name: 'QPay 支付' }).getByText('¥12.00', { exact: true }).waitFor();

  await answerSheetIn(page, 'approve', { name: 'QPay 支付' });

  await page.getByRole('button', { name: '支付成功' }).waitFor();
}
