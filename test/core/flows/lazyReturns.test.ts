import { expect, it, vi } from 'vitest';
import { createLoginFlow } from '../../../packages/core/src/flows/loginFlow';
import { createPayFlow } from '../../../packages/core/src/flows/payFlow';
import { parseDeepLink } from '../../../packages/core/src/links/parseDeepLink';
import type { FlowConfig } from '../../../packages/core/src/flows/flowConfig';
import type { LaunchResult } from '../../../packages/core/src/launch/launch';
import { fakeStorage } from '../../support/storage';

/**
 * The return modules (the login's: reads a callback, uses its state up, exchanges the code; the
 * payment's: verifies a payment that came back) count their evaluations (and, in the offline
 * tests, cannot be loaded). Nothing in this file imports them (nor ./support, which loads them
 * ahead for the other tests): the flows' `import()` is the only way in. The flows come from the
 * source, in the core-dist project too.
 */
const loads = vi.hoisted(() => ({ count: 0, pay: 0 }));
vi.mock('../../../packages/core/src/flows/loginReturn', async (importOriginal) => {
  loads.count++;
  return importOriginal();
});
vi.mock('../../../packages/core/src/flows/payReturn', async (importOriginal) => {
  loads.pay++;
  return importOriginal();
});

const appId = 'test-app';
const redirectUri = 'https://shop.example/callback?from=cart';
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A page's config whose launcher says the app opened, and the login state of each link it launched. */
function pageOf(storage = fakeStorage()) {
  const states: string[] = [];
  const launcher = {
    launch: (link: string): Promise<LaunchResult> => {
      const parsed = parseDeepLink(link);
      if (parsed.action === 'login' && parsed.state) states.push(parsed.state);
      return Promise.resolve({ outcome: 'opened', elapsedMs: 0 });
    },
  };
  const config: FlowConfig = { appId, launcher, storage, replaceUrl: () => undefined };
  return { config, states, storage };
}

it("loads the login return only on a page whose address holds this app's callback", async () => {
  const { config, states, storage } = pageOf();
  const flow = createLoginFlow();
  // Pages without one: none, a page's own ?state=&code=, another provider's, a pay return, a started login.
  for (const url of [redirectUri, 'https://shop.example/stores?state=CA&code=SUMMER', 'https://shop.example/cb?code=GH&state=csrf-1', 'https://shop.example/?trade_no=T-1']) {
    flow.resume(url, config);
  }
  flow.start({ redirectUri }, config);
  await flush();
  expect(loads.count).toBe(0);

  // The page the app opened: loaded once, and the login finishes.
  const back = createLoginFlow();
  back.resume(`${redirectUri}&code=CODE&state=${states[0]}`, pageOf(storage).config);
  await vi.waitFor(() => expect(back.get()).toMatchObject({ status: 'success', data: { code: 'CODE' } }));
  expect(loads.count).toBe(1);
});

