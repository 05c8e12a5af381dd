/** A value that changes over time, with listeners: what each flow keeps its state in. */
export interface Store<TState> {
  /** The current state; the same object until the next `set`. */
  get: () => TState;
  /** Replaces the state and tells every listener. */
  set: (next: TState) => void;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe: (listener: (state: TState) => void) => () => void;
}

/**
 * Creates a {@link Store}. Hooks read it with `useSyncExternalStore(store.subscribe, store.get)`.
 *
 * @example
 * const store = createStore({ status: 'idle' });
 * const stop = store.subscribe((state) => console.log(state.status));
 */
export function createStore<TState>(initial: TState): Store<TState> {
  let state = initial;
  const listeners = new Set<(state: TState) => void>();
  return {
    get: () => state,
    set(next) {
      state = next;
      listeners.forEach((listener) => listener(next));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
