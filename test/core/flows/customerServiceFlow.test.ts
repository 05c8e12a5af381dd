import { describe, expect, it } from 'vitest';
import { createCustomerServiceFlow, type CustomerServiceStatus } from '@vvchat/core';
import { contextOf, errorOf, fakeLauncher, flush, manualLauncher } from './support';

function setup() {
  const launcher = manualLauncher();
  const flow = createCustomerServiceFlow(contextOf(launcher));
  return { launcher, flow };
}

describe('createCustomerServiceFlow', () => {
  it("starts in 'idle'", () => {
    expect(setup().flow.get()).toEqual({ status: 'idle' });
  });

  it('calls the launcher with qyx://openSessionView?open_id=… before open() returns', () => {
    const launcher = fakeLauncher();
    createCustomerServiceFlow(contextOf(launcher)).open('gh_1234/客服 &x');
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.launch.mock.calls[0]![0]).toBe(`qyx://openSessionView?open_id=${encodeURIComponent('gh_1234/客服 &x')}`);
  });

  it("moves to 'launching', then 'opened' once the app opened", async () => {
    const { launcher, flow } = setup();
    const seen: CustomerServiceStatus[] = [];
    flow.subscribe((state) => seen.push(state.status));
    flow.open('OPEN-1');
    expect(flow.get()).toEqual({ status: 'launching' });
    launcher.answer('opened');
    await flush();
    expect(flow.get()).toEqual({ status: 'opened' });
    expect(seen).toEqual(['launching', 'opened']);
  });

  it("also ends in 'opened' when the launch outcome is 'unknown'", async () => {
    const flow = createCustomerServiceFlow(contextOf(fakeLauncher('unknown')));
    flow.open('OPEN-1');
    await flush();
    expect(flow.get()).toEqual({ status: 'opened' });
  });

  it.each([[''], ['   '], [undefined], [null], [42]])("ends the openId %j in 'error' invalid_option without launching", (openId) => {
    const launcher = fakeLauncher();
    const flow = createCustomerServiceFlow(contextOf(launcher));
    expect(() => {
      flow.open(openId as string);
    }).not.toThrow();
    expect(flow.get().status).toBe('error');
    const error = errorOf(flow.get());
    expect(error.code).toBe('invalid_option');
    expect(error.message).toContain('openId');
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it("ends not-opened in 'error' not_opened", async () => {
    const flow = createCustomerServiceFlow(contextOf(fakeLauncher('not-opened')));
    flow.open('OPEN-1');
    await flush();
    expect(flow.get().status).toBe('error');
    expect(errorOf(flow.get()).code).toBe('not_opened');
  });

  it('launches once while a launch is under way', () => {
    const { launcher, flow } = setup();
    flow.open('OPEN-1');
    flow.open('OPEN-1');
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it('opens again after opened or error', async () => {
    const launcher = fakeLauncher('not-opened');
    const flow = createCustomerServiceFlow(contextOf(launcher));
    flow.open('OPEN-1');
    await flush();
    expect(flow.get().status).toBe('error');
    launcher.launch.mockResolvedValue({ outcome: 'opened', elapsedMs: 0 });
    flow.open('OPEN-1');
    await flush();
    expect(flow.get().status).toBe('opened');
    flow.open('OPEN-1');
    expect(flow.get().status).toBe('launching');
    expect(launcher.launch).toHaveBeenCalledTimes(3);
  });

  it("goes back to 'idle' on reset from opened and error", async () => {
    const { launcher, flow } = setup();
    flow.open('OPEN-1');
    launcher.answer('opened');
    await flush();
    const reset = () => flow.reset();
    reset();
    expect(flow.get()).toEqual({ status: 'idle' });
    flow.open('');
    expect(flow.get().status).toBe('error');
    reset();
    expect(flow.get()).toEqual({ status: 'idle' });
  });
});
