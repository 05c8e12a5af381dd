import { fireEvent, screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulatedBackend } from '@vvchat/simulator';
import { links, press, removeSheets, simulator } from './support';

afterEach(removeSheets);

/**
 * What happens today when a second link is launched while a sheet is open: the simulator does
 * not refuse it (the browser launcher's `launch_pending` has no equivalent here); it stacks a
 * second sheet on top of the first, which stays open and answerable. Each sheet answers for its
 * own link, and Escape only reaches the sheet that has the focus.
 */
describe('several sheets', () => {
  it('stacks a second sheet over the first, with the focus in the newer one', async () => {
    const { launcher } = simulator();
    await launcher.launch(links.login());

    await expect(launcher.launch(links.pay('SECOND'))).resolves.toMatchObject({ outcome: 'opened' });

    const sheets = screen.getAllByRole('dialog');
    expect(sheets.map((sheet) => sheet.getAttribute('data-sheet'))).toEqual(['login', 'pay']);
    expect(screen.getByRole('dialog', { name: '授权登录' })).toBeTruthy();
    expect(document.activeElement).toBe(within(screen.getByRole('dialog', { name: 'QPay 支付' })).getByRole('button', { name: '确认支付' }));
    // Each sheet is named by its own heading.
    const labels = sheets.map((sheet) => sheet.getAttribute('aria-labelledby'));
    expect(new Set(labels).size).toBe(2);
  });

  it('answers each sheet for its own link, and gives the focus back to the sheet below', async () => {
    const { launcher, navigate, storage } = simulator();
    await launcher.launch(links.login('first-state'));
    await launcher.launch(links.pay('SECOND'));
    const allow = within(screen.getByRole('dialog', { name: '授权登录' })).getByRole('button', { name: '允许' });

    fireEvent.click(within(screen.getByRole('dialog', { name: 'QPay 支付' })).getByRole('button', { name: '确认支付' }));

    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(document.activeElement).toBe(allow);
    expect(new URL(navigate.mock.calls[0]![0]).searchParams.get('trade_no')).toMatch(/\S/);
    await expect(createSimulatedBackend({ latencyMs: 0, storage }).verifyPayment({ imprestCode: 'SECOND' })).resolves.toBe('paid');

    fireEvent.click(allow);

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(navigate).toHaveBeenCalledTimes(2);
    expect(new URL(navigate.mock.calls[1]![0]).searchParams.get('state')).toBe('first-state');
  });

  it('closes only the top sheet on Escape', async () => {
    const { launcher, navigate } = simulator();
    await launcher.launch(links.customerService());
    await launcher.launch(links.share());

    press('Escape');

    expect(screen.getAllByRole('dialog').map((sheet) => sheet.getAttribute('data-sheet'))).toEqual(['customer-service']);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('opens the same link twice as two sheets, without crashing', async () => {
    const { launcher } = simulator();
    const both = await Promise.all([launcher.launch(links.login()), launcher.launch(links.login())]);
    expect(both.map((result) => result.outcome)).toEqual(['opened', 'opened']);
    expect(screen.getAllByRole('dialog', { name: '授权登录' })).toHaveLength(2);
  });

  it('injects its styles once, however many sheets it opened', async () => {
    document.getElementById('vvchat-simulator-styles')?.remove();
    const { launcher } = simulator();
    await launcher.launch(links.login());
    await launcher.launch(links.pay());
    fireEvent.click(within(screen.getByRole('dialog', { name: 'QPay 支付' })).getByRole('button', { name: '取消' }));
    await simulator({ notInstalled: true }).launcher.launch(links.share());
    await launcher.launch('not a link');

    const styles = document.querySelectorAll('#vvchat-simulator-styles');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.parentElement).toBe(document.head);
    expect(styles[0]!.tagName).toBe('STYLE');
    expect(styles[0]!.textContent).toContain('.vvchat-sim');
  });

  it('touches no DOM before the first launch', async () => {
    document.getElementById('vvchat-simulator-styles')?.remove();
    const { launcher } = simulator();
    expect(document.getElementById('vvchat-simulator-styles')).toBeNull();
    expect(document.body.childElementCount).toBe(0);
    await launcher.launch(links.login());
    expect(document.getElementById('vvchat-simulator-styles')).not.toBeNull();
  });
});
