import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createRef, StrictMode, type MouseEvent, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { parseDeepLink, type CreatedOrder, type PaymentVerdict } from '@vvchat/core';
import { VVChatError, type VVChatLocale, type VVChatStorage } from '@vvchat/react';
import {
  CustomerServiceButton,
  defaultLabels,
  QPayButton,
  ShareButton,
  VVChatLoginButton,
  type QPayButtonProps,
} from '@vvchat/ui';
import {
  deferred,
  fakeLauncher,
  goTo,
  mapStorage,
  renderInProvider,
  restoreUserActivation,
  stubUserActivation,
  type CommonButtonProps,
  type FakeLauncher,
  comeBack,
  restoreVisibility,
} from './support';

const page = 'http://localhost:3000/';
const shareContent = { title: '新品上市', url: 'https://shop.example/items/42' };

/** What screen readers hear when the app did not open. */
const notOpened: Record<VVChatLocale, string> = {
  'zh-CN': '未能打开 VVChat，请确认已安装 VVChat。',
  en: "VVChat didn't open. Is the VVChat app installed?",
};

let launcher: FakeLauncher;
let createOrder: Mock<(input: string) => Promise<CreatedOrder>>;
let consoleError: Mock<(...args: unknown[]) => void>;

beforeEach(() => {
  goTo('/');
  launcher = fakeLauncher();
  createOrder = vi.fn((_input: string) => Promise.resolve<CreatedOrder>('IMPREST-1'));
  // React reports unknown DOM props, act() problems and the like through console.error.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  cleanup();
  restoreUserActivation();
  restoreVisibility();
  expect(consoleError.mock.calls).toEqual([]);
  vi.restoreAllMocks();
});

interface ButtonCase {
  name: string;
  /** The start of the link the launcher receives. */
  scheme: string;
  /** What `parseDeepLink` reads back from that link. */
  link: Record<string, unknown>;
  /** The default texts of the statuses every button has. */
  /** `notOpened`: the label after `not_opened`, when it is not `error`'s (share offers a way out). */
  texts: Record<VVChatLocale, { idle: string; launching: string; error: string; notOpened?: string }>;
  /** Where the hook goes once the app opened, and whether it is still working then. */
  afterOpened: { status: string; busy: boolean };
  element: (props?: CommonButtonProps) => ReactElement;
}

const cases: ButtonCase[] = [
  {
    name: 'VVChatLoginButton',
    scheme: 'qyx://thirdlogin?',
    link: { action: 'login', appId: 'test', scope: 'snsapi_userinfo', redirectUri: page },
    texts: {
      'zh-CN': { idle: 'VVChat 登录', launching: '正在打开 VVChat…', error: '登录失败，点此重试' },
      en: { idle: 'Log in with VVChat', launching: 'Opening VVChat…', error: 'Login failed, try again' },
    },
    // The answer arrives on redirect_uri, so this page is idle again.
    afterOpened: { status: 'idle', busy: false },
    element: (props) => <VVChatLoginButton {...props} />,
  },
  {
    name: 'QPayButton',
    scheme: 'qyx://qpay?',
    link: { action: 'pay', appId: 'test', imprestCode: 'IMPREST-1', redirectUri: page },
    texts: {
      'zh-CN': { idle: 'QPay 支付', launching: '正在打开 VVChat…', error: '支付未完成，点此重试' },
      en: { idle: 'Pay with QPay', launching: 'Opening VVChat…', error: 'Payment not completed, try again' },
    },
    // Waits for the page to be shown again, then verifies.
    afterOpened: { status: 'launching', busy: true },
    element: (props) => <QPayButton createOrder={(input: string) => createOrder(input)} input="sku-1" {...props} />,
  },
  {
    name: 'ShareButton',
    scheme: 'qyx://share?',
    link: { action: 'share', appId: 'test', title: shareContent.title, url: shareContent.url },
    texts: {
      // After not_opened, with no Web Share API in jsdom, the button copies the link.
      'zh-CN': { idle: '分享到 VVChat', launching: '正在打开 VVChat…', error: '分享失败，点此重试', notOpened: '复制链接' },
      en: { idle: 'Share to VVChat', launching: 'Opening VVChat…', error: 'Share failed, try again', notOpened: 'Copy link' },
    },
    // Waits for the app's result.
    afterOpened: { status: 'waiting', busy: true },
    element: (props) => <ShareButton content={shareContent} {...props} />,
  },
  {
    name: 'CustomerServiceButton',
    scheme: 'qyx://openSessionView?',
    link: { action: 'customer-service', openId: 'OPEN_ID' },
    texts: {
      'zh-CN': { idle: '联系客服', launching: '正在打开 VVChat…', error: '打开失败，点此重试' },
      en: { idle: 'Contact support', launching: 'Opening VVChat…', error: "Couldn't open VVChat, try again" },
    },
    afterOpened: { status: 'opened', busy: false },
    element: (props) => <CustomerServiceButton openId="OPEN_ID" {...props} />,
  },
];

