/**
 * @internal While the simulated app is "in front", the page reads as hidden, as it does when the
 * real app opens: `document.visibilityState` is `'hidden'` and `visibilitychange` fires. The
 * returned function shows the page again (and fires `visibilitychange` once more).
 */
export function coverPage(doc: Document): () => void {
  const define = (state: DocumentVisibilityState | undefined) => {
    for (const [name, value] of [
      ['visibilityState', state],
      ['hidden', state === 'hidden'],
    ] as const) {
      if (state) Object.defineProperty(doc, name, { configurable: true, get: () => value });
      else Reflect.deleteProperty(doc, name);
    }
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  define('hidden');
  let shown = false;
  return () => {
    if (shown) return;
    shown = true;
    define(undefined);
  };
}
