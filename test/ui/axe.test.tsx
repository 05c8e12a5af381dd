import { cleanup, fireEvent, waitFor, act } from '@testing-library/react';
import axe from 'axe-core';
import { Fragment, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDeepLink, type CreatedOrder, type PaymentVerdict } from '@vvchat/core';
import type { VVChatLocale, VVChatStorage } from '@vvchat/react';
import { CustomerServiceButton, QPayButton, ShareButton, VVChatLoginButton, type VVChatButtonStyleProps } from '@vvchat/ui';
import {
  deferred,
  fakeLauncher,
  goTo,
  mapStorage,
  renderInProvider,
  restoreUserActivation,
  stubUserActivation,
  type FakeLauncher,
  comeBack,
  restoreVisibility,
} from './support';

/**
 * Every size × variant (with both shapes and block mixed in) renders at once in one container,
 * so each state costs one axe run per button and locale. `color-contrast` is off: jsdom
 * computes no styles (contrast.test.ts checks the stylesheet's colours instead); `region` is
 * off because a lone component is not a page.
 */
const axeOptions: axe.RunOptions = {
  rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
};

const sizes = ['sm', 'md', 'lg'] as const;
const variants = ['primary', 'outline', 'ghost'] as const;

/** One look per size × variant; every other one a pill, every third one block. */
const looks: VVChatButtonStyleProps[] = sizes.flatMap((size, i) =>
  variants.map((variant, j) => ({ size, variant, shape: (i + j) % 2 ? 'pill' : 'rect', block: (i * 3 + j) % 3 === 2 })),
);

function grid(button: (look: VVChatButtonStyleProps) => ReactElement): ReactElement {
  return (
    <>
      {looks.map((look) => (
        <Fragment key={`${look.size}-${look.variant}`}>{button(look)}</Fragment>
      ))}
    </>
  );
}

let launcher: FakeLauncher;
let storage: VVChatStorage;

beforeEach(() => {
  goTo('/');
  launcher = fakeLauncher();
  storage = mapStorage();
});

afterEach(() => {
  cleanup();
  restoreUserActivation();
  restoreVisibility();
});

function buttonsIn(container: HTMLElement): HTMLButtonElement[] {
  return [...container.querySelectorAll('button')];
}

/** The statuses in which a button is pending (focusable, aria-disabled, aria-busy, data-pending). */
const pendingStatuses = new Set(['launching', 'exchanging', 'creating', 'verifying', 'waiting']);

/**
 * Waits until every button in `container` shows `status`, checks that axe judges the markup it
 * should (pending statuses: aria-disabled and data-pending, never native disabled), then runs axe.
 */
async function expectNoViolationsIn(container: HTMLElement, status: string): Promise<void> {
  await waitFor(() => {
    const statuses = buttonsIn(container).map((button) => button.getAttribute('data-status'));
    expect(statuses).toEqual(looks.map(() => status));
  }, { timeout: 3000 });
  const pending = pendingStatuses.has(status);
  for (const button of buttonsIn(container)) {
    expect(button.disabled).toBe(false);
    expect(button.hasAttribute('data-pending')).toBe(pending);
    expect(button.getAttribute('aria-busy')).toBe(pending ? 'true' : null);
    expect(button.getAttribute('aria-disabled')).toBe(pending || status === 'paid' ? 'true' : null);
  }
  const { violations } = await axe.run(container, axeOptions);
  const found = violations.flatMap(({ id, help, nodes }) => nodes.map((node) => `${status}: ${id} (${help}) at ${node.target.join(' ')}`));
  expect(found).toEqual([]);
}

function clickAll(container: HTMLElement): void {
  buttonsIn(container).forEach((button) => fireEvent.click(button));
}

function clickFirst(container: HTMLElement): void {
  fireEvent.click(buttonsIn(container)[0]!);
}

