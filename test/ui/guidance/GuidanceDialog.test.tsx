import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { continueUrl, type InAppBrowser, type VVChatLocale } from '@vvchat/react';
import { GuidanceDialog, type GuidanceDialogProps } from '../../../packages/ui/src/guidance';
import { goTo } from '../support';

const page = 'https://shop.example/cart?item=42#top';

let writeText: Mock<(text: string) => Promise<void>>;

function stubClipboard(answer: () => Promise<void>): void {
  writeText = vi.fn((_text: string) => answer());
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  // The old way copyText falls back to: refused as well, unless a test says otherwise.
  Object.defineProperty(document, 'execCommand', { configurable: true, value: vi.fn(() => false) });
}

beforeEach(() => {
  goTo('/cart?item=42');
  stubClipboard(() => Promise.resolve());
});

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
});

type Props = Partial<GuidanceDialogProps>;

/** A page with the button that opened the dialog (focused first, as after a tap) and the dialog. */
function Page({ onClose = () => {}, ...props }: Props) {
  const [open, setOpen] = useState(props.open ?? true);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        VVChat 登录
      </button>
      <GuidanceDialog
        reason="in-app-browser"
        action="login"
        url={page}
        {...props}
        open={open}
        onClose={() => {
          onClose();
          setOpen(false);
        }}
      />
    </>
  );
}

function renderPage(props: Props = {}) {
  const onClose = vi.fn();
  const result = render(<Page {...props} onClose={onClose} />);
  return { ...result, onClose };
}

const dialog = () => screen.getByRole<HTMLDialogElement>('dialog');

