import type { FlowConfig } from './flowConfig';

/** @internal Resolves after `ms`, or never once `signal` aborts (its timer is cleared). */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => clearTimeout(timer);
    // Each wait takes its listener off again: a long verification waits dozens of times on one signal.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** @internal Whether the page is on screen (true outside a browser, where nothing can hide it). */
export function pageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

/**
 * @internal Calls `onShown` each time the page is shown again (visible after hidden, a
 * `pageshow` from the back/forward cache, or the window's `focus`) until `signal` aborts.
 */
export function onPageShown(signal: AbortSignal, onShown: () => void): void {
  if (typeof document === 'undefined') return;
  const listener = () => pageVisible() && onShown();
  document.addEventListener('visibilitychange', listener, { signal });
  addEventListener('pageshow', listener, { signal });
  addEventListener('focus', listener, { signal });
}

/**
 * @internal Puts `url` in the address bar without a navigation, best effort: sandboxed iframes
 * and Safari's rate limit make `history.replaceState` throw, and a callback that was read must
 * still be finished.
 */
export function replaceAddress(config: FlowConfig, url: string): void {
  try {
    if (config.replaceUrl) config.replaceUrl(url);
    else if (url !== location.href) history.replaceState(history.state, '', url);
  } catch {
    // The address keeps the callback; its state is used up, so a reload is refused, not replayed.
  }
}
