/** Reports an error without throwing it into the flow: the page's error handlers still see it. */
function report(error: unknown): void {
  if (typeof reportError === 'function') reportError(error);
  else console.error(error);
}

/** What an effect gets: the signal that aborts when the flow leaves the state, and `send`. */
export interface EffectTools<TEvent> {
  /** Aborts when the flow leaves the state that started the effect (a new attempt, a reset). */
  signal: AbortSignal;
  /** Sends an event to the flow; ignored once `signal` has aborted, so a late answer never changes a newer attempt. */
  send: (event: TEvent) => void;
}

/** A flow's effect for one status: started when the flow enters it, aborted when it leaves. */
export type Effect<TState, TEvent> = (state: TState, tools: EffectTools<TEvent>) => void;

/** The table of a flow: its first state, one transition function, and an effect per status. */
export interface MachineDefinition<TState extends { status: string }, TEvent> {
  initial: TState;
  /** The next state for `event`; the same object when the event does not apply (it is then ignored). */
  transition: (state: TState, event: TEvent) => TState;
  /** What runs while the flow is in each status (a launch, a poll, a listener). */
  effects?: { [S in TState['status']]?: Effect<Extract<TState, { status: S }>, TEvent> };
}

/** A flow: read its state, send it events, and listen to the statuses it enters. */
export interface Machine<TState extends { status: string }, TEvent> {
  /** The first state (what a server renders, and a hydrating client first). */
  initial: TState;
  /** The current state; the same object until the next transition. */
  get: () => TState;
  /** Calls `listener` after each transition; returns the unsubscribe function. */
  subscribe: (listener: (state: TState) => void) => () => void;
  /**
   * Calls `listener` each time the flow enters `status` (an emitted event: `success`, `error`,
   * `paid`…), with the state narrowed to that status. Returns the unsubscribe function.
   */
  on: <S extends TState['status']>(status: S, listener: (state: Extract<TState, { status: S }>) => void) => () => void;
  /** Runs the transition for `event`. */
  send: (event: TEvent) => void;
}

/**
 * Creates a state machine from its table. Each transition replaces the state, aborts the
 * effect of the state it left, starts the effect of the state it entered, then tells listeners.
 *
 * @example
 * const toggle = createMachine<{ status: 'on' } | { status: 'off' }, 'flip'>({
 *   initial: { status: 'off' },
 *   transition: (state) => ({ status: state.status === 'on' ? 'off' : 'on' }),
 * });
 * toggle.on('on', () => console.log('on'));
 * toggle.send('flip');
 */
export function createMachine<TState extends { status: string }, TEvent>(
  definition: MachineDefinition<TState, TEvent>,
): Machine<TState, TEvent> {
  let state = definition.initial;
  let controller = new AbortController();
  const listeners = new Set<(state: TState) => void>();
  // Events sent while a transition runs (by an effect or a listener) wait their turn, so every
  // listener hears every state in order.
  const queue: { event: TEvent; signal: AbortSignal | undefined }[] = [];
  let running = false;

  function step(event: TEvent): void {
    const next = definition.transition(state, event);
    if (next === state) return;
    controller.abort();
    controller = new AbortController();
    state = next;
    const { signal } = controller;
    const effect = definition.effects?.[next.status as TState['status']] as Effect<TState, TEvent> | undefined;
    effect?.(next, { signal, send: (later) => enqueue(later, signal) });
    for (const listener of [...listeners]) {
      try {
        listener(next);
      } catch (error) {
        // One listener's bug (an app's onSuccess that throws) must not silence the others or stall the flow.
        report(error);
      }
    }
  }

  function enqueue(event: TEvent, signal?: AbortSignal): void {
    if (signal?.aborted) return;
    queue.push({ event, signal });
    if (running) return;
    running = true;
    try {
      for (let item = queue.shift(); item; item = queue.shift()) if (!item.signal?.aborted) step(item.event);
    } finally {
      running = false;
      queue.length = 0;
    }
  }

  return {
    initial: definition.initial,
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    on(status, listener) {
      const onState = (next: TState) => next.status === status && listener(next as Extract<TState, { status: typeof status }>);
      listeners.add(onState);
      return () => void listeners.delete(onState);
    },
    send: (event) => enqueue(event),
  };
}
