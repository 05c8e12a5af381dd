import type { Machine } from './createMachine';

/** How long a tab may hold a callback's lock while its flow works on it: a hung backend call frees the other tabs. */
const lockHoldMs = 30_000;

/** @internal Resolves once `machine` has left `status` (or after 30 s): how long a tab holds a callback's Web Lock. */
export function settled(machine: Pick<Machine<{ status: string }, never>, 'get' | 'subscribe'>, status: string): Promise<void> {
  return new Promise((resolve) => {
    if (machine.get().status !== status) return resolve();
    const timer = setTimeout(done, lockHoldMs);
    const off = machine.subscribe((state) => state.status !== status && done());
    function done() {
      clearTimeout(timer);
      off();
      resolve();
    }
  });
}
