// The three functions the hooks and buttons take, calling this backend's routes.
import type { PaymentVerdict } from '@vvchat/react';

/** What `/api/vvchat/login` answers: `useVVChatLogin`'s `data`. */
export interface User {
  openId: string;
  nickname: string;
}

/** Reads a route's JSON answer; rejects on an error status, with the route's own message. */
async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, credentials: 'same-origin' });
  const body = (await response.json().catch(() => undefined)) as { message?: unknown } | undefined;
  if (!response.ok) {
    const message = typeof body?.message === 'string' ? body.message : response.statusText;
    throw new Error(`${path}: ${response.status} ${message}`);
  }
  return body as T;
}

const postJson = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** `exchangeCode`: the code goes to the server, which holds the AppKey. A rejection is `exchange_failed`. */
export function exchangeCode(code: string): Promise<User> {
  return call<User>('/api/vvchat/login', postJson({ code }));
}

/** `createOrder`: names the item, never an amount; the server prices it. A rejection is `order_failed`. */
export function createOrder(itemId: string): Promise<{ imprestCode: string }> {
  return call<{ imprestCode: string }>('/api/orders', postJson({ itemId }));
}

/**
 * `verifyPayment`: asks the server, which heard from the platform. The `trade_no` the app put on
 * the URL is not sent: it proves nothing. A rejection (the network) means "not known yet": polled again.
 */
export async function verifyPayment(order: { imprestCode: string; tradeNo?: string | undefined }): Promise<PaymentVerdict> {
  const { status } = await call<{ status: PaymentVerdict }>(`/api/orders/status?imprestCode=${encodeURIComponent(order.imprestCode)}`);
  return status;
}
