const loading = new Map<string, Promise<unknown>>();

/**
 * `load()` (a dynamic `import()`) the first time chunk `name` is needed, cached: a failed load
 * (offline) resolves `undefined`, and the next call tries again. Called from functions, never at
 * the top level, so that a bundler drops the loaders a page does not use.
 */
function lazy<T>(name: string, load: () => Promise<T>): Promise<T | undefined> {
  let module = loading.get(name) as Promise<T | undefined> | undefined;
  if (!module) {
    module = load().catch(() => void loading.delete(name));
    loading.set(name, module);
  }
  return module;
}

/**
 * @internal The module of the page's line to its other tabs, loaded the first time a flow needs
 * it (a login or payment started or read here): no first load carries it, and a page that never
 * starts one never fetches it. Nothing waits on it within a tap: a tab hears the others from its
 * own start on, and an answer from another tab comes seconds later, after a round trip through the
 * VVChat app. `undefined` when the chunk could not be loaded: the tab then finishes its own flows
 * without hearing the others.
 */
export function tabs(): Promise<typeof import('./tabChannel') | undefined> {
  return lazy('tabs', () => import('./tabChannel'));
}

/**
 * @internal What settles a login callback (reads it, uses its state up, exchanges the code once
 * across tabs), loaded only on a page whose address holds this app's callback.
 */
export function loginReturn(): Promise<typeof import('./loginReturn') | undefined> {
  return lazy('loginReturn', () => import('./loginReturn'));
}

/**
 * @internal What verifies a payment (the schedule, the wait for a tab that took the return) and
 * settles a `trade_no` return: fetched once a payment launches (while the user is in the app) or
 * comes back, never on a page that only shows the button.
 */
export function payReturn(): Promise<typeof import('./payReturn') | undefined> {
  return lazy('payReturn', () => import('./payReturn'));
}
