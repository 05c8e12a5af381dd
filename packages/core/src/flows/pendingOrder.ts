import { storedContext } from '../session/context';
import { safeStorage, type VVChatStorage } from '../session/storage';

/** The order kept in storage while the user is in the VVChat app. */
export interface PendingOrder {
  imprestCode: string;
  /** When the order was launched (epoch milliseconds). */
  startedAt: number;
  /** The `trade_no` the app came back with, once it did. */
  tradeNo?: string | undefined;
  /** Set when verification timed out: the next visit asks `verifyPayment` again. */
  unverified?: boolean | undefined;
  /** The app's `context` for this payment (any JSON value), back on the page the app returns to. */
  context?: unknown;
}

const orderKey = 'vvchat:qpay-order';
/** How long a stored order can still be confirmed: 30 minutes. */
const orderTtlMs = 1_800_000;
/** How far a stored start may lie ahead of this clock (another tab's clock, a small adjustment). */
const clockSkewMs = 60_000;

const optional = (value: unknown, type: 'string' | 'boolean') => value === undefined || typeof value === type;

/** Whether `value` is an order this SDK wrote, unexpired and not from the future. */
function isPendingOrder(value: unknown, now: number): value is PendingOrder {
  if (typeof value !== 'object' || !value) return false;
  const { imprestCode, startedAt, tradeNo, unverified } = value as Record<string, unknown>;
  return (
    typeof imprestCode === 'string' &&
    !!imprestCode.trim() &&
    typeof startedAt === 'number' &&
    startedAt <= now + clockSkewMs &&
    startedAt + orderTtlMs > now &&
    optional(tradeNo, 'string') &&
    optional(unverified, 'boolean')
  );
}

/**
 * @internal The stored order, checked field by field: anything else (tampered, expired, from a
 * clock that jumped, unreadable) is removed and counts as none.
 */
export function readOrder(storage: VVChatStorage | null | undefined): PendingOrder | undefined {
  const store = safeStorage(storage);
  let order: unknown;
  try {
    order = JSON.parse(store.getItem(orderKey) ?? 'null');
  } catch {
    order = false;
  }
  if (isPendingOrder(order, Date.now())) {
    // A context past the cap was not written by this SDK: the order stands, the context is dropped.
    const context = storedContext(order.context);
    return { ...order, context };
  }
  if (order !== null) store.removeItem(orderKey);
  return undefined;
}

/** @internal Keeps `order` (only its known fields). */
export function writeOrder(storage: VVChatStorage | null | undefined, { imprestCode, startedAt, tradeNo, unverified, context }: PendingOrder): void {
  safeStorage(storage).setItem(orderKey, JSON.stringify({ imprestCode, startedAt, tradeNo, unverified, context }));
}

/** @internal Forgets the stored order. */
export function removeOrder(storage: VVChatStorage | null | undefined): void {
  safeStorage(storage).removeItem(orderKey);
}
