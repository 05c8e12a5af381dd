import { afterEach, describe, expect, it, vi } from 'vitest';
import { VVChatError, buildPayLink, type VVChatStorage } from '@vvchat/core';
import { createSimulatedBackend, createSimulator } from '@vvchat/simulator';
import { answerSheet } from '@vvchat/simulator/testing';
import { appId, dialog, ledgerKey, links, mapStorage, removeSheets, simulator } from './support';

afterEach(() => {
  vi.useRealTimers();
  removeSheets();
  localStorage.clear();
});

/** Opens a login sheet, allows it, and returns the code the simulator sent back. */
async function allowLogin(launcher: ReturnType<typeof simulator>['launcher'], navigate: ReturnType<typeof simulator>['navigate']) {
  navigate.mockClear();
  await launcher.launch(links.login());
  await answerSheet('approve', { name: '授权登录' });
  return new URL(navigate.mock.calls[0]![0]).searchParams.get('code')!;
}

/** Opens the pay sheet of `imprestCode` and answers it. */
async function answerPay(launcher: ReturnType<typeof simulator>['launcher'], imprestCode: string, pay: boolean) {
  await launcher.launch(buildPayLink({ appId, imprestCode, redirectUri: 'https://shop.example/paid' }));
  await answerSheet(pay ? 'approve' : 'deny', { name: 'QPay 支付' });
}

