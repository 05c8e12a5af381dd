import type { TabMessage } from '../../../packages/core/src/flows/tabChannel';
import { report } from './report';

/**
 * One tab of the shop's origin, for packages/core/src/flows/tabChannel.ts and withLock.ts: open two or
 * more.
 * Query: `broadcast=off` deletes `window.BroadcastChannel` before the module loads, so the page
 * channel falls back to the `storage` event.
 *
 * Reports `ready` ({ broadcastChannel, locks }: the typeof each, once subscribed), then `message`
 * ({ message }) for each message from another tab. `window.tabs` holds:
 * - `post(message)`: posts on the page channel,
 * - `lock(name, holdMs)`: `withLock(name, task)` whose task holds the lock `holdMs`; reports and
 *   resolves with `{ requestedAt, startedAt, endedAt, held, pending }`: times on one clock for
 *   every page (`performance.timeOrigin + performance.now()`), and the origin's held and pending
 *   requests of `name` halfway through the task (`navigator.locks.query()`).
 */
const params = new URLSearchParams(location.search);
if (params.get('broadcast') === 'off') Reflect.deleteProperty(window, 'BroadcastChannel');
const [{ tabChannel }, { withLock }] = await Promise.all([
  import('../../../packages/core/src/flows/tabChannel'),
  import('../../../packages/core/src/flows/withLock'),
]);

const channel = tabChannel();
channel.subscribe((message) => report('message', { message }));

/** Milliseconds since the epoch, at `performance.now()`'s resolution: comparable across pages. */
const now = () => performance.timeOrigin + performance.now();

const tabs = {
  post(message: TabMessage): void {
    channel.post(message);
  },
  async lock(name: string, holdMs: number) {
    const requestedAt = now();
    const interval = await withLock(name, async () => {
      const startedAt = now();
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      await sleep(holdMs / 2); // by then, the other tab's request has come in
      const { held = [], pending = [] } = await navigator.locks.query();
      await sleep(holdMs / 2);
      return {
        requestedAt,
        startedAt,
        endedAt: now(),
        held: held.filter((lock) => lock.name === name).length,
        pending: pending.filter((lock) => lock.name === name).length,
      };
    });
    report('locked', interval);
    return interval;
  },
};

declare global {
  interface Window {
    tabs: typeof tabs;
  }
}
window.tabs = tabs;
report('ready', { broadcastChannel: typeof window.BroadcastChannel, locks: typeof navigator.locks });
