/**
 * @internal Runs `task` holding the exclusive Web Lock `name` (`navigator.locks.request`), so
 * that two tabs of the origin cannot run it at once: the second waits for the first to finish.
 * `task` is told whether it waited (another tab held the lock), so that it can expect that tab's
 * word on the channel: it may arrive just after the lock does. Where Web Locks are missing, or the
 * request fails (a sandboxed iframe's SecurityError), runs `task` directly (not waited): the lack
 * of locks never fails the caller. Resolves or rejects as `task` does.
 *
 * @example
 * const data = await withLock(`vvchat:callback:${state}`, (waited) => exchangeOnce(state, waited));
 */
export async function withLock<T>(name: string, task: (waited: boolean) => T | Promise<T>): Promise<T> {
  let started = false;
  const run = (waited: boolean) => {
    started = true;
    return task(waited);
  };
  try {
    // Exclusive, the default mode. `navigator.locks` is missing outside secure contexts and Node.
    const locks = navigator.locks;
    // First without waiting: `null` means another tab holds it.
    let free: { value: T } | undefined;
    try {
      free = await locks.request(name, { ifAvailable: true }, async (lock) => (lock ? { value: await run(false) } : undefined));
    } catch (error) {
      if (started) throw error;
      // A Web Locks without `ifAvailable` (a polyfill): still locked, not knowing whether it waited.
      return await locks.request(name, () => run(false));
    }
    if (free) return free.value;
    return await locks.request(name, () => run(true));
  } catch (error) {
    if (started) throw error;
    return run(false);
  }
}

/** @internal How long a tab that waited for a lock listens for the holder's result before concluding there is none. */
export const heardWithinMs = 2000;
