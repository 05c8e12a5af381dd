import { fulfilOrder } from './fulfilOrder';
import type { PlatformPayment } from './platform';
import { findOrder, settleOrder } from './store';

/** What became of what the platform said. */
export type Settlement = 'settled' | 'already-settled' | 'pending' | 'unknown-order' | 'amount-mismatch';

/**
 * Records what the platform said about a payment (its notification, or its answer to a query),
 * once: the order moves from `pending` to `paid` or `failed` the first time, and is fulfilled then;
 * every later word about it changes nothing. A payment for another amount than the order's is
 * never taken as paid.
 */
export async function settlePayment(payment: PlatformPayment): Promise<Settlement> {
  const order = findOrder(payment.imprestCode);
  if (!order) return 'unknown-order';
  if (payment.status === 'pending') return 'pending';
  if (payment.status === 'paid' && payment.amountFen !== order.amountFen) {
    console.error(`[shop] order ${order.orderId}: paid ${payment.amountFen} fen, expected ${order.amountFen}; not marked paid`);
    return 'amount-mismatch';
  }
  if (!settleOrder(payment.imprestCode, payment.status, payment.tradeNo)) return 'already-settled';
  if (payment.status === 'paid') await fulfilOrder(order);
  return 'settled';
}
