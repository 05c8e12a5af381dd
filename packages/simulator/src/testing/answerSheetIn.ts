import type { AnsweredSheet, AnswerOptions, SimulatorAnswer, SimulatorSheetKind } from '../answers';
import { answerAttribute, checkAnswer, noSheet, ownerAttribute } from '../sheets/answerOpenSheet';

/**
 * The part of Playwright's `Locator` that {@link answerSheetIn} uses (Playwright's own fits it).
 *
 * @example
 * const sheets: PlaywrightLocator = page.locator('[data-vvchat-simulator]'); // a Playwright Locator fits
 */
export interface PlaywrightLocator {
  getByRole(role: 'dialog' | 'alertdialog', options?: { name?: string | RegExp; exact?: boolean }): PlaywrightLocator;
  or(locator: PlaywrightLocator): PlaywrightLocator;
  last(): PlaywrightLocator;
  locator(selector: string): PlaywrightLocator;
  waitFor(options?: { state?: 'visible'; timeout?: number }): Promise<void>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  textContent(options?: { timeout?: number }): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  click(options?: { timeout?: number }): Promise<void>;
}

/**
 * The part of Playwright's `Page` (or `Frame`, or `FrameLocator`) that {@link answerSheetIn} uses.
 *
 * @example
 * // Answer a sheet inside an iframe (a Storybook canvas, say).
 * await answerSheetIn(page.frameLocator('#storybook-preview-iframe'), 'approve');
 */
export interface PlaywrightPage {
  locator(selector: string): PlaywrightLocator;
}

/**
 * {@link answerSheet} for Playwright: answers a simulator sheet in a Playwright `page`, found by
 * its role and accessible name, with a real click. Waits for the sheet (up to `timeoutMs`, 3000 ms
 * by default), so call it right after the tap. Resolves with the sheet it answered; rejects
 * `VVChatError` `not_opened` when none opened in time (the Playwright error as `cause`),
 * `invalid_option` for an unknown answer or option. Playwright is not a dependency: any object
 * shaped like its `Page` will do, `@playwright/test`'s `page` fixture included.
 *
 * @example
 * import { answerSheetIn } from '@vvchat/simulator/testing';
 *
 * await page.getByRole('button', { name: /QPay 支付/ }).click();
 * await answerSheetIn(page, 'approve', { name: 'QPay 支付' }); // 确认支付 (Pay)
 * await page.getByRole('button', { name: '支付成功' }).waitFor();
 */
export async function answerSheetIn(page: PlaywrightPage, answer: SimulatorAnswer, options?: AnswerOptions): Promise<AnsweredSheet> {
  const checked = checkAnswer(answer, options);
  const { name, timeoutMs: timeout } = checked;
  const overlays = page.locator(`[${ownerAttribute}]`);
  const byName = name === undefined ? {} : { name, exact: typeof name === 'string' };
  // The newest sheet that fits: the app's sheets are dialogs, the browser's prompt an alertdialog.
  const sheet = overlays.getByRole('dialog', byName).or(overlays.getByRole('alertdialog', byName)).last();
  try {
    await sheet.waitFor({ state: 'visible', timeout });
  } catch (error) {
    const open = await page.locator(`[${ownerAttribute}] h2`).allTextContents().catch(() => []);
    throw noSheet(checked, open.map((each) => each.replace(/\s+/g, ' ').trim()), error);
  }
  const kind = (await sheet.getAttribute('data-sheet', { timeout })) as SimulatorSheetKind;
  const heading = ((await sheet.locator('h2').textContent({ timeout })) ?? '').replace(/\s+/g, ' ').trim();
  await sheet.locator(`[${answerAttribute}~="${checked.answer}"]`).click({ timeout });
  return { kind, name: heading };
}
