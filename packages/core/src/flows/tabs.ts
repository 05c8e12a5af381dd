type TabsModule = typeof import('./tabChannel');

let loading: Promise<TabsModule | undefined> | undefined;

/**
 * @internal The module of the page's line to its other tabs, loaded with `import()` the first time
 * a flow needs it (a login or payment started or read here): no first load carries it, and a page
 * that never starts one never fetches it. Nothing waits on it within a tap: a tab hears the others
 * from its own start on, and an answer from another tab comes seconds later, after a round trip
 * through the VVChat app. `undefined` when the chunk could not be loaded (offline): the tab then
 * finishes its own flows without hearing the others, and the next use tries again.
 */
export function tabs(): Promise<TabsModule | undefined> {
  return (loading ??= import('./tabChannel').catch(() => (loading = undefined)));
}
