import { expect, it, vi } from 'vitest';
import { createLoginFlow } from '../../../packages/core/src/flows/loginFlow';
import { parseDeepLink } from '../../../packages/core/src/links/parseDeepLink';
import type { FlowConfig } from '../../../packages/core/src/flows/flowConfig';
import type { LaunchResult } from '../../../packages/core/src/launch/launch';
import { fakeStorage } from '../../support/storage';

/**
 * The login return's module (what reads a callback, uses its state up and exchanges the code)
 * counts its evaluations (and, in the last test, cannot be loaded: a chunk that is offline). Nothing in
 * this file imports it (nor ./support, which loads it ahead for the other tests): the flow's
 * `import()` is the only way in. The flows come from the source, in the core-dist project too.
 */
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../packages/core/src/flows/loginReturn', async (importOriginal) => {
  loads.count++;
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
  // The state was not used up: nothing read the callback.
  expect(storage.dump()).toContain(states[0]);
});
