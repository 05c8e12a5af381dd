import type { Order } from './store';

/**
 * YOUR business once an order is paid: ship it, send the receipt. Called once per order. In your
 * database, mark the order paid and queue this in one transaction, so that a crash between the
 * two neither loses a paid order nor ships one twice.
 */
export async function fulfilOrder(order: Order): Promise<void> {
  console.info(`[shop] order ${order.orderId} is paid (${order.tradeNo ?? 'no trade_no'}): ship ${order.quantity} × ${order.itemId}`);
}
