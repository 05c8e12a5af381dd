import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createLoginFlow } from '../../../packages/core/src/flows/loginFlow';
import { createPayFlow } from '../../../packages/core/src/flows/payFlow';
import { configOf, fakeStorage, flush, loginCallback, manualLauncher, redirectUri, stateOf, stubPage } from './support';

/**
 * The tab channel's module counts its evaluations (and, with `fail`, cannot be loaded, as a chunk
 * that is offline). Nothing in this file imports it: the flows' `import()` is the only way in. The
 * flows come from the source, so the core-dist project runs this file against the source too.
 */
const loads = vi.hoisted(() => ({ count: 0, fail: false }));
vi.mock('../../../packages/core/src/flows/tabChannel', async (importOriginal) => {
  loads.count++;
  if (loads.fail) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

beforeEach(() => stubPage());
afterEach(() => vi.unstubAllGlobals());

it('loads the tab channel only once a login or payment starts, once for every flow of the page', async () => {
  const login = createLoginFlow();
  const pay = createPayFlow();
  const launcher = manualLauncher();
  const config = configOf(launcher, fakeStorage());
  // A page that only shows the buttons, or opens without a callback of its own: nothing loaded.
  login.resume('https://shop.example/cart?state=CA&code=42', config);
  pay.resume('https://shop.example/cart', config);
  await flush();
  expect(loads.count).toBe(0);

  login.start({ redirectUri }, config);
  // The launch is not held up by it: the link went out in the tap.
  expect(launcher.launch).toHaveBeenCalledTimes(1);
  await vi.waitFor(() => expect(loads.count).toBe(1));
  pay.pay(() => 'IMPREST-1', { redirectUri, config, canNavigate: () => true });
  await flush();
  expect(loads.count).toBe(1);
});

it('finishes a login in a tab whose tab channel cannot be loaded (offline), without an unhandled rejection', async () => {
  loads.fail = true;
  const storage = fakeStorage();
  const launcher = manualLauncher();
  const config = configOf(launcher, storage);
  createLoginFlow().start({ redirectUri }, config);
  const state = stateOf(launcher.launch.mock.calls[0]![0]);

  // The page the app opened: a new flow reads the callback, exchanges once, and succeeds.
  const back = createLoginFlow<{ name: string }>();
  const exchange = vi.fn(() => ({ name: 'Tester' }));
  back.register(() => exchange);
  back.resume(loginCallback(redirectUri, { code: 'CODE', state }), config);
  await vi.waitFor(() => expect(back.get()).toMatchObject({ status: 'success', data: { name: 'Tester' } }));
  expect(exchange).toHaveBeenCalledTimes(1);
  expect(loads.count).toBeGreaterThanOrEqual(1);
});