function theButton(): HTMLButtonElement {
  return screen.getByRole<HTMLButtonElement>('button');
}

/** The texts of the elements `aria-describedby` points at. */
function description(button: HTMLElement): string {
  return (button.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `<missing #${id}>`)
    .join(' ');
}

/** Lets pending promises and React Query's scheduled work run, to check that something did NOT happen. */
async function settleDown(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

/**
 * Asserts the pending markup of React Aria's pending `Button`, or its absence: never native
 * `disabled` (so focus stays), `aria-disabled="true"`, `aria-busy="true"`, `data-pending` and the
 * spinner in place of the mark.
 */
function expectPending(button: HTMLButtonElement, pending: boolean): void {
  expect(button.disabled).toBe(false);
  expect(button.getAttribute('aria-disabled')).toBe(pending ? 'true' : null);
  expect(button.getAttribute('aria-busy')).toBe(pending ? 'true' : null);
  expect(button.hasAttribute('data-pending')).toBe(pending);
  expect(button.querySelector('.vvchat-button__spinner') !== null).toBe(pending);
}

/**
 * Presses a key on a focused button as a browser does: Enter clicks on keydown, Space on keyup,
 * unless the keydown was prevented. jsdom has no such activation behaviour of its own.
 */
function pressKey(button: HTMLElement, key: 'Enter' | ' '): void {
  const init = { key, code: key === ' ' ? 'Space' : 'Enter' };
  const proceed = fireEvent.keyDown(button, init);
  if (key === 'Enter' && proceed) fireEvent.click(button);
  fireEvent.keyUp(button, init);
  if (key === ' ' && proceed) fireEvent.click(button);
}

async function statusBecomes(status: string): Promise<HTMLButtonElement> {
  // A generous timeout: the suite shares the machine with others.
  await waitFor(() => expect(theButton().getAttribute('data-status')).toBe(status), { timeout: 3000 });
  return theButton();
}

describe.each(cases.map((button) => [button.name, button] as const))('%s', (name, { scheme, link, texts, afterOpened, element }) => {
  it('renders exactly one <button type="button">', () => {
    renderInProvider(element(), { launcher });
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.tagName).toBe('BUTTON');
    expect(buttons[0]!.getAttribute('type')).toBe('button');
  });

  it(`launches a ${scheme.slice(0, -1)} link when clicked`, async () => {
    launcher = fakeLauncher('opened');
    renderInProvider(element(), { launcher });
    fireEvent.click(theButton());
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledTimes(1));
    const [launched] = launcher.links();
    expect(launched!.startsWith(scheme)).toBe(true);
    expect(parseDeepLink(launched!)).toMatchObject(link);
    if (name === 'QPayButton') {
      expect(createOrder).toHaveBeenCalledExactlyOnceWith('sku-1');
      expect(createOrder.mock.invocationCallOrder[0]!).toBeLessThan(launcher.launch.mock.invocationCallOrder[0]!);
    }
  });

  it('launches once per click under StrictMode', async () => {
    launcher = fakeLauncher('opened');
    renderInProvider(<StrictMode>{element()}</StrictMode>, { launcher });
    fireEvent.click(theButton());
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledOnce());
    await settleDown();
    expect(launcher.launch).toHaveBeenCalledOnce();
    expect(createOrder.mock.calls.length).toBe(name === 'QPayButton' ? 1 : 0);
  });

  it('adds its className to vvchat-button', () => {
    renderInProvider(element({ className: 'checkout-cta wide' }), { launcher });
    expect([...theButton().classList]).toEqual(['vvchat-button', 'checkout-cta', 'wide']);
  });

  it('passes style through', () => {
    renderInProvider(element({ style: { color: 'rebeccapurple', maxWidth: '20rem' } }), { launcher });
    expect(theButton().style.color).toBe('rebeccapurple');
    expect(theButton().style.maxWidth).toBe('20rem');
  });

  it('forwards its ref to the <button>', () => {
    const ref = createRef<HTMLButtonElement>();
    renderInProvider(element({ ref }), { launcher });
    expect(ref.current).toBeInstanceOf(HTMLButtonElement);
    expect(ref.current).toBe(theButton());
  });

  it('passes native props through (id, aria-label, data-testid, name, title)', () => {
    renderInProvider(
      element({ id: 'cta', 'aria-label': 'Custom name', 'data-testid': 'the-cta', name: 'action', title: 'A tooltip' }),
      { launcher },
    );
    const button = screen.getByRole('button', { name: 'Custom name' });
    expect(button.id).toBe('cta');
    expect(button).toBe(screen.getByTestId('the-cta'));
    expect(button.getAttribute('name')).toBe('action');
    expect(button.getAttribute('title')).toBe('A tooltip');
  });

  it('is disabled by the native disabled prop, and then starts nothing', async () => {
    renderInProvider(element({ disabled: true }), { launcher });
    expect(theButton().disabled).toBe(true);
    fireEvent.click(theButton());
    await settleDown();
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(createOrder).not.toHaveBeenCalled();
    expect(theButton().getAttribute('data-status')).toBe('idle');
  });

  it('shows children instead of the label', () => {
    renderInProvider(element({ children: 'Go on' }), { launcher });
    expect(screen.getByRole('button', { name: 'Go on' })).toBe(theButton());
    expect(screen.queryByText(texts['zh-CN'].idle)).toBeNull();
  });

  it('lets labels override a status text', () => {
    renderInProvider(element({ labels: { idle: 'Custom idle text' } }), { launcher });
    expect(screen.getByRole('button', { name: 'Custom idle text' })).toBe(theButton());
  });

  it('draws its mark, hidden from assistive tech', () => {
    const { container } = renderInProvider(element(), { launcher });
    const svgs = container.querySelectorAll('svg');
    expect(svgs).toHaveLength(1);
    expect(svgs[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(theButton().contains(svgs[0]!)).toBe(true);
  });

  it('hides the mark with icon={false}', () => {
    const { container } = renderInProvider(element({ icon: false }), { launcher });
    expect(container.querySelector('svg')).toBeNull();
    expect(screen.getByRole('button', { name: texts['zh-CN'].idle })).toBe(theButton());
  });

  it('replaces the mark with a custom icon', () => {
    const { container } = renderInProvider(element({ icon: <span data-testid="my-icon" aria-hidden="true">★</span> }), {
      launcher,
    });
    expect(container.querySelector('svg')).toBeNull();
    expect(theButton().contains(screen.getByTestId('my-icon'))).toBe(true);
    expect(screen.getByRole('button', { name: texts['zh-CN'].idle })).toBe(theButton());
  });

  it('stops the flow when onClick calls preventDefault, and still runs onClick', async () => {
    const onClick = vi.fn((event: MouseEvent<HTMLButtonElement>) => event.preventDefault());
    renderInProvider(element({ onClick }), { launcher });
    fireEvent.click(theButton());
    await settleDown();
    expect(onClick).toHaveBeenCalledOnce();
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(createOrder).not.toHaveBeenCalled();
    expect(theButton().getAttribute('data-status')).toBe('idle');
  });

  it("runs the user's onClick before the flow", async () => {
    const onClick = vi.fn((_event: MouseEvent<HTMLButtonElement>) => undefined);
    renderInProvider(element({ onClick }), { launcher });
    fireEvent.click(theButton());
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledOnce());
    expect(onClick).toHaveBeenCalledOnce();
    expect(onClick.mock.calls[0]![0].type).toBe('click');
    const firstStep = name === 'QPayButton' ? createOrder : launcher.launch;
    expect(onClick.mock.invocationCallOrder[0]!).toBeLessThan(firstStep.mock.invocationCallOrder[0]!);
  });

  it('sets data-status, data-size md, data-variant primary and data-shape rect by default', () => {
    renderInProvider(element(), { launcher });
    const button = theButton();
    expect(button.getAttribute('data-status')).toBe('idle');
    expect(button.getAttribute('data-size')).toBe('md');
    expect(button.getAttribute('data-variant')).toBe('primary');
    expect(button.getAttribute('data-shape')).toBe('rect');
    expect(button.hasAttribute('data-block')).toBe(false);
    expect(button.hasAttribute('aria-busy')).toBe(false);
    expect(button.hasAttribute('aria-describedby')).toBe(false);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    expect(button.hasAttribute('data-pending')).toBe(false);
    expect(button.disabled).toBe(false);
  });

  it.each([
    ['sm', 'outline', 'pill', true],
    ['lg', 'ghost', 'rect', false],
    ['md', 'primary', 'pill', undefined],
  ] as const)('reflects size %s, variant %s, shape %s and block %s in data-*', (size, variant, shape, block) => {
    renderInProvider(element({ size, variant, shape, block }), { launcher });
    const button = theButton();
    expect(button.getAttribute('data-size')).toBe(size);
    expect(button.getAttribute('data-variant')).toBe(variant);
    expect(button.getAttribute('data-shape')).toBe(shape);
    expect(button.hasAttribute('data-block')).toBe(block === true);
  });

  it('is pending (focusable, aria-disabled, aria-busy, data-pending, a spinner) while the app opens, then follows the hook', async () => {
    renderInProvider(element(), { launcher });
    expectPending(theButton(), false);
    fireEvent.click(theButton());

    const busy = await statusBecomes('launching');
    expectPending(busy, true);
    expect(busy.querySelector('.vvchat-button__spinner')!.getAttribute('aria-hidden')).toBe('true');
    expect(busy.querySelector('svg')).toBeNull();
    expect(screen.getByRole('button', { name: texts['zh-CN'].launching })).toBe(busy);

    launcher.settle('opened');
    const after = await statusBecomes(afterOpened.status);
    expectPending(after, afterOpened.busy);
    expect(launcher.launch).toHaveBeenCalledOnce();
  });

  it('keeps focus when it becomes pending, and can be focused again while pending', async () => {
    renderInProvider(element(), { launcher });
    const button = theButton();
    act(() => button.focus());
    fireEvent.click(button);

    const pending = await statusBecomes('launching');
    expect(pending).toBe(button);
    expect(document.activeElement).toBe(button);
    // jsdom never moves focus off an element that becomes disabled (browsers do), so what tells a
    // focusable pending button from a disabled one here is that Tab (or a screen reader's
    // cursor) still reaches it: a native disabled button refuses focus.
    const elsewhere = document.body.appendChild(document.createElement('input'));
    act(() => elsewhere.focus());
    act(() => button.focus());
    expect(document.activeElement).toBe(button);
    elsewhere.remove();

    launcher.settle('not-opened');
    await statusBecomes('error');
    expect(document.activeElement).toBe(button);
  });

  it('starts no second flow on a click, Enter or Space while pending, and still runs onClick each time', async () => {
    const onClick = vi.fn((_event: MouseEvent<HTMLButtonElement>) => undefined);
    renderInProvider(element({ onClick }), { launcher });
    const button = theButton();
    act(() => button.focus());
    pressKey(button, 'Enter');
    await statusBecomes('launching');
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledOnce());

    fireEvent.click(button);
    pressKey(button, 'Enter');
    pressKey(button, ' ');
    await settleDown();
    expect(launcher.launch).toHaveBeenCalledOnce();
    expect(createOrder.mock.calls.length).toBe(name === 'QPayButton' ? 1 : 0);
    expect(onClick).toHaveBeenCalledTimes(4);
    expect(theButton().getAttribute('data-status')).toBe('launching');
    expect(document.activeElement).toBe(button);
  });

  it('starts nothing while the app sets aria-disabled="true", yet stays focusable and runs onClick', async () => {
    const onClick = vi.fn((_event: MouseEvent<HTMLButtonElement>) => undefined);
    renderInProvider(element({ 'aria-disabled': 'true', onClick }), { launcher });
    const button = theButton();
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('data-pending')).toBe(false);
    act(() => button.focus());
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    pressKey(button, ' ');
    await settleDown();
    expect(onClick).toHaveBeenCalledTimes(2);
    expect(launcher.launch).not.toHaveBeenCalled();
    expect(createOrder).not.toHaveBeenCalled();
    expect(button.getAttribute('data-status')).toBe('idle');
  });

  it('keeps an empty role="status" live region ready before anything fails', () => {
    renderInProvider(element(), { launcher });
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    expect(theButton().contains(region)).toBe(false);
  });

  it.each(['zh-CN', 'en'] as const)('describes the error to assistive tech in %s (not_opened)', async (locale) => {
    renderInProvider(element({ locale }), { launcher });
    fireEvent.click(theButton());
    await statusBecomes('launching');
    launcher.settle('not-opened');

    const button = await statusBecomes('error');
    expect(button.disabled).toBe(false);
    expect(button.hasAttribute('aria-busy')).toBe(false);
    const region = screen.getByRole('status');
    expect(button.getAttribute('aria-describedby')).toBe(region.id);
    expect(region.textContent).toBe(notOpened[locale]);
    expect(description(button)).toBe(notOpened[locale]);
    expect(screen.getByRole('button', { name: texts[locale].notOpened ?? texts[locale].error })).toBe(button);
  });

  // Issue 12: the reason was only in a visually hidden live region; a sighted user saw "try again" and never why.
  it('shows the reason visibly under the button once the flow failed, and hides the empty live region before', async () => {
    renderInProvider(element({ locale: 'en' }), { launcher });
    const region = screen.getByRole('status');
    // The live region sits in the block under the button, which is hidden while it is empty.
    const shown = region.closest<HTMLElement>('.vvchat-button__reason')!;
    expect(shown.getAttribute('style')).toContain('clip-path');
    fireEvent.click(theButton());
    await statusBecomes('launching');
    launcher.settle('not-opened');
    await statusBecomes('error');
    expect(shown.style.clipPath).toBe('');
    expect(shown.style.position).toBe('');
    expect(region.getAttribute('style')).toBeNull();
    expect(region.textContent).toBe(notOpened.en);
  });

  // Issue 12: "not installed" said what was wrong and offered only a retry that cannot help.
  it.each(['zh-CN', 'en'] as const)("links to the provider's fallbackUrl under the button after not_opened, to install VVChat (%s)", async (locale) => {
    renderInProvider(element({ locale }), { launcher, fallbackUrl: 'https://vvchat.example/download' });
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(theButton());
    await statusBecomes('launching');
    launcher.settle('not-opened');
    await statusBecomes('error');
    const install = screen.getByRole('link', { name: { 'zh-CN': '安装 VVChat', en: 'Install VVChat' }[locale] });
    expect(install.getAttribute('href')).toBe('https://vvchat.example/download');
    // Beside the reason, under the button, but outside the live region the button's
    // aria-describedby names: the description is the reason alone, and a link is no announcement.
    expect(install.closest('.vvchat-button__reason')).toBe(screen.getByRole('status').closest('.vvchat-button__reason'));
    expect(screen.getByRole('status').contains(install)).toBe(false);
    expect(screen.getByRole('status').textContent).toBe(notOpened[locale]);
    expect(description(theButton())).toBe(notOpened[locale]);
  });

  it('offers no install link without a fallbackUrl, nor for another error', async () => {
    renderInProvider(element(), { launcher });
    fireEvent.click(theButton());
    await statusBecomes('launching');
    launcher.settle('not-opened');
    await statusBecomes('error');
    expect(screen.queryByRole('link')).toBeNull();
    cleanup();

    launcher.launch.mockImplementation(() => Promise.reject(new Error('boom')));
    renderInProvider(element(), { launcher, fallbackUrl: 'https://vvchat.example/download' });
    fireEvent.click(theButton());
    await statusBecomes('error');
    expect(screen.queryByRole('link')).toBeNull();
  });

  // Review of issue 12: with a launcher of the app's own, nothing checked fallbackUrl before the
  // button put it in an href, so a `javascript:` URL from a config became a link that runs script.
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/app', 'qyx://x'])(
    'offers no install link for a fallbackUrl that is not http(s): %s',
    async (fallbackUrl) => {
      renderInProvider(element(), { launcher, fallbackUrl });
      fireEvent.click(theButton());
      await statusBecomes('launching');
      launcher.settle('not-opened');
      await statusBecomes('error');
      expect(screen.queryByRole('link')).toBeNull();
      expect(document.querySelector('a')).toBeNull();
      // The reason is still said.
      expect(screen.getByRole('status').textContent).toBe(notOpened['zh-CN']);
    },
  );

  it('lets labels.install rename the install link', async () => {
    renderInProvider(element({ labels: { install: '下载 VVChat' } }), { launcher, fallbackUrl: 'https://vvchat.example/download' });
    fireEvent.click(theButton());
    await statusBecomes('launching');
    launcher.settle('not-opened');
    await statusBecomes('error');
    expect(screen.getByRole('link', { name: '下载 VVChat' })).toBeDefined();
  });

  it('calls onError with the VVChatError once the flow fails', async () => {
    const onError = vi.fn((_error: VVChatError) => undefined);
    renderInProvider(element({ onError }), { launcher });
    fireEvent.click(theButton());
    await statusBecomes('launching');
    launcher.settle('not-opened');
    await statusBecomes('error');
    await waitFor(() => expect(onError).toHaveBeenCalledOnce());
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(VVChatError);
    expect(onError.mock.calls[0]![0].code).toBe('not_opened');
  });

  it('never submits a surrounding form, even when a JavaScript caller passes type="submit"', async () => {
    launcher = fakeLauncher('opened');
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    const form = document.createElement('form');
    form.addEventListener('submit', onSubmit);
    document.body.append(form);
    const untyped = { type: 'submit' } as CommonButtonProps;
    renderInProvider(element(untyped), { launcher, container: form });
    expect(theButton().getAttribute('type')).toBe('button');
    fireEvent.click(theButton());
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledOnce());
    expect(onSubmit).not.toHaveBeenCalled();
    form.remove();
  });

  it("keeps the app's own aria-describedby next to the error", async () => {
    render(<p id="hint">Opens the VVChat app</p>);
    renderInProvider(element({ 'aria-describedby': 'hint' }), { launcher });
    expect(theButton().getAttribute('aria-describedby')).toBe('hint');
    fireEvent.click(theButton());
    await statusBecomes('launching');
    launcher.settle('not-opened');
    const button = await statusBecomes('error');
    expect(description(button)).toBe(`Opens the VVChat app ${notOpened['zh-CN']}`);
  });

  it('lets labels.errors override an error message', async () => {
    renderInProvider(element({ labels: { errors: { not_opened: 'Install VVChat first.' } } }), { launcher });
    fireEvent.click(theButton());
    await statusBecomes('launching');
    launcher.settle('not-opened');
    expect(description(await statusBecomes('error'))).toBe('Install VVChat first.');
  });

  it('reads the default message for an error code without a text of its own (launch_failed)', async () => {
    launcher.launch.mockImplementation(() => Promise.reject(new Error('boom')));
    renderInProvider(element({ locale: 'en' }), { launcher });
    fireEvent.click(theButton());
    expect(description(await statusBecomes('error'))).toBe('Something went wrong. Please try again.');
  });

  it('speaks zh-CN by default', () => {
    renderInProvider(element(), { launcher });
    expect(screen.getByRole('button', { name: texts['zh-CN'].idle })).toBe(theButton());
  });

  it('speaks en with locale="en"', () => {
    renderInProvider(element({ locale: 'en' }), { launcher });
    expect(screen.getByRole('button', { name: texts.en.idle })).toBe(theButton());
  });

  it("speaks the provider's locale", () => {
    renderInProvider(element(), { launcher, locale: 'en' });
    expect(screen.getByRole('button', { name: texts.en.idle })).toBe(theButton());
  });

  it("prefers its own locale prop to the provider's", () => {
    renderInProvider(element({ locale: 'zh-CN' }), { launcher, locale: 'en' });
    expect(screen.getByRole('button', { name: texts['zh-CN'].idle })).toBe(theButton());
  });
});