describe.each(['zh-CN', 'en'] as const)('axe finds no violations in %s', (locale: VVChatLocale) => {
  it('all four buttons pending at once, one of them focused', async () => {
    const order = deferred<CreatedOrder>();
    const { container } = renderInProvider(
      <>
        <VVChatLoginButton locale={locale} />
        <QPayButton locale={locale} amount={12} createOrder={() => order.promise} />
        <ShareButton locale={locale} content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />
        <CustomerServiceButton locale={locale} openId="OPEN_ID" />
      </>,
      { launcher, storage },
    );
    const buttons = buttonsIn(container);
    act(() => buttons[1]!.focus());
    clickAll(container);
    const statuses = () => buttons.map((button) => button.getAttribute('data-status'));
    await waitFor(() => expect(statuses()).toEqual(['launching', 'creating', 'launching', 'launching']), { timeout: 3000 });
    expect(buttons.every((button) => button.hasAttribute('data-pending') && !button.disabled)).toBe(true);
    expect(document.activeElement).toBe(buttons[1]);
    const { violations } = await axe.run(container, axeOptions);
    expect(violations.flatMap(({ id, nodes }) => nodes.map((node) => `${id} at ${node.target.join(' ')}`))).toEqual([]);
  });

  it('VVChatLoginButton: idle, launching, error, exchanging, success', async () => {
    // One login flow per provider: a tap on one button moves all of them.
    const first = renderInProvider(grid((look) => <VVChatLoginButton {...look} locale={locale} />), { launcher, storage });
    await expectNoViolationsIn(first.container, 'idle');
    clickFirst(first.container);
    await expectNoViolationsIn(first.container, 'launching');
    launcher.settle('not-opened');
    await expectNoViolationsIn(first.container, 'error');

    // The app came back to redirect_uri with a code for the state the link carried.
    const link = parseDeepLink(launcher.links()[0]!);
    if (link.action !== 'login' || !link.state) throw new Error('expected a login link with a state');
    first.unmount();
    goTo(`/?code=CODE-1&state=${encodeURIComponent(link.state)}`);
    const exchange = deferred<{ name: string }>();
    const back = renderInProvider(
      grid((look) => <VVChatLoginButton {...look} locale={locale} exchangeCode={() => exchange.promise} />),
      { launcher, storage },
    );
    await expectNoViolationsIn(back.container, 'exchanging');
    exchange.resolve({ name: 'Ada' });
    await expectNoViolationsIn(back.container, 'success');
  });

  it('QPayButton: idle, creating, launching, error, ready, verifying, paid', async () => {
    let order = deferred<CreatedOrder>();
    const verdict = deferred<PaymentVerdict>();
    const { container } = renderInProvider(
      grid((look) => (
        <QPayButton {...look} locale={locale} amount={12} createOrder={() => order.promise} verifyPayment={() => verdict.promise} />
      )),
      { launcher, storage },
    );
    await expectNoViolationsIn(container, 'idle');
    clickFirst(container);
    await expectNoViolationsIn(container, 'creating');
    order.resolve('IMPREST-1');
    await expectNoViolationsIn(container, 'launching');
    launcher.settle('not-opened');
    await expectNoViolationsIn(container, 'error');

    // The order outlives the tap's user activation: one more tap is needed.
    stubUserActivation(false);
    order = deferred<CreatedOrder>();
    order.resolve('IMPREST-2');
    clickFirst(container);
    await expectNoViolationsIn(container, 'ready');
    clickFirst(container);
    launcher.settle('opened');
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledTimes(2));
    // Back from the app.
    act(() => comeBack());
    await expectNoViolationsIn(container, 'verifying');
    verdict.resolve('paid');
    await expectNoViolationsIn(container, 'paid');
  });

  it('ShareButton: idle, launching, waiting, success, error', async () => {
    const { container } = renderInProvider(
      grid((look) => <ShareButton {...look} locale={locale} content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />),
      { launcher, storage },
    );
    await expectNoViolationsIn(container, 'idle');
    clickAll(container);
    await expectNoViolationsIn(container, 'launching');
    launcher.settle('opened');
    await expectNoViolationsIn(container, 'waiting');
    act(() => {
      window.dispatchEvent(
        new MessageEvent('message', { origin: location.origin, data: { type: 'vvchat:share-result', result: { code: 200 } } }),
      );
    });
    await expectNoViolationsIn(container, 'success');
    clickAll(container);
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledTimes(looks.length * 2));
    launcher.settle('not-opened');
    await expectNoViolationsIn(container, 'error');
  });

  it('CustomerServiceButton: idle, launching, opened, error', async () => {
    const { container } = renderInProvider(grid((look) => <CustomerServiceButton {...look} locale={locale} openId="OPEN_ID" />), {
      launcher,
      storage,
    });
    await expectNoViolationsIn(container, 'idle');
    clickAll(container);
    await expectNoViolationsIn(container, 'launching');
    launcher.settle('opened');
    await expectNoViolationsIn(container, 'opened');
    clickAll(container);
    await waitFor(() => expect(launcher.launch).toHaveBeenCalledTimes(looks.length * 2));
    launcher.settle('not-opened');
    await expectNoViolationsIn(container, 'error');
  });
});