describe('texts', () => {
  const cases: [reason: GuidanceDialogProps['reason'], locale: VVChatLocale, heading: string, hint: RegExp, buttons: string[]][] = [
    ['in-app-browser', 'zh-CN', '请在浏览器中打开', /^点击右上角的 ··· ，选择“在浏览器打开”$/, ['复制链接', '关闭']],
    ['in-app-browser', 'en', 'Open this page in your browser', /^Tap ··· at the top right, then Open in Browser$/, ['Copy link', 'Close']],
    ['desktop', 'zh-CN', '在手机上继续', /^用手机相机或 VVChat 扫描二维码，在手机上打开此页并继续。$/, ['复制链接', '关闭']],
    ['desktop', 'en', 'Continue on your phone', /^Scan the QR code with your phone's camera or VVChat/, ['Copy link', 'Close']],
  ];

  it.each(cases)('names the %s dialog in %s by its heading and describes it by its hint', async (reason, locale, heading, hint, buttons) => {
    renderPage({ reason, locale, app: 'wechat' });
    const element = dialog();
    expect(element).toHaveProperty('tagName', 'DIALOG');
    expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    expect(element.getAttribute('aria-labelledby')).toBe(screen.getByRole('heading').id);
    expect(document.getElementById(element.getAttribute('aria-describedby')!)?.textContent).toMatch(hint);
    expect(element.getAttribute('lang')).toBe(locale);
    expect(within(element).getAllByRole('button').map((button) => button.textContent)).toEqual(buttons);
    // Settle the QR code's import before the next case.
    if (reason === 'desktop') await screen.findByRole('img');
  });

  it('speaks Chinese by default', () => {
    renderPage({});
    expect(screen.getByRole('heading', { name: '请在浏览器中打开' })).toBeTruthy();
  });

  it.each([
    ['wechat', '点击右上角的 ··· ，选择“在浏览器打开”', 'Tap ··· at the top right, then Open in Browser'],
    ['wecom', '点击右上角的 ··· ，选择“在浏览器打开”', 'Tap ··· at the top right, then Open in Browser'],
    ['qq', '点击右上角的 ··· ，选择“在浏览器打开”', 'Tap ··· at the top right, then Open in Browser'],
    ['weibo', '微博中无法打开 VVChat。请在微博的菜单中选择', "VVChat can't open inside Weibo. Choose Open in Browser from Weibo's menu"],
    ['alipay', '支付宝中无法打开 VVChat', 'inside Alipay'],
    ['dingtalk', '钉钉中无法打开 VVChat', 'inside DingTalk'],
    ['douyin', '抖音中无法打开 VVChat', 'inside Douyin'],
    ['tiktok', 'TikTok中无法打开 VVChat', 'inside TikTok'],
    ['baidu', '百度中无法打开 VVChat', 'inside Baidu'],
    ['instagram', 'Instagram中无法打开 VVChat', 'inside Instagram'],
    ['facebook', 'Facebook中无法打开 VVChat', 'inside Facebook'],
    ['line', 'LINE中无法打开 VVChat', 'inside LINE'],
    ['webview', '此应用中无法打开 VVChat', "inside this app. Choose Open in Browser from this app's menu"],
  ] satisfies [InAppBrowser, string, string][])('gives the %s menu hint in both locales', (app, zh, en) => {
    const { rerender } = render(<GuidanceDialog open reason="in-app-browser" app={app} action="login" url={page} onClose={() => {}} />);
    expect(dialog().getAttribute('data-app')).toBe(app);
    expect(screen.getByText((_, element) => element?.tagName === 'P' && element.textContent.startsWith(zh))).toBeTruthy();
    rerender(<GuidanceDialog open reason="in-app-browser" app={app} action="login" url={page} locale="en" onClose={() => {}} />);
    expect(screen.getByText((_, element) => element?.tagName === 'P' && element.textContent.includes(en))).toBeTruthy();
  });

  it("gives the generic hint when the app isn't known", () => {
    renderPage({ app: undefined });
    expect(dialog().getAttribute('data-app')).toBe('webview');
    expect(dialog().textContent).toContain('此应用中无法打开 VVChat');
  });

  it('renders nothing while closed', () => {
    const { container } = render(<GuidanceDialog open={false} reason="desktop" action="pay" onClose={() => {}} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('as a modal dialog without showModal (jsdom, old webviews)', () => {
  it('opens by hand: the open attribute, role="dialog", aria-modal and data-fallback', () => {
    renderPage();
    const element = dialog();
    expect(element.hasAttribute('open')).toBe(true);
    expect(element.getAttribute('role')).toBe('dialog');
    expect(element.getAttribute('aria-modal')).toBe('true');
    expect(element.hasAttribute('data-fallback')).toBe(true);
  });

  it('focuses the copy button on open and gives focus back to the opener on close', () => {
    const { onClose } = renderPage({ open: false });
    const opener = screen.getByRole('button', { name: 'VVChat 登录' });
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '复制链接' }));
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Escape, once', () => {
    const { onClose } = renderPage();
    fireEvent.keyDown(screen.getByRole('button', { name: '复制链接' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Tab and Shift+Tab inside the dialog', () => {
    renderPage();
    const copy = screen.getByRole('button', { name: '复制链接' });
    const close = screen.getByRole('button', { name: '关闭' });
    close.focus();
    fireEvent.keyDown(close, { key: 'Tab' });
    expect(document.activeElement).toBe(copy);
    fireEvent.keyDown(copy, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);
  });
});

describe('as a modal dialog with showModal', () => {
  const showModal = vi.fn(function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  });
  const close = vi.fn(function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  });

  beforeEach(() => {
    showModal.mockClear();
    close.mockClear();
    Object.assign(HTMLDialogElement.prototype, { showModal, close });
    Object.defineProperty(HTMLDialogElement.prototype, 'open', {
      configurable: true,
      get(this: HTMLDialogElement) {
        return this.hasAttribute('open');
      },
    });
  });

  afterEach(() => {
    for (const name of ['showModal', 'close', 'open']) Reflect.deleteProperty(HTMLDialogElement.prototype, name);
  });

  it('opens with showModal() and leaves the modal semantics to the browser', () => {
    renderPage();
    expect(showModal).toHaveBeenCalledOnce();
    expect(dialog().hasAttribute('data-fallback')).toBe(false);
    expect(dialog().hasAttribute('role')).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '复制链接' }));
  });

  it('closes on Escape (the cancel event), keeping the dialog open until the app closes it', () => {
    const { onClose } = renderPage();
    const cancel = new Event('cancel', { cancelable: true });
    act(() => void dialog().dispatchEvent(cancel));
    expect(cancel.defaultPrevented).toBe(true);
    expect(onClose).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('tells the app when the browser closed it anyway', () => {
    const onClose = vi.fn();
    render(<GuidanceDialog open reason="in-app-browser" action="login" url={page} onClose={onClose} />);
    act(() => dialog().close());
    expect(onClose).toHaveBeenCalledOnce();
  });

  // Regression: StrictMode unmounts and remounts every effect once. The cleanup's close() queues a
  // `close` event, the remount opens the dialog again, and the event, dispatched a task later,
  // used to dismiss the dialog the user had not seen yet (real Chromium, test/chromium/environments).
  it('ignores a stale close event that arrives while it is open again', () => {
    const onClose = vi.fn();
    render(<GuidanceDialog open reason="in-app-browser" action="login" url={page} onClose={onClose} />);
    expect(dialog().open).toBe(true);
    act(() => void dialog().dispatchEvent(new Event('close')));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes on a tap on the backdrop, not on one inside', () => {
    const { onClose } = renderPage();
    fireEvent.click(screen.getByRole('heading'));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(dialog());
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('gives focus back to the opener', () => {
    renderPage({ open: false });
    const opener = screen.getByRole('button', { name: 'VVChat 登录' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(close).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(opener);
  });
});

describe('copying the link', () => {
  it('copies the page in an in-app browser, then says so on the button and in a polite live region', async () => {
    renderPage({ reason: 'in-app-browser', app: 'wechat' });
    const status = within(dialog()).getByRole('status');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledWith(page);
    const copied = await screen.findByRole('button', { name: '已复制' });
    expect(copied.getAttribute('data-state')).toBe('copied');
    expect(document.activeElement).toBe(copied);
    expect(status.textContent).toBe('链接已复制');
  });

  it('copies the link the QR code holds on a desktop, in English', async () => {
    renderPage({ reason: 'desktop', action: 'pay', locale: 'en' });
    await screen.findByRole('img');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(continueUrl(page, 'pay'));
    await screen.findByRole('button', { name: 'Copied' });
    expect(within(dialog()).getByRole('status').textContent).toBe('Link copied');
  });

  it('reads location.href when no url is given, when the dialog opens', async () => {
    goTo('/items/7?from=feed');
    render(<GuidanceDialog open reason="in-app-browser" action="share" onClose={() => {}} />);
    goTo('/elsewhere');
    fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/items/7?from=feed');
    await screen.findByRole('button', { name: '已复制' });
  });

  it('shows the link selected in a readonly field when the browser refuses to copy', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    renderPage({ reason: 'in-app-browser', app: 'weibo' });
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '复制链接' }));
    const field = await screen.findByRole('textbox', { name: '无法自动复制，请手动复制链接：' });
    expect(field).toHaveProperty('value', page);
    expect(field).toHaveProperty('readOnly', true);
    // Focused by an effect after the commit that renders it: findByRole can see it first (a busy machine).
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect([(field as HTMLInputElement).selectionStart, (field as HTMLInputElement).selectionEnd]).toEqual([0, page.length]);
    // Nothing was copied: the button and the live region say nothing of the sort.
    expect(screen.getByRole('button', { name: '复制链接' })).toBeTruthy();
    expect(within(dialog()).getByRole('status').textContent).toBe('');
  });
});

describe('accessibility', () => {
  const options: axe.RunOptions = { rules: { region: { enabled: false }, 'color-contrast': { enabled: false } } };

  it.each([
    ['in-app-browser', 'zh-CN'],
    ['in-app-browser', 'en'],
    ['desktop', 'zh-CN'],
    ['desktop', 'en'],
  ] as const)('has no axe violations (%s, %s), the copy-by-hand field included', async (reason, locale) => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    renderPage({ reason, locale, app: 'alipay' });
    if (reason === 'desktop') await screen.findByRole('img');
    fireEvent.click(within(dialog()).getAllByRole('button')[0]!);
    await screen.findByRole('textbox');
    const results = await axe.run(dialog(), options);
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.html).join(' | ')}`)).toEqual([]);
  });

  it('waits for the QR code with a sized placeholder that says so, then shows it as a named image', async () => {
    renderPage({ reason: 'desktop', action: 'login' });
    const placeholder = within(dialog()).getAllByRole('status')[0]!;
    expect(placeholder.textContent).toBe('正在生成二维码…');
    expect(placeholder.className).toBe('vvchat-dialog__qr');
    const qr = await screen.findByRole('img', { name: '二维码：在手机上打开此页' });
    expect(qr.getAttribute('class')).toBe('vvchat-dialog__qr');
    expect(qr.getAttribute('data-state')).toBe('ready');
  });

  it('draws the QR code dark on light in both themes, each colour an app can set with --vvchat-color-qr-*', async () => {
    renderPage({ reason: 'desktop', action: 'login' });
    const qr = await screen.findByRole('img', { name: '二维码：在手机上打开此页' });
    const [background, modules] = [qr.querySelector('rect'), qr.querySelector('path')];
    expect(background?.style.fill).toBe('var(--vvchat-color-qr-light, #fff)');
    expect(modules?.style.fill).toBe('var(--vvchat-color-qr-dark, #000)');
    // No fill attribute a theme could leave in place of the tokens.
    expect([background?.getAttribute('fill'), modules?.getAttribute('fill')]).toEqual([null, null]);
  });
});
