import { describe, expect, it } from 'vitest';
import { createCustomerServiceFlow, type CustomerServiceStatus } from '@vvchat/core';
import { configOf, errorOf, fakeLauncher, flush, manualLauncher } from './support';

function setup() {
  const launcher = manualLauncher();
  const config = configOf(launcher);
  const flow = createCustomerServiceFlow();
  return { launcher, flow, config, open: (openId: unknown = 'OPEN-1') => flow.open(openId as string, config) };
}

describe('createCustomerServiceFlow', () => {
  it("starts in 'idle'", () => {
    expect(createCustomerServiceFlow().get()).toEqual({ status: 'idle' });
  });

  it('calls the launcher with qyx://openSessionView?open_id=… before open() returns', () => {
    const launcher = fakeLauncher();
    createCustomerServiceFlow().open('gh_1234/客服 &x', configOf(launcher));
    expect(launcher.launch).toHaveBeenCalledTimes(1);
    expect(launcher.launch.mock.calls[0]![0]).toBe(`qyx://openSessionView?open_id=${encodeURIComponent('gh_1234/客服 &x')}`);
  });

  it("moves to 'launching' with the link and config, then 'opened' once the app opened", async () => {
    const { launcher, flow, open, config } = setup();
    const seen: CustomerServiceStatus[] = [];
    flow.subscribe((state) => seen.push(state.status));
    open();
    expect(flow.get()).toEqual({ status: 'launching', link: 'qyx://openSessionView?open_id=OPEN-1', config });
    launcher.answer('opened');
    await flush();
    expect(flow.get()).toEqual({ status: 'opened' });
    expect(seen).toEqual(['launching', 'opened']);
  });

  it("goes back to 'idle' when the launch outcome is 'unknown' (left in doubt: a tap tries again)", async () => {
    const launcher = fakeLauncher('unknown');
    const flow = createCustomerServiceFlow();
    flow.open('OPEN-1', configOf(launcher));
    await flush();
    expect(flow.get()).toEqual({ status: 'idle' });
    flow.open('OPEN-1', configOf(launcher));
    expect(launcher.launch).toHaveBeenCalledTimes(2);
  });

  it.each([[''], ['   '], [undefined], [null], [42]])("ends the openId %j in 'error' invalid_option without launching", (openId) => {
    const launcher = fakeLauncher();
    const flow = createCustomerServiceFlow();
    expect(() => {
      flow.open(openId as string, configOf(launcher));
    }).not.toThrow();
    const error = errorOf(flow.get());
    expect(error.code).toBe('invalid_option');
    expect(error.message).toContain('openId');
    expect(flow.get()).toEqual({ status: 'error', error });
    expect(launcher.launch).not.toHaveBeenCalled();
  });

  it("ends not-opened in 'error' not_opened", async () => {
    const flow = createCustomerServiceFlow();
    flow.open('OPEN-1', configOf(fakeLauncher('not-opened')));
    await flush();
    expect(errorOf(flow.get()).code).toBe('not_opened');
  });

  it('launches once while a launch is under way', () => {
    const { launcher, flow, open } = setup();
    open();
    const before = flow.get();
    open();
    open('');
    expect(flow.get()).toBe(before);
    expect(launcher.launch).toHaveBeenCalledTimes(1);
  });

  it('opens again after opened or error', async () => {
    const launcher = fakeLauncher('not-opened');
    const flow = createCustomerServiceFlow();
    const config = configOf(launcher);
    flow.open('OPEN-1', config);
    await flush();
    expect(flow.get().status).toBe('error');
    launcher.launch.mockResolvedValue({ outcome: 'opened', elapsedMs: 0 });
    flow.open('OPEN-1', config);
    await flush();
    expect(flow.get().status).toBe('opened');
    flow.open('OPEN-1', config);
    expect(flow.get().status).toBe('launching');
    expect(launcher.launch).toHaveBeenCalledTimes(3);
  });

  it("goes back to 'idle' on reset from opened and error", async () => {
    const { launcher, flow, open } = setup();
    open();
    launcher.answer('opened');
    await flush();
    const reset = () => flow.reset();
    reset();
    expect(flow.get()).toEqual({ status: 'idle' });
    open('');
    expect(flow.get().status).toBe('error');
    reset();
    expect(flow.get()).toEqual({ status: 'idle' });
  });
});
