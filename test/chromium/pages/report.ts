/** What the harness installs in every phone (`Runtime.addBinding`): it hands a JSON string to the test. */
declare global {
  interface Window {
    harnessReport?: (payload: string) => void;
  }
}

/**
 * Tells the test something, over CDP, at once: it arrives even when the page navigates away
 * right after (as a launch's fallback does). Read it with `phone.report(type)`.
 */
export function report(type: string, data: Record<string, unknown> = {}): void {
  window.harnessReport?.(JSON.stringify({ ...data, type, t: performance.now() }));
}
