import { fireEvent } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VVChatError, buildPayLink } from '@vvchat/core';
import { createSimulatedBackend, createSimulator, type SimulatedBackendOptions, type SimulatorOptions } from '@vvchat/simulator';
import { appId, button, links, mapStorage, removeSheets, shareResults, simulator } from './support';

afterEach(() => {
  vi.useRealTimers();
  removeSheets();
});

/** Resolves after `ms` real milliseconds, to check that something did NOT happen. */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records `document.visibilityState` at each `visibilitychange` until `stop()`. */
function watchVisibility() {
  const seen: string[] = [];
  const record = () => seen.push(document.visibilityState);
  document.addEventListener('visibilitychange', record);
  return { stop: () => (document.removeEventListener('visibilitychange', record), seen) };
}

describe("shareResult 'never': a share whose result never arrives", () => {
  it.each(['分享', '取消'])('posts no result after %s, and the page is shown again all the same', async (label) => {
    const { launcher } = simulator({ shareResult: 'never' });
    const channel = shareResults();
    const seen = watchVisibility();
    await launcher.launch(links.share());

    fireEvent.click(button(label));

    await vi.waitFor(() => expect(document.visibilityState).toBe('visible'));
    expect(seen.stop()).toEqual(['hidden', 'visible']);
    await sleep(50);
    channel.stop();
    expect(channel.results).toEqual([]);
  });

  it('posts none with autoAnswer either', async () => {
    vi.useFakeTimers();
    const { launcher } = simulator({ shareResult: 'never', autoAnswer: 'approve', latencyMs: 100 });
    const channel = shareResults();
    void launcher.launch(links.share());

    await vi.advanceTimersByTimeAsync(5000);

    channel.stop();
    expect(channel.results).toEqual([]);
    expect(document.querySelector('[role=dialog]')).toBeNull();
  });

  it("still answers logins and payments as with the default 'message'", async () => {
    const { launcher, navigate } = simulator({ shareResult: 'never' });
    await launcher.launch(links.login('state-1'));
    fireEvent.click(button('允许'));
    expect(new URL(navigate.mock.calls[0]![0]).searchParams.get('state')).toBe('state-1');
  });

  it("defaults to 'message': the result is posted to the page, from the page's own origin", async () => {
    const { launcher } = simulator();
    const origins: string[] = [];
    const listener = (event: MessageEvent) => origins.push(event.origin);
    window.addEventListener('message', listener);
    const channel = shareResults();
    await launcher.launch(links.share());

    fireEvent.click(button('分享'));

    await vi.waitFor(() => expect(channel.results).toEqual([{ type: 'vvchat:share-result', result: { code: 200 } }]));
    channel.stop();
    window.removeEventListener('message', listener);
    // jsdom's own postMessage leaves `origin` empty, which the SDK's default channel rightly ignores.
    expect(origins).toEqual([location.origin]);
  });

  it.each([['sometimes'], [false], [null], ['']])('throws invalid_option for shareResult %j, naming the option and the value', (value) => {
    const create = () => createSimulator({ shareResult: value as SimulatorOptions['shareResult'], storage: mapStorage() });
    expect(create).toThrow(VVChatError);
    expect(create).toThrow(expect.objectContaining({ code: 'invalid_option', message: expect.stringMatching(/^shareResult must be 'message' or 'never'; got /) as string }));
  });
});

describe("cancelledPayment 'pending': a cancelled payment the backend cannot tell from an unpaid one", () => {
  /** Opens the pay sheet of a new order, answers it, and returns what verifyPayment says then. */
  async function verdictAfter(label: '确认支付' | '取消', options: SimulatedBackendOptions = {}) {
    const { launcher, storage } = simulator();
    const backend = createSimulatedBackend({ latencyMs: 0, storage, ...options });
    const order = await backend.createOrder({ amount: 12 });
    await launcher.launch(buildPayLink({ appId, imprestCode: order.imprestCode, redirectUri: 'https://shop.example/paid' }));
    fireEvent.click(button(label));
    return backend.verifyPayment(order);
  }

  it("says 'pending' after Cancel, as a backend that only hears of completed payments does", async () => {
    await expect(verdictAfter('取消', { cancelledPayment: 'pending' })).resolves.toBe('pending');
  });

  it("still says 'paid' after Pay", async () => {
    await expect(verdictAfter('确认支付', { cancelledPayment: 'pending' })).resolves.toBe('paid');
  });

  it("defaults to 'failed' after Cancel", async () => {
    await expect(verdictAfter('取消')).resolves.toBe('failed');
    await expect(verdictAfter('取消', { cancelledPayment: 'failed' })).resolves.toBe('failed');
  });

  it('keeps the cancel in the ledger: a backend on the same storage with the default says failed', async () => {
    const { launcher, storage } = simulator();
    const pending = createSimulatedBackend({ latencyMs: 0, storage, cancelledPayment: 'pending' });
    const order = await pending.createOrder();
    await launcher.launch(buildPayLink({ appId, imprestCode: order.imprestCode }));
    fireEvent.click(button('取消'));

    await expect(pending.verifyPayment(order)).resolves.toBe('pending');
    await expect(createSimulatedBackend({ latencyMs: 0, storage }).verifyPayment(order)).resolves.toBe('failed');
  });

  it.each([['cancelled'], ['paid'], [0], [null]])('throws invalid_option for cancelledPayment %j, naming the option and the value', (value) => {
    const create = () => createSimulatedBackend({ cancelledPayment: value as SimulatedBackendOptions['cancelledPayment'], storage: mapStorage() });
    expect(create).toThrow(VVChatError);
    expect(create).toThrow(expect.objectContaining({ code: 'invalid_option', message: expect.stringMatching(/^cancelledPayment must be 'failed' or 'pending'; got /) as string }));
  });
});
