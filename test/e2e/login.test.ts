import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { storyIds } from './stories';
import {
  accessibleDescription,
  expectQuiet,
  flowResult,
  ledger,
  nextNavigation,
  openStory,
  probe,
  setUpPhones,
  storyUrl,
  waitForStatus,
} from './support';

const phone = setUpPhones();
const loginUrl = () => storyUrl(storyIds.login);

/**
 * Taps 'VVChat 登录', answers the simulated app's consent sheet with `answer`, and waits until
 * the app's navigation back to `redirect_uri` committed a new document. Returns that URL.
 */
async function answerConsent(page: Page, answer: '允许' | '拒绝'): Promise<URL> {
  await openStory(page, loginUrl());
  const before = await probe(page);
  await page.getByRole('button', { name: 'VVChat 登录', exact: true }).tap();
  const sheet = page.getByRole('dialog', { name: '授权登录' });
  await sheet.waitFor();
  expect((await probe(page)).sheets, 'sheets the app showed').toEqual(['login']);
  const callback = nextNavigation(page, (url) => url.searchParams.has('err_code'));
  const returned = page.waitForURL((url) => url.searchParams.has('err_code'), { waitUntil: 'commit', timeout: 15_000 });
  await sheet.getByRole('button', { name: answer, exact: true }).tap();
  const url = new URL((await callback).url());
  await returned;
  await flowResult(page).waitFor();
  expect((await probe(page)).document, 'the app came back with a real page load').not.toBe(before.document);
  return url;
}

describe('login in a real browser, across the navigation back from the app', () => {
  it('exchanges the code once after Allow and leaves a clean address bar', async () => {
    const page = await phone();
    const callback = await answerConsent(page, '允许');

    const code = callback.searchParams.get('code');
    expect(code).toMatch(/^SIMCODE/);
    expect(callback.searchParams.get('err_code')).toBe('0');
    expect(callback.searchParams.get('state')).toMatch(/^[\w-]{22,}$/);

    await waitForStatus(page, 'success');
    expect(await page.locator('p', { has: flowResult(page) }).textContent()).toContain(`模拟用户 (sim-${code!.slice(-8)})`);
    // No code, state or err_code left; id and viewMode kept as they were.
    expect(await page.evaluate(() => location.href)).toBe(loginUrl());
    const seen = await probe(page);
    expect(seen.statuses.filter((status) => status !== 'idle')).toEqual(['exchanging', 'success']);
    expect(seen.ledgerReads, 'exchangeCode calls').toBe(1);
    expect((await ledger(page)).codes[code!]).toMatchObject({ used: true });
  });

  it('does not exchange again on a refresh, and refuses a replay of the callback URL', async () => {
    const page = await phone();
    const callback = await answerConsent(page, '允许');
    await waitForStatus(page, 'success');

    await page.reload();
    await flowResult(page).waitFor();
    await expectQuiet(page, 'idle');
    expect((await probe(page)).statuses, 'statuses after the refresh').toEqual(['idle']);
    expect((await probe(page)).ledgerReads, 'exchangeCode calls after the refresh').toBe(0);

    // The same callback URL again (history, a shared link, an attacker): its state is spent.
    await openStory(page, callback.href);
    await waitForStatus(page, 'error');
    expect(await accessibleDescription(page, 'button.vvchat-button')).toBe('登录已失效，请重新登录。');
    expect(await page.evaluate(() => location.href), 'the replayed parameters are cleaned too').toBe(loginUrl());
    await expectQuiet(page, 'error');
    const replay = await probe(page);
    expect(replay.statuses).not.toContain('exchanging');
    expect(replay.ledgerReads, 'exchangeCode calls after the replay').toBe(0);
  });

  it('refuses a callback opened in another browser (login CSRF) without exchanging its code', async () => {
    const victim = await phone();
    const attacker = await phone();
    const callback = await answerConsent(attacker, '允许');
    await waitForStatus(attacker, 'success');

    await openStory(victim, callback.href);
    await waitForStatus(victim, 'error');
    expect(await accessibleDescription(victim, 'button.vvchat-button')).toBe('登录已失效，请重新登录。');
    await expectQuiet(victim, 'error');
    expect((await probe(victim)).ledgerReads, 'exchangeCode calls').toBe(0);
  });

  it('ends in error after Deny, with no code and a clean address bar', async () => {
    const page = await phone();
    const callback = await answerConsent(page, '拒绝');
    expect(callback.searchParams.get('err_code')).toBe('1');
    expect(callback.searchParams.has('code')).toBe(false);

    await waitForStatus(page, 'error');
    expect(await accessibleDescription(page, 'button.vvchat-button')).toBe('你已取消授权。');
    expect(await page.evaluate(() => location.href)).toBe(loginUrl());
    await expectQuiet(page, 'error');
    expect((await probe(page)).ledgerReads, 'exchangeCode calls').toBe(0);
  });
});
