// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { VVChatError, buildLoginLink, buildPayLink } from '@vvchat/core';
import { createSimulatedBackend, createSimulator } from '@vvchat/simulator';
import { mapStorage } from './support';

describe('outside a browser', () => {
  it('imports without a window or a document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(typeof createSimulator).toBe('function');
  });

  it('launch rejects with VVChatError no_browser, and navigates nowhere', async () => {
    const navigate = vi.fn();
    const launcher = createSimulator({ latencyMs: 0, storage: mapStorage(), navigate });
    const link = buildLoginLink({ appId: 'demo', redirectUri: 'https://shop.example/return', state: 's' });

    const launched = launcher.launch(link);

    await expect(launched).rejects.toBeInstanceOf(VVChatError);
    await expect(launched).rejects.toMatchObject({ code: 'no_browser' });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('rejects no_browser at once, without waiting latencyMs', async () => {
    vi.useFakeTimers();
    try {
      const launched = createSimulator({ notInstalled: true }).launch('qyx://unknown?x=1');
      await expect(launched).rejects.toMatchObject({ code: 'no_browser' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('the simulated backend still runs (e.g. in a server-side demo)', async () => {
    const storage = mapStorage();
    const backend = createSimulatedBackend({ latencyMs: 0, storage });
    const { imprestCode } = await backend.createOrder({ amount: 1 });

    expect(buildPayLink({ appId: 'demo', imprestCode })).toContain(imprestCode);
    await expect(backend.verifyPayment({ imprestCode })).resolves.toBe('pending');
    await expect(backend.exchangeCode('SIMCODE-unknown')).rejects.toMatchObject({ code: 'exchange_failed' });
  });

  it('the simulated backend keeps its ledger in memory without a storage', async () => {
    const backend = createSimulatedBackend({ latencyMs: 0 });
    const { imprestCode } = await backend.createOrder();
    await expect(backend.verifyPayment({ imprestCode })).resolves.toBe('pending');
  });
});
