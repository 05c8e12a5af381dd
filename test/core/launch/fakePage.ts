import { vi } from 'vitest';
import type { LaunchEnvironment } from '@vvchat/core';

/** An EventTarget that knows which listeners are attached right now, per event type. */
export class TrackedTarget extends EventTarget {
  readonly active = new Map<string, Set<unknown>>();
  added = 0;
  removed = 0;
  /** Called after each removal, e.g. to note the time a launch settled. */
  onRemove: ((type: string) => void) | undefined;

  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ): void {
    this.added++;
    if (listener) {
      const set = this.active.get(type) ?? new Set();
      set.add(listener);
      this.active.set(type, set);
    }
    super.addEventListener(type, listener, options);
  }

  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: EventListenerOptions | boolean,
  ): void {
    this.removed++;
    this.active.get(type)?.delete(listener);
    super.removeEventListener(type, listener, options);
    this.onRemove?.(type);
  }

  /** How many listeners of `type` are attached. */
  count(type: string): number {
    return this.active.get(type)?.size ?? 0;
  }

  /** How many listeners of any type are attached. */
  total(): number {
    return [...this.active.values()].reduce((sum, set) => sum + set.size, 0);
  }

  fire(type: string): void {
    this.dispatchEvent(new Event(type));
  }
}

export class FakeDocument extends TrackedTarget {
  visibilityState: DocumentVisibilityState = 'visible';

  hide(): void {
    this.visibilityState = 'hidden';
    this.fire('visibilitychange');
  }

  show(): void {
    this.visibilityState = 'visible';
    this.fire('visibilitychange');
  }
}

interface Timer {
  id: number;
  at: number;
  run: () => void;
}

/**
 * A page for `createLauncher`: real EventTargets, a manual monotonic clock (`now`, the clock the
 * timers run on) and a manual timer queue. `advance(ms)` lets time pass with timers firing on
 * time; `freeze(ms)` moves the clock with no timer firing (the page is frozen while the app is in
 * front), then fires what is due; `suspend(ms)` moves it and leaves the overdue timers queued, so
 * that an event can run before them. `wallNow()` is the system clock (`Date.now()`), which
 * `jumpWallClock(ms)` sets forwards or backwards without any time passing.
 */
export function fakePage(start = 1_000_000) {
  let clock = start;
  let wallOffset = 1_700_000_000_000 - start;
  let nextId = 1;
  let timers: Timer[] = [];
  const window = new TrackedTarget();
  const document = new FakeDocument();
  const navigate = vi.fn<(url: string) => void>();
  let detachedAt: number | undefined;
  document.onRemove = (type) => {
    if (type === 'visibilitychange') detachedAt ??= clock;
  };

  const environment: LaunchEnvironment = {
    window,
    document,
    navigate: (url) => navigate(url),
    now: () => clock,
    setTimeout(run, ms) {
      const id = nextId++;
      timers.push({ id, at: clock + ms, run });
      return id;
    },
    clearTimeout(id) {
      timers = timers.filter((timer) => timer.id !== id);
    },
    // A phone browser inside a tap: the launch is tried. Tests of the decision replace these.
    detect: () => ({ kind: 'mobile', os: 'android' }),
    userActivation: () => true,
  };

  function runDue() {
    for (;;) {
      const due = timers.filter((timer) => timer.at <= clock).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) return;
      timers = timers.filter((timer) => timer !== due);
      due.run();
    }
  }

  return {
    environment,
    window,
    document,
    navigate,
    now: () => clock,
    pendingTimers: () => timers.length,
    /** Lets `ms` pass; each timer fires at its own time. */
    advance(ms: number) {
      const end = clock + ms;
      for (;;) {
        const next = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (!next) break;
        clock = Math.max(clock, next.at);
        runDue();
      }
      clock = end;
    },
    /** The page is frozen for `ms`: the clock jumps, then every overdue timer fires at once. */
    freeze(ms: number) {
      clock += ms;
      runDue();
    },
    /**
     * The page is frozen for `ms` and has just resumed: the clock jumps, the overdue timers are
     * still queued (an event fired now runs first); the next `advance()` or `freeze()` fires them.
     */
    suspend(ms: number) {
      clock += ms;
    },
    /** The system clock, `Date.now()`: the monotonic clock plus every jump. */
    wallNow: () => clock + wallOffset,
    /** The system clock is set `ms` forwards (negative: backwards). No time passes, no timer fires. */
    jumpWallClock(ms: number) {
      wallOffset += ms;
    },
    /** The clock when the launch let go of `visibilitychange`, i.e. when it settled. */
    detachedAt: () => detachedAt,
    /** Every listener this page's targets still hold. */
    listeners: () => window.total() + document.total(),
  };
}

export type FakePage = ReturnType<typeof fakePage>;

/** An AbortController whose signal counts its `abort` listeners. */
export function trackedAbort() {
  const controller = new AbortController();
  const active = new Set<unknown>();
  const { signal } = controller;
  const add: EventTarget['addEventListener'] = signal.addEventListener.bind(signal);
  const remove: EventTarget['removeEventListener'] = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type, listener, options) => {
    if (type === 'abort') active.add(listener);
    add(type, listener, options);
  }) as EventTarget['addEventListener'];
  signal.removeEventListener = ((type, listener, options) => {
    if (type === 'abort') active.delete(listener);
    remove(type, listener, options);
  }) as EventTarget['removeEventListener'];
  return { controller, signal, listeners: () => active.size };
}

/** Settles with what the promise settled with, so tests can assert without unhandled rejections. */
export async function settled<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

/** Whether the promise has settled by the time the microtask queue drains. */
export async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await flush();
  return done;
}

export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
