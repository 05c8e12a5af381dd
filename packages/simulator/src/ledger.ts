import { safeStorage, type VVChatStorage } from '@vvchat/core';

/** A login code the simulated app issued, and whether the simulated backend exchanged it. */
export interface IssuedCode {
  appId: string;
  used: boolean;
}

/** What the simulated app did with an order. */
export interface SimulatedTrade {
  status: 'paid' | 'cancelled';
  tradeNo?: string;
}

/** An order the simulated backend created. */
export interface SimulatedOrder {
  amount?: number;
  subject?: string;
}

/**
 * @internal What the simulated app and the simulated backend share, kept in storage so it
 * survives the page loads a flow goes through (the app comes back to `redirect_uri`).
 */
export interface Ledger {
  codes: Record<string, IssuedCode>;
  orders: Record<string, SimulatedOrder>;
  trades: Record<string, SimulatedTrade>;
}

const key = 'vvchat-simulator:ledger';

/** @internal Reads the ledger, changes it with `update`, writes it back; returns `update`'s result. */
export function withLedger<T>(storage: VVChatStorage | null | undefined, update: (ledger: Ledger) => T): T {
  const store = safeStorage(storage);
  let saved: Partial<Ledger> = {};
  try {
    saved = (JSON.parse(store.getItem(key) ?? '{}') as Partial<Ledger> | null) ?? {};
  } catch {
    // A broken ledger starts afresh.
  }
  // Null-prototype records: a code or order named `constructor` or `__proto__` is just a key.
  const table = <T>(entries: Record<string, T> | undefined): Record<string, T> =>
    Object.assign(Object.create(null) as Record<string, T>, entries);
  const ledger: Ledger = { codes: table(saved.codes), orders: table(saved.orders), trades: table(saved.trades) };
  const result = update(ledger);
  store.setItem(key, JSON.stringify(ledger));
  return result;
}

/** @internal A random id for codes and trade numbers. */
export function randomId(prefix: string): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return prefix + Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