describe('VVChatLoginButton on the page the app comes back to', () => {
  /** Page 1: tap, the app opens; page 2: redirect_uri with code and state. */
  async function comeBackWithCode(storage: VVChatStorage): Promise<void> {
    launcher = fakeLauncher('opened');
    const first = renderInProvider(<VVChatLoginButton />, { launcher, storage });
    fireEvent.click(theButton());
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledOnce());
    const link = parseDeepLink(launcher.links()[0]!);
    if (link.action !== 'login' || !link.state) throw new Error('expected a login link with a state');
    await statusBecomes('idle');
    first.unmount();
    goTo(`/?code=CODE-1&state=${encodeURIComponent(link.state)}`);
  }

  it('is busy while the code is exchanged, then shows success', async () => {
    const storage = mapStorage();
    await comeBackWithCode(storage);
    const exchange = deferred<{ name: string }>();
    const exchangeCode = vi.fn((_code: string) => exchange.promise);
    const onSuccess = vi.fn();
    renderInProvider(<VVChatLoginButton exchangeCode={exchangeCode} onSuccess={onSuccess} />, { launcher, storage });

    const busy = await statusBecomes('exchanging');
    expect(exchangeCode).toHaveBeenCalledExactlyOnceWith('CODE-1');
    expectPending(busy, true);
    expect(screen.getByRole('button', { name: '正在登录…' })).toBe(busy);

    exchange.resolve({ name: 'Ada' });
    const done = await statusBecomes('success');
    expectPending(done, false);
    expect(screen.getByRole('button', { name: '已登录' })).toBe(done);
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith({ name: 'Ada' }, { context: undefined });
    expect(location.search).toBe('');
  });

  it('reports a failed exchange as exchange_failed', async () => {
    const storage = mapStorage();
    await comeBackWithCode(storage);
    const onError = vi.fn((_error: VVChatError) => undefined);
    renderInProvider(
      <VVChatLoginButton exchangeCode={() => Promise.reject(new Error('backend down'))} onError={onError} locale="en" />,
      { launcher, storage },
    );
    const button = await statusBecomes('error');
    expect(description(button)).toBe('Login failed. Please try again later.');
    expect(onError.mock.calls[0]![0].code).toBe('exchange_failed');
  });
});

