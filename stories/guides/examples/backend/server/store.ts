/**
 * What this backend keeps, in memory: one process, lost on restart, enough for the sketch and its
 * tests. Use your database. Each "once" below is then a unique key or a conditional update
 * (`INSERT … ON CONFLICT DO NOTHING`, `UPDATE … WHERE status = 'pending'`), never a read followed
 * by a write: two requests can arrive at the same moment.
 */
import type { PlatformUser } from './platform';

// --- Login codes this server has sent to the platform: each is exchanged at most once. ---

const spentCodes = new Map<string, number>();
const codeMemoryMs = 60 * 60_000;

/** `true` the first time a code is seen, `false` ever after (kept an hour: longer than a code lives). */
export function spendCode(code: string, now = Date.now()): boolean {
  for (const [old, at] of spentCodes) if (now - at > codeMemoryMs) spentCodes.delete(old);
  if (spentCodes.has(code)) return false;
  spentCodes.set(code, now);
  return true;
}

// --- Sessions: who is logged in, by a random id in an HttpOnly cookie. ---

export interface Session {
  id: string;
  user: PlatformUser;
  expiresAt: number;
}

const sessions = new Map<string, Session>();
export const sessionMaxAgeS = 7 * 24 * 60 * 60;

export function createSession(user: PlatformUser): Session {
  const session = { id: randomId(), user, expiresAt: Date.now() + sessionMaxAgeS * 1000 };
  sessions.set(session.id, session);
  return session;
}

export function findSession(id: string): Session | undefined {
  const session = sessions.get(id);
  return session && session.expiresAt > Date.now() ? session : undefined;
}

// --- Orders: priced here, paid when the platform says so, once. ---

export interface Order {
  orderId: string;
  /** Set once the unified order returned it. */
  imprestCode?: string | undefined;
  /** Whose order it is: only they may ask about it. */
  openId: string;
  itemId: string;
  quantity: number;
  /** From the catalogue, in fen. */
  amountFen: number;
  subject: string;
  status: 'pending' | 'paid' | 'failed';
  tradeNo?: string | undefined;
}

const orders = new Map<string, Order>();
const byImprestCode = new Map<string, string>();

export function addOrder(order: Omit<Order, 'orderId' | 'status'>): Order {
  const saved: Order = { ...order, orderId: randomId(), status: 'pending' };
  orders.set(saved.orderId, saved);
  return saved;
}

export function setImprestCode(orderId: string, imprestCode: string): void {
  const order = orders.get(orderId);
  if (!order) throw new Error(`no order ${orderId}`);
  order.imprestCode = imprestCode;
  byImprestCode.set(imprestCode, orderId);
}

export function findOrder(imprestCode: string): Order | undefined {
  const orderId = byImprestCode.get(imprestCode);
  return orderId === undefined ? undefined : orders.get(orderId);
}

/**
 * Moves a pending order to `paid` or `failed`, and says whether it did: a second notification (a
 * replay, a retry, the query answering after the notification) finds it settled and changes nothing.
 */
export function settleOrder(imprestCode: string, status: 'paid' | 'failed', tradeNo: string | undefined): boolean {
  const order = findOrder(imprestCode);
  if (!order || order.status !== 'pending') return false;
  order.status = status;
  order.tradeNo = tradeNo;
  return true;
}

function randomId(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}
