import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** @internal `useLayoutEffect` in the browser, `useEffect` on a server (where neither runs). */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** @internal A ref that always holds the latest `value`, so callbacks read options when they run, never a stale closure. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