describe('createSimulatedBackend', () => {
  describe('exchangeCode', () => {
    it('exchanges a code the simulator issued for a profile, once', async () => {
      const { launcher, navigate, storage } = simulator();
      const backend = createSimulatedBackend({ latencyMs: 0, storage });
      const code = await allowLogin(launcher, navigate);

      const profile = await backend.exchangeCode(code);
      expect(profile).toEqual({ openId: expect.stringMatching(/^sim-/) as string, nickname: expect.stringMatching(/\S/) as string, avatarUrl: expect.any(String) as string });

      const again = backend.exchangeCode(code);
      await expect(again).rejects.toBeInstanceOf(VVChatError);
      await expect(again).rejects.toMatchObject({ code: 'exchange_failed' });
    });

    it('gives each code its own profile id', async () => {
      const { launcher, navigate, storage } = simulator();
      const backend = createSimulatedBackend({ latencyMs: 0, storage });
      const first = await backend.exchangeCode(await allowLogin(launcher, navigate));
      const second = await backend.exchangeCode(await allowLogin(launcher, navigate));
      expect(first.openId).not.toBe(second.openId);
    });

    it('rejects a code it never issued, and an empty one', async () => {
      const backend = createSimulatedBackend({ latencyMs: 0, storage: mapStorage() });
      await expect(backend.exchangeCode('SIMCODE0000000000000000')).rejects.toMatchObject({ code: 'exchange_failed' });
      await expect(backend.exchangeCode('')).rejects.toMatchObject({ code: 'exchange_failed' });
    });

    // `ledger.codes` is a plain object: `codes['constructor']` is `Object`, truthy and not `used`,
    // so the backend "exchanges" it, and `codes['__proto__'].used = true` writes Object.prototype.
    it.each(['constructor', 'toString', '__proto__'])('rejects %s, a name every object has, as a code it never issued', async (code) => {
      const backend = createSimulatedBackend({ latencyMs: 0, storage: mapStorage() });
      try {
        await expect(backend.exchangeCode(code)).rejects.toMatchObject({ code: 'exchange_failed' });
      } finally {
        const polluted = Object.hasOwn(Object.prototype, 'used');
        Reflect.deleteProperty(Object.prototype, 'used');
        Reflect.deleteProperty(Object, 'used');
        Reflect.deleteProperty(Reflect.get(Object.prototype, 'toString'), 'used');
        expect(polluted).toBe(false);
      }
    });

    it('issues no code on Deny', async () => {
      const { launcher, navigate, storage } = simulator();
      await launcher.launch(links.login());
      await answerSheet('deny', { name: '授权登录' });

      expect(new URL(navigate.mock.calls[0]![0]).searchParams.has('code')).toBe(false);
      const ledger = JSON.parse(storage.getItem(ledgerKey) ?? '{}') as { codes?: object };
      expect(Object.keys(ledger.codes ?? {})).toEqual([]);
    });
  });

  describe('createOrder', () => {
    it('returns a new imprestCode each time, that makes a valid pay link', async () => {
      const backend = createSimulatedBackend({ latencyMs: 0, storage: mapStorage() });
      const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => backend.createOrder({ amount: i })));

      const imprestCodes = codes.map((order) => order.imprestCode);
      expect(new Set(imprestCodes).size).toBe(20);
      for (const imprestCode of imprestCodes) {
        expect(imprestCode).toMatch(/\S/);
        expect(() => buildPayLink({ appId, imprestCode })).not.toThrow();
      }
    });

    it('takes no input at all', async () => {
      const backend = createSimulatedBackend({ latencyMs: 0, storage: mapStorage() });
      await expect(backend.createOrder()).resolves.toEqual({ imprestCode: expect.stringMatching(/\S/) as string });
    });
  });

  describe('verifyPayment', () => {
    it("says 'pending' before the simulator answered, 'paid' after Pay", async () => {
      const { launcher, storage } = simulator();
      const backend = createSimulatedBackend({ latencyMs: 0, storage });
      const { imprestCode } = await backend.createOrder({ amount: 12 });

      await expect(backend.verifyPayment({ imprestCode })).resolves.toBe('pending');
      await launcher.launch(buildPayLink({ appId, imprestCode }));
      expect(dialog()).toBeTruthy();
      await expect(backend.verifyPayment({ imprestCode })).resolves.toBe('pending');

      await answerSheet('approve', { name: 'QPay 支付' });
      await expect(backend.verifyPayment({ imprestCode })).resolves.toBe('paid');
    });

    it("says 'failed' after Cancel", async () => {
      const { launcher, storage } = simulator();
      const backend = createSimulatedBackend({ latencyMs: 0, storage });
      const { imprestCode } = await backend.createOrder();

      await answerPay(launcher, imprestCode, false);

      await expect(backend.verifyPayment({ imprestCode })).resolves.toBe('failed');
    });

    it("says 'paid' after a Pay that follows a Cancel (the user tried again)", async () => {
      const { launcher, storage } = simulator();
      const backend = createSimulatedBackend({ latencyMs: 0, storage });
      const { imprestCode } = await backend.createOrder();

      await answerPay(launcher, imprestCode, false);
      await answerPay(launcher, imprestCode, true);

      await expect(backend.verifyPayment({ imprestCode })).resolves.toBe('paid');
    });

    it('keeps a paid order paid when its pay sheet is opened again and cancelled', async () => {
      const { launcher, storage } = simulator();
      const backend = createSimulatedBackend({ latencyMs: 0, storage });
      const { imprestCode } = await backend.createOrder();

      await answerPay(launcher, imprestCode, true);
      await answerPay(launcher, imprestCode, false);

      await expect(backend.verifyPayment({ imprestCode })).resolves.toBe('paid');
    });

    it('says paid for one order only', async () => {
      const { launcher, storage } = simulator();
      const backend = createSimulatedBackend({ latencyMs: 0, storage });
      const paid = await backend.createOrder();
      const other = await backend.createOrder();

      await answerPay(launcher, paid.imprestCode, true);

      await expect(backend.verifyPayment(paid)).resolves.toBe('paid');
      await expect(backend.verifyPayment(other)).resolves.toBe('pending');
    });

    it("says 'pending' for an order nobody created", async () => {
      const backend = createSimulatedBackend({ latencyMs: 0, storage: mapStorage() });
      await expect(backend.verifyPayment({ imprestCode: 'NOBODY', tradeNo: 'FORGED' })).resolves.toBe('pending');
    });

    it("says 'pending' for an order named like an Object.prototype member", async () => {
      const backend = createSimulatedBackend({ latencyMs: 0, storage: mapStorage() });
      await expect(backend.verifyPayment({ imprestCode: 'constructor' })).resolves.toBe('pending');
    });
  });

  describe('the ledger', () => {
    it('is shared through the storage option and survives a page load', async () => {
      const storage = mapStorage();
      const navigate = vi.fn<(url: string) => void>();

      // Page 1: create the order and open the pay sheet.
      const order = await createSimulatedBackend({ latencyMs: 0, storage }).createOrder({ amount: 12 });
      await createSimulator({ latencyMs: 0, storage, navigate }).launch(buildPayLink({ appId, imprestCode: order.imprestCode, redirectUri: 'https://shop.example/paid' }));
      expect(dialog().textContent).toContain('¥12.00');
      await answerSheet('approve', { name: 'QPay 支付' });
      removeSheets();

      // Page 2 (redirect_uri): new objects, the same storage.
      await expect(createSimulatedBackend({ latencyMs: 0, storage }).verifyPayment(order)).resolves.toBe('paid');

      // Login across a page load too.
      await createSimulator({ latencyMs: 0, storage, navigate }).launch(links.login());
      await answerSheet('approve', { name: '授权登录' });
      const code = new URL(navigate.mock.calls[1]![0]).searchParams.get('code')!;
      removeSheets();
      const pageThree = createSimulatedBackend({ latencyMs: 0, storage });
      await expect(pageThree.exchangeCode(code)).resolves.toMatchObject({ openId: expect.any(String) as string });
      await expect(createSimulatedBackend({ latencyMs: 0, storage }).exchangeCode(code)).rejects.toMatchObject({ code: 'exchange_failed' });
    });

    it('is not shared with a backend on another storage', async () => {
      const { launcher, navigate } = simulator();
      const code = await allowLogin(launcher, navigate);
      await expect(createSimulatedBackend({ latencyMs: 0, storage: mapStorage() }).exchangeCode(code)).rejects.toMatchObject({ code: 'exchange_failed' });
    });

    it('defaults to localStorage on both sides', async () => {
      const navigate = vi.fn<(url: string) => void>();
      await createSimulator({ latencyMs: 0, navigate }).launch(links.login());
      await answerSheet('approve', { name: '授权登录' });
      const code = new URL(navigate.mock.calls[0]![0]).searchParams.get('code')!;

      expect(localStorage.getItem(ledgerKey)).toContain(code);
      await expect(createSimulatedBackend({ latencyMs: 0 }).exchangeCode(code)).resolves.toMatchObject({ openId: expect.any(String) as string });
    });

    it('starts afresh from a corrupt ledger instead of throwing', async () => {
      const storage = mapStorage();
      storage.setItem(ledgerKey, '{not json');
      const { launcher, navigate } = simulator({ storage });

      const code = await allowLogin(launcher, navigate);

      await expect(createSimulatedBackend({ latencyMs: 0, storage }).exchangeCode(code)).resolves.toMatchObject({ openId: expect.any(String) as string });
    });

    it('keeps working on memory when the storage throws', async () => {
      const broken: VVChatStorage = {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
        removeItem: () => {
          throw new Error('SecurityError');
        },
      };
      const { launcher, navigate } = simulator({ storage: broken });
      const backend = createSimulatedBackend({ latencyMs: 0, storage: broken });

      const code = await allowLogin(launcher, navigate);
      await expect(backend.exchangeCode(code)).resolves.toMatchObject({ openId: expect.any(String) as string });
      const order = await backend.createOrder();
      await answerPay(launcher, order.imprestCode, true);
      await expect(backend.verifyPayment(order)).resolves.toBe('paid');
    });
  });

  describe('latencyMs', () => {
    it('answers each call after latencyMs, 200 ms by default', async () => {
      vi.useFakeTimers();
      const backend = createSimulatedBackend({ storage: mapStorage() });
      let order: { imprestCode: string } | undefined;
      void backend.createOrder().then((created) => (order = created));

      await vi.advanceTimersByTimeAsync(199);
      expect(order).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(order?.imprestCode).toMatch(/\S/);

      let verdict: string | undefined;
      void createSimulatedBackend({ latencyMs: 1000, storage: mapStorage() }).verifyPayment(order!).then((v) => (verdict = v));
      await vi.advanceTimersByTimeAsync(999);
      expect(verdict).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(verdict).toBe('pending');
    });
  });
});