describe('QPayButton', () => {
  const renderPay = (props: Partial<QPayButtonProps<string>> = {}) =>
    renderInProvider(<QPayButton createOrder={(input: string) => createOrder(input)} input="sku-1" {...props} />, { launcher });

  it('is busy while createOrder runs, and launches nothing before it resolves', async () => {
    const order = deferred<CreatedOrder>();
    createOrder.mockImplementation(() => order.promise);
    renderPay();
    fireEvent.click(theButton());
    const busy = await statusBecomes('creating');
    expectPending(busy, true);
    expect(screen.getByRole('button', { name: '正在下单…' })).toBe(busy);
    await waitFor(() => expect(createOrder).toHaveBeenCalledExactlyOnceWith('sku-1'));
    expect(launcher.launch).not.toHaveBeenCalled();

    order.resolve({ imprestCode: 'IMPREST-2' });
    await statusBecomes('launching');
    expect(parseDeepLink(launcher.links()[0]!)).toMatchObject({ action: 'pay', imprestCode: 'IMPREST-2' });
  });

  it.each([
    ['zh-CN', 'QPay 支付 ¥12.00'],
    ['en', 'Pay with QPay ¥12.00'],
  ] as const)('shows amount={12} as ¥12.00 in %s', (locale, name) => {
    renderPay({ amount: 12, locale });
    expect(screen.getByRole('button', { name })).toBe(theButton());
  });

  it('formats the amount in another currency', () => {
    renderPay({ amount: 9.5, currency: 'USD', locale: 'en' });
    expect(screen.getByRole('button', { name: 'Pay with QPay $9.50' })).toBe(theButton());
  });

  it('asks for one more tap in ready when the order outlived the tap, then launches via confirm', async () => {
    stubUserActivation(false);
    renderPay({ amount: 12 });
    fireEvent.click(theButton());

    const ready = await statusBecomes('ready');
    expect(screen.getByRole('button', { name: '继续支付' })).toBe(ready);
    expect(ready.disabled).toBe(false);
    expect(ready.hasAttribute('aria-busy')).toBe(false);
    expect(launcher.launch).not.toHaveBeenCalled();

    fireEvent.click(ready);
    await statusBecomes('launching');
    expect(launcher.launch).toHaveBeenCalledOnce();
    expect(parseDeepLink(launcher.links()[0]!)).toMatchObject({ action: 'pay', imprestCode: 'IMPREST-1' });
    expect(createOrder).toHaveBeenCalledOnce();
  });

  it('says "Continue to pay" in en', async () => {
    stubUserActivation(false);
    renderPay({ locale: 'en' });
    fireEvent.click(theButton());
    const ready = await statusBecomes('ready');
    expect(screen.getByRole('button', { name: 'Continue to pay' })).toBe(ready);
  });

  it('is aria-disabled but still focused once verifyPayment says paid, and a tap pays nothing more', async () => {
    launcher = fakeLauncher('opened');
    const verdict = deferred<PaymentVerdict>();
    const verifyPayment = vi.fn((_order: { imprestCode: string; tradeNo?: string | undefined }) => verdict.promise);
    const onPaid = vi.fn();
    renderPay({ verifyPayment, onPaid, amount: 12 });
    act(() => theButton().focus());
    fireEvent.click(theButton());
    await statusBecomes('launching');
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledOnce());

    // Back from the app: the page is shown again.
    act(() => comeBack());
    const verifying = await statusBecomes('verifying');
    expectPending(verifying, true);
    expect(screen.getByRole('button', { name: '正在确认支付…' })).toBe(verifying);

    await waitFor(() => expect(verifyPayment).toHaveBeenCalled());
    verdict.resolve('paid');
    const paid = await statusBecomes('paid');
    // Not native disabled: the confirmation keeps the focus the tap gave it, and is read out.
    expect(paid.disabled).toBe(false);
    expect(paid.getAttribute('aria-disabled')).toBe('true');
    expect(paid.hasAttribute('data-pending')).toBe(false);
    expect(paid.hasAttribute('aria-busy')).toBe(false);
    expect(paid.querySelector('.vvchat-button__spinner')).toBeNull();
    expect(document.activeElement).toBe(paid);
    expect(screen.getByRole('button', { name: '支付成功' })).toBe(paid);
    expect(onPaid).toHaveBeenCalledExactlyOnceWith({ imprestCode: 'IMPREST-1' });

    fireEvent.click(paid);
    pressKey(paid, 'Enter');
    await settleDown();
    expect(createOrder).toHaveBeenCalledOnce();
    expect(launcher.launch).toHaveBeenCalledOnce();
    expect(theButton().getAttribute('data-status')).toBe('paid');
  });

  it('offers to check again, not to pay again, after payment_unverified', async () => {
    launcher = fakeLauncher('opened');
    const verifyPayment = vi.fn((_order: { imprestCode: string; tradeNo?: string | undefined }): Promise<PaymentVerdict> =>
      Promise.resolve('pending'),
    );
    renderPay({ verifyPayment, timeoutMs: 50, pollIntervalMs: 10 });
    fireEvent.click(theButton());
    await statusBecomes('launching');
    act(() => comeBack());
    const unverified = await statusBecomes('error');
    expect(screen.getByRole('button', { name: '暂未确认支付，点此查询' })).toBe(unverified);
    expect(description(unverified)).toBe('暂未确认到支付结果，请稍后在订单中查看。');

    verifyPayment.mockImplementation(() => Promise.resolve('paid'));
    fireEvent.click(unverified);
    await statusBecomes('paid');
    expect(createOrder).toHaveBeenCalledOnce();
    expect(launcher.launch).toHaveBeenCalledOnce();
  });

  // Issue 12: an order the backend reports failed with no trade_no from the app is, as a rule, the
  // user's own cancel in the pay sheet: no red failure, and no claim that anything failed.
  it.each([
    ['zh-CN', '未支付，点此重试'],
    ['en', 'Not paid, tap to try again'],
  ] as const)('reads a failed order that never got a trade_no as not paid, in normal colours (%s)', async (locale, name) => {
    launcher = fakeLauncher('opened');
    renderPay({ verifyPayment: () => Promise.resolve('failed'), locale });
    fireEvent.click(theButton());
    await statusBecomes('launching');
    act(() => comeBack());
    const failed = await statusBecomes('failed');
    expect(screen.getByRole('button', { name })).toBe(failed);
    expect(failed.hasAttribute('data-cancelled')).toBe(true);
  });

  // Review of issue 12: an app that relabelled `failed` saw the built-in 未支付 text for a cancel.
  it.each([
    [{ failed: 'Payment did not go through' }, 'Payment did not go through'],
    [{ failed: 'Payment did not go through', notPaid: 'You cancelled' }, 'You cancelled'],
  ] as const)("uses the app's labels.failed for a not-paid order too, unless it sets notPaid (%o)", async (labels, name) => {
    launcher = fakeLauncher('opened');
    renderPay({ verifyPayment: () => Promise.resolve('failed'), labels });
    fireEvent.click(theButton());
    await statusBecomes('launching');
    act(() => comeBack());
    const failed = await statusBecomes('failed');
    expect(screen.getByRole('button', { name })).toBe(failed);
  });

  it('reads a failed order with a trade_no as a failed payment', async () => {
    launcher = fakeLauncher('opened');
    const storage = mapStorage();
    const verifyPayment = () => Promise.resolve<PaymentVerdict>('failed');
    const pay = () => <QPayButton createOrder={(input: string) => createOrder(input)} input="sku-1" verifyPayment={verifyPayment} />;
    renderInProvider(pay(), { launcher, storage });
    fireEvent.click(theButton());
    await statusBecomes('launching');
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledOnce());
    cleanup();
    // The app comes back to redirect_uri with the platform's transaction number: a new page load.
    goTo('/?trade_no=T-1');
    renderInProvider(pay(), { launcher, storage });
    const failed = await statusBecomes('failed');
    expect(screen.getByRole('button', { name: '支付失败，点此重试' })).toBe(failed);
    expect(failed.hasAttribute('data-cancelled')).toBe(false);
  });

  it('reports a failed createOrder as order_failed and launches nothing', async () => {
    createOrder.mockImplementation(() => Promise.reject(new Error('out of stock')));
    renderPay();
    fireEvent.click(theButton());
    const button = await statusBecomes('error');
    expect(description(button)).toBe('下单失败，请稍后重试。');
    expect(launcher.launch).not.toHaveBeenCalled();
  });
});

