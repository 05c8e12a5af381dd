import { describe, expect, it, vi } from 'vitest';
import { createStore } from '@vvchat/core';

describe('createStore', () => {
  it('returns the initial state from get()', () => {
    const initial = { status: 'idle' };
    const store = createStore(initial);
    expect(store.get()).toBe(initial);
  });

  it('replaces the state on set() and keeps the same object until the next set()', () => {
    const store = createStore({ count: 0 });
    const next = { count: 1 };
    store.set(next);
    expect(store.get()).toBe(next);
    expect(store.get()).toBe(store.get());
  });

  it('calls each listener once per set() with the new state', () => {
    const store = createStore({ count: 0 });
    const first = vi.fn();
    const second = vi.fn();
    store.subscribe(first);
    store.subscribe(second);
    store.set({ count: 1 });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenLastCalledWith({ count: 1 });
    store.set({ count: 2 });
    expect(first).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenLastCalledWith({ count: 2 });
  });

  it('lets a listener read the new state with get()', () => {
    const store = createStore({ count: 0 });
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.get().count));
    store.set({ count: 5 });
    expect(seen).toEqual([5]);
  });

  it('calls a listener subscribed twice only once per set()', () => {
    const store = createStore(0);
    const listener = vi.fn();
    store.subscribe(listener);
    store.subscribe(listener);
    store.set(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops calling a listener after its unsubscribe function runs', () => {
    const store = createStore(0);
    const kept = vi.fn();
    const dropped = vi.fn();
    store.subscribe(kept);
    const unsubscribe = store.subscribe(dropped);
    store.set(1);
    unsubscribe();
    store.set(2);
    expect(dropped).toHaveBeenCalledTimes(1);
    expect(kept).toHaveBeenCalledTimes(2);
  });

  it('does not call listeners on subscribe', () => {
    const store = createStore(0);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(listener).not.toHaveBeenCalled();
  });

  it('tolerates unsubscribing twice', () => {
    const store = createStore(0);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    expect(() => {
      unsubscribe();
    }).not.toThrow();
    store.set(1);
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps separate stores independent', () => {
    const a = createStore(0);
    const b = createStore(0);
    const listener = vi.fn();
    b.subscribe(listener);
    a.set(1);
    expect(b.get()).toBe(0);
    expect(listener).not.toHaveBeenCalled();
  });
});
