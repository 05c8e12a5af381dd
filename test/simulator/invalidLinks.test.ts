import { fireEvent, screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isVVChatError, parseDeepLink } from '@vvchat/core';
import { button, dialog, press, removeSheets, shareResults, simulator } from './support';

afterEach(removeSheets);

/** The message `parseDeepLink` gives for `link`. */
function problemWith(link: unknown): string {
  try {
    parseDeepLink(link as string);
  } catch (error) {
    expect(isVVChatError(error) && error.code).toBe('invalid_link');
    return (error as Error).message;
  }
  throw new Error(`${String(link)} is a valid link`);
}

const junk: [string, unknown][] = [
  ['a javascript: redirect_uri', 'qyx://thirdlogin?app_id=a&scope=s&redirect_uri=javascript:alert(1)'],
  ['a web address', 'https://shop.example/'],
  ['an unknown action', 'qyx://unknown?x=1'],
  ['a login link without scope', 'qyx://thirdlogin?app_id=a&redirect_uri=https%3A%2F%2Fshop.example'],
  ['a pay link without imprest_code', 'qyx://qpay?app_id=a'],
  ['malformed percent-encoding', 'qyx://qpay?imprest_code=%E0%A4%A&app_id=a'],
  ['a repeated parameter', 'qyx://openSessionView?open_id=a&open_id=b'],
  ['a share link with an ftp: share_url', 'qyx://share?app_id=a&share_title=t&share_url=ftp%3A%2F%2Fshop.example'],
  ['an empty string', ''],
  ['no string at all', null],
];

describe('an invalid link', () => {
  it.each(junk)('shows an error sheet with the VVChatError message for %s, and never navigates', async (_, link) => {
    const { launcher, navigate, storage } = simulator();
    const channel = shareResults();
    const focus = vi.fn();
    window.addEventListener('focus', focus);

    // The simulated app did open; it shows the developer what is wrong instead of answering.
    await expect(launcher.launch(link as string)).resolves.toMatchObject({ outcome: 'opened' });

    const sheet = dialog('无效的 VVChat 链接');
    expect(sheet.getAttribute('aria-modal')).toBe('true');
    expect(within(sheet).getByText(problemWith(link))).toBeTruthy();
    expect(sheet.textContent).toContain(String(link));
    expect(document.activeElement).toBe(button('关闭', sheet));

    fireEvent.click(button('关闭', sheet));
    await new Promise((resolve) => setTimeout(resolve, 10));
    window.removeEventListener('focus', focus);
    channel.stop();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
    expect(focus).not.toHaveBeenCalled();
    expect(channel.results).toEqual([]);
    expect(storage.map.size).toBe(0);
  });

  it('says the link is invalid in English with locale en', async () => {
    const { launcher } = simulator({ locale: 'en' });
    await launcher.launch('qyx://thirdlogin?app_id=a&scope=s&redirect_uri=javascript:alert(1)');

    const sheet = dialog('Invalid VVChat link');
    expect(sheet.textContent).toContain('redirectUri');
    expect(button('Close', sheet)).toBeTruthy();
  });

  it('closes with Escape or a backdrop click, without navigating', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch('qyx://unknown?x=1');
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();

    await launcher.launch('qyx://unknown?x=1');
    fireEvent.click(dialog().parentElement!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('is not answered by autoAnswer', async () => {
    const { launcher, navigate } = simulator({ autoAnswer: 'approve' });
    await launcher.launch('qyx://thirdlogin?app_id=a&scope=s&redirect_uri=javascript:alert(1)');
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(dialog('无效的 VVChat 链接')).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shows the link as text, never as markup', async () => {
    const { launcher } = simulator();
    await launcher.launch('qyx://x?<img src=x onerror=alert(1)><b>bold</b>');

    const sheet = dialog('无效的 VVChat 链接');
    expect(sheet.querySelector('img, b')).toBeNull();
    expect(sheet.textContent).toContain('<img src=x onerror=alert(1)><b>bold</b>');
  });
});