describe('ShareButton', () => {
  it('shows success when the app reports the share', async () => {
    launcher = fakeLauncher('opened');
    const onSuccess = vi.fn();
    renderInProvider(<ShareButton content={shareContent} onSuccess={onSuccess} locale="en" />, { launcher });
    fireEvent.click(theButton());
    const waiting = await statusBecomes('waiting');
    expect(screen.getByRole('button', { name: 'Waiting for VVChat…' })).toBe(waiting);

    act(() => {
      window.dispatchEvent(
        new MessageEvent('message', { origin: location.origin, data: { type: 'vvchat:share-result', result: { code: 200 } } }),
      );
    });
    const done = await statusBecomes('success');
    expect(done.disabled).toBe(false);
    expect(screen.getByRole('button', { name: 'Shared' })).toBe(done);
    expect(onSuccess).toHaveBeenCalledOnce();
  });

  it('reports bad content as invalid_option without launching', async () => {
    renderInProvider(<ShareButton content={{ title: 'x', url: 'not a url' }} />, { launcher });
    fireEvent.click(theButton());
    const button = await statusBecomes('error');
    expect(description(button)).toBe('配置有误，请联系商户。');
    expect(launcher.launch).not.toHaveBeenCalled();
  });
});

describe('texts', () => {
  // The statuses API.md gives each hook.
  const statuses = {
    login: ['idle', 'launching', 'exchanging', 'success', 'error'],
    pay: ['idle', 'creating', 'ready', 'launching', 'verifying', 'paid', 'failed', 'error', 'unverified', 'notPaid'],
    share: ['idle', 'launching', 'waiting', 'success', 'failed', 'unknown', 'error', 'shared-elsewhere', 'copied', 'elsewhere', 'copy'],
    customerService: ['idle', 'launching', 'opened', 'error'],
  } as const;

  it.each(['zh-CN', 'en'] as const)('has a text for every status of every button in %s', (locale) => {
    for (const [button, names] of Object.entries(statuses)) {
      const table: Record<string, string> = defaultLabels[locale][button as keyof typeof statuses];
      expect(Object.keys(table).sort()).toEqual([...names].sort());
      for (const name of names) expect(table[name]?.trim()).toBeTruthy();
    }
    expect(defaultLabels[locale].errors.default.trim()).toBeTruthy();
  });

  it('says every text differently in zh-CN and en', () => {
    for (const button of Object.keys(statuses) as (keyof typeof statuses)[]) {
      const zh: Record<string, string> = defaultLabels['zh-CN'][button];
      const en: Record<string, string> = defaultLabels.en[button];
      for (const name of statuses[button]) expect(en[name], `${button}.${name}`).not.toBe(zh[name]);
    }
  });

  it('falls back to zh-CN for a locale it does not speak (from JavaScript)', () => {
    renderInProvider(<CustomerServiceButton openId="OPEN_ID" locale={'fr' as VVChatLocale} />, { launcher });
    expect(screen.getByRole('button', { name: '联系客服' })).toBe(theButton());
  });
});

// Issue 12: a blank openId is a setup error: the button invited "打开失败，点此重试" with no retry that could work.
describe('setup errors offer no retry', () => {
  it('CustomerServiceButton with a blank openId is unavailable from the start, says so, and tells the developer', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderInProvider(<CustomerServiceButton openId="  " locale="en" />, { launcher: fakeLauncher() });
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Not available' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.disabled).toBe(false);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('needs an openId'));
    error.mockRestore();
  });

  it('any button after invalid_option is unavailable (no "try again") and shows why', async () => {
    renderInProvider(<VVChatLoginButton locale="en" redirectUri="ftp://not-a-web-page" />, { launcher: fakeLauncher() });
    fireEvent.click(screen.getByRole('button'));
    const button = await screen.findByRole('button', { name: 'Not available' });
    expect(button.dataset.status).toBe('error');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('This button is not set up correctly. Please contact the merchant.');
  });
});
