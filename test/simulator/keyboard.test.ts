import { fireEvent, screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedBackend } from '@vvchat/simulator';
import { backdrop, button, dialog, links, press, removeSheets, shareResults, simulator, tab } from './support';

afterEach(removeSheets);

/** A button on the page that opened the sheet, focused, as after a tap on it. */
function focusedTrigger(): HTMLButtonElement {
  const trigger = document.createElement('button');
  trigger.textContent = 'Log in with VVChat';
  document.body.append(trigger);
  trigger.focus();
  return trigger;
}

describe('keyboard and focus', () => {
  it.each([
    ['login', '允许'],
    ['pay', '确认支付'],
    ['share', '分享'],
    ['customerService', '关闭'],
  ] as const)('moves the focus to the primary button of the %s sheet', async (kind, primary) => {
    const { launcher } = simulator();
    await launcher.launch(links[kind]());
    expect(document.activeElement).toBe(button(primary));
  });

  it('keeps Tab and Shift+Tab within the sheet', async () => {
    const { launcher } = simulator();
    await launcher.launch(links.login());
    const allow = button('允许');
    const deny = button('拒绝');

    expect(tab()).toBe(false); // the sheet moved the focus itself
    expect(document.activeElement).toBe(deny);
    expect(tab(true)).toBe(false);
    expect(document.activeElement).toBe(allow);
    // Between the edges the sheet leaves Tab to the browser (jsdom has no default action).
    deny.focus();
    expect(tab()).toBe(true);
    allow.focus();
    expect(tab(true)).toBe(true);
  });

  it('keeps Tab within the sheet when the key is dispatched on the dialog itself', async () => {
    const { launcher } = simulator();
    await launcher.launch(links.pay());
    const sheet = dialog();

    fireEvent.keyDown(sheet, { key: 'Tab' });
    expect(document.activeElement).toBe(button('取消'));
    fireEvent.keyDown(sheet, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(button('确认支付'));
  });

  it('wraps around the text box, Send and Close of the chat window, and lets Tab move freely in between', async () => {
    const { launcher } = simulator();
    await launcher.launch(links.customerService());
    const input = screen.getByRole('textbox');

    tab(); // from Close, the last
    expect(document.activeElement).toBe(input);
    tab(true); // from the text box, the first
    expect(document.activeElement).toBe(button('关闭'));
    button('发送').focus();
    expect(tab()).toBe(true); // not at an edge: the browser moves the focus as usual
    expect(tab(true)).toBe(true);
  });

  it('keeps the focus on the only button of a one-button sheet', async () => {
    const { launcher } = simulator();
    await launcher.launch('not a link');
    const close = button('关闭');
    expect(document.activeElement).toBe(close);
    tab();
    expect(document.activeElement).toBe(close);
    tab(true);
    expect(document.activeElement).toBe(close);
  });

  it('Escape on a login sheet denies', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login('state-123'));

    expect(press('Escape')).toBe(false);

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(navigate).toHaveBeenCalledTimes(1);
    const url = new URL(navigate.mock.calls[0]![0]);
    expect(url.searchParams.has('code')).toBe(false);
    expect(url.searchParams.get('err_code')).not.toBe('0');
    expect(url.searchParams.get('state')).toBe('state-123');
  });

  it('Escape on a pay sheet cancels', async () => {
    const { launcher, navigate, storage } = simulator();
    await launcher.launch(links.pay('ESC-ORDER'));

    press('Escape');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
    await expect(createSimulatedBackend({ latencyMs: 0, storage }).verifyPayment({ imprestCode: 'ESC-ORDER' })).resolves.toBe('failed');
  });

  it('Escape on a share sheet cancels the share', async () => {
    const { launcher } = simulator();
    const channel = shareResults();
    await launcher.launch(links.share());

    press('Escape');

    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(channel.results).toHaveLength(1));
    channel.stop();
    expect(channel.results[0]).toMatchObject({ result: { code: 400 } });
  });

  it('Escape in the chat window closes it, even from the text box', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.customerService());
    screen.getByRole('textbox').focus();

    press('Escape');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('ignores other keys', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.login());

    expect(press('a')).toBe(true);
    press('Enter');

    expect(dialog()).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();
  });

  describe('gives the focus back to what had it', () => {
    it('after a click on an answer', async () => {
      const trigger = focusedTrigger();
      const { launcher } = simulator();
      await launcher.launch(links.login());
      expect(document.activeElement).not.toBe(trigger);

      fireEvent.click(button('拒绝'));

      expect(document.activeElement).toBe(trigger);
    });

    it('after Escape', async () => {
      const trigger = focusedTrigger();
      const { launcher } = simulator();
      await launcher.launch(links.share());

      press('Escape');

      expect(document.activeElement).toBe(trigger);
    });

    it('after closing the chat window', async () => {
      const trigger = focusedTrigger();
      const { launcher } = simulator();
      await launcher.launch(links.customerService());

      fireEvent.click(button('关闭'));

      expect(document.activeElement).toBe(trigger);
    });

    it('after a backdrop click', async () => {
      const trigger = focusedTrigger();
      const { launcher } = simulator();
      await launcher.launch(links.pay());

      fireEvent.click(backdrop());

      expect(document.activeElement).toBe(trigger);
    });
  });

  describe('a click on the backdrop', () => {
    it('denies a login', async () => {
      const { launcher, navigate } = simulator();
      await launcher.launch(links.login());

      fireEvent.click(backdrop());

      expect(screen.queryByRole('dialog')).toBeNull();
      expect(new URL(navigate.mock.calls[0]![0]).searchParams.get('err_code')).not.toBe('0');
    });

    it('cancels a payment', async () => {
      const { launcher, navigate, storage } = simulator();
      await launcher.launch(links.pay('BACKDROP-ORDER'));

      fireEvent.click(backdrop());

      expect(screen.queryByRole('dialog')).toBeNull();
      expect(navigate).not.toHaveBeenCalled();
      await expect(createSimulatedBackend({ latencyMs: 0, storage }).verifyPayment({ imprestCode: 'BACKDROP-ORDER' })).resolves.toBe('failed');
    });

    it('cancels a share', async () => {
      const { launcher } = simulator();
      const channel = shareResults();
      await launcher.launch(links.share());

      fireEvent.click(backdrop());

      await vi.waitFor(() => expect(channel.results).toHaveLength(1));
      channel.stop();
      expect(channel.results[0]).toMatchObject({ result: { code: 400 } });
    });

    it('closes the chat window', async () => {
      const { launcher } = simulator();
      await launcher.launch(links.customerService());

      fireEvent.click(backdrop());

      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('does nothing when the click lands inside the sheet', async () => {
      const { launcher, navigate } = simulator();
      await launcher.launch(links.login());

      fireEvent.click(within(dialog()).getByRole('heading'));
      fireEvent.click(dialog());

      expect(dialog()).toBeTruthy();
      expect(navigate).not.toHaveBeenCalled();
    });
  });
});