it('ends the login in exchange_failed when its return cannot be loaded (offline), without an unhandled rejection', async () => {
  // A fresh page (the flows' modules and their cache of loaded chunks anew) whose chunk is offline.
  vi.resetModules();
  vi.doMock('../../../packages/core/src/flows/loginReturn', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  const { createLoginFlow } = await import('../../../packages/core/src/flows/loginFlow');
  const { config, states, storage } = pageOf();
  createLoginFlow().start({ redirectUri }, config);
  await flush();
  const back = createLoginFlow();
  const exchange = vi.fn(() => ({ name: 'Tester' }));
  back.register(() => exchange);
  back.resume(`${redirectUri}&code=CODE&state=${states[0]}`, pageOf(storage).config);
  await vi.waitFor(() => expect(back.get()).toMatchObject({ status: 'error', error: { code: 'exchange_failed' } }));
  expect(exchange).not.toHaveBeenCalled();
  // Nothing read the callback: its state is still stored (another tab that opened the same
  // callback can still finish the login).
  expect(storage.dump()).toContain(states[0]);
});

/** A page's pay config whose launcher says the app opened, over `storage`. */
function payPage(storage = fakeStorage()) {
  const launcher = { launch: (): Promise<LaunchResult> => Promise.resolve({ outcome: 'opened', elapsedMs: 0 }) };
  const config: FlowConfig = { appId, launcher, storage, replaceUrl: () => undefined };
  return { config, storage };
}

it('loads the pay return only once a payment launches (fetched while the app is open) or comes back', async () => {
  const { config, storage } = payPage();
  const flow = createPayFlow();
  flow.register(() => ({ verifyPayment: () => Promise.resolve('paid') }));
  // A page without a stored order, or with a trade_no but no order of its own: nothing loaded.
  flow.resume(redirectUri, config);
  flow.resume(`${redirectUri}&trade_no=T-FORGED`, config);
  await flush();
  expect(loads.pay).toBe(0);

  // A payment launched: fetched while the user is in the app, once.
  flow.pay(() => 'ORDER-1', { redirectUri, config, canNavigate: () => true });
  await vi.waitFor(() => expect(flow.get().status).toBe('ready'));
  expect(loads.pay).toBe(1);

  // The page the app opened with the trade_no: verified, paid, nothing loaded again.
  const back = createPayFlow();
  back.register(() => ({ verifyPayment: () => Promise.resolve('paid') }));
  back.resume(`${redirectUri}&trade_no=T-1`, payPage(storage).config);
  await vi.waitFor(() => expect(back.get()).toMatchObject({ status: 'paid', imprestCode: 'ORDER-1', tradeNo: 'T-1' }));
  expect(loads.pay).toBe(1);
});

it('ends a payment that came back in payment_unverified when its return cannot be loaded (offline), the order and trade_no kept', async () => {
  vi.resetModules();
  vi.doMock('../../../packages/core/src/flows/payReturn', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  const { createPayFlow } = await import('../../../packages/core/src/flows/payFlow');
  const { config, storage } = payPage();
  const flow = createPayFlow();
  const verifyPayment = vi.fn(() => Promise.resolve('paid'));
  flow.register(() => ({ verifyPayment }));
  flow.pay(() => 'ORDER-1', { redirectUri, config, canNavigate: () => true });
  await vi.waitFor(() => expect(flow.get().status).toBe('ready'));
  flow.resume(`${redirectUri}&trade_no=T-1`, config);
  await vi.waitFor(() => expect(flow.get()).toMatchObject({ status: 'error', error: { code: 'payment_unverified' }, imprestCode: 'ORDER-1', tradeNo: 'T-1' }));
  expect(verifyPayment).not.toHaveBeenCalled();
  // Kept for the page shown again, or a later visit, to ask again (never to pay again).
  expect(JSON.parse(storage.map.get('vvchat:qpay-order')!)).toMatchObject({ imprestCode: 'ORDER-1', tradeNo: 'T-1', unverified: true });
});

it("ends a verification whose chunk stalls (a fetch that never answers) in payment_unverified after the verifier's timeout", async () => {
  vi.resetModules();
  vi.doMock('../../../packages/core/src/flows/payReturn', () => new Promise(() => undefined));
  const { createPayFlow } = await import('../../../packages/core/src/flows/payFlow');
  const { config, storage } = payPage();
  // An order whose verification timed out before: the next visit asks again (verifying at once).
  storage.map.set('vvchat:qpay-order', JSON.stringify({ imprestCode: 'ORDER-1', startedAt: Date.now(), unverified: true }));
  const flow = createPayFlow();
  const verifyPayment = vi.fn(() => Promise.resolve('paid'));
  flow.register(() => ({ verifyPayment, timeoutMs: 100 }));
  flow.resume(redirectUri, config);
  expect(flow.get().status).toBe('verifying');
  await vi.waitFor(() => expect(flow.get()).toMatchObject({ status: 'error', error: { code: 'payment_unverified' }, imprestCode: 'ORDER-1' }));
  expect(verifyPayment).not.toHaveBeenCalled();
});
