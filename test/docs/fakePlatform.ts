/**
 * An in-memory stand-in for the VVChat open platform's SERVER API, for the backend sketch's tests
 * (stories/guides/examples/backend). It behaves as the H5 document says the platform does, and
 * makes up what the document leaves to the server API document (a notification is JSON signed
 * with an HMAC of the AppKey): the routes only see the `PlatformApi` interface, so that is fine.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PlatformApi, PlatformPayment, PlatformUser, UnifiedOrderRequest } from '../../stories/guides/examples/backend/server/platform';

/** The AppKey of the tests: no response may ever contain it. */
export const fakeAppKey = 'APPKEY-7d3f9a1c-never-in-a-response';

interface FakeOrder extends UnifiedOrderRequest {
  imprestCode: string;
  status: PlatformPayment['status'];
  tradeNo?: string | undefined;
  paidFen?: number | undefined;
}

export interface FakePlatform extends PlatformApi {
  /** A code as the app puts it on `redirect_uri` after the user tapped 允许. */
  issueCode(user?: Partial<PlatformUser>): string;
  /** Every unified order received, in order. */
  readonly orders: FakeOrder[];
  /** How often each call was made. */
  readonly calls: { exchangeCode: number; unifiedOrder: number; queryOrder: number };
  /** The user pays in the app: the platform's record says paid (`amountFen`: what was really paid). */
  pay(imprestCode: string, amountFen?: number): PlatformPayment;
  /** The user cancels in the app's pay sheet. */
  fail(imprestCode: string): PlatformPayment;
  /** The notification the platform POSTs to the order's `notifyUrl`, signed (or signed with `key`). */
  notification(payment: PlatformPayment, key?: string): Request;
  /** Makes the next call of `method` fail with `error`. */
  failNext(method: 'exchangeCode' | 'unifiedOrder' | 'queryOrder', error: Error): void;
  /** Whether `queryOrder` answers (an API without an order query resolves `undefined`). */
  answersQueries: boolean;
}

const sign = (body: string, key: string) => createHmac('sha256', key).update(body).digest('base64url');

export function createFakePlatform(appKey = fakeAppKey): FakePlatform {
  let serial = 0;
  const codes = new Map<string, { user: PlatformUser; used: boolean }>();
  const orders: FakeOrder[] = [];
  const calls = { exchangeCode: 0, unifiedOrder: 0, queryOrder: 0 };
  const failures = new Map<string, Error>();
  const next = (prefix: string) => `${prefix}${String(++serial).padStart(6, '0')}`;
  const failure = (method: string) => {
    const error = failures.get(method);
    failures.delete(method);
    if (error) throw error;
  };
  const order = (imprestCode: string) => {
    const found = orders.find((candidate) => candidate.imprestCode === imprestCode);
    if (!found) throw new Error(`the fake platform has no order ${imprestCode}`);
    return found;
  };
  const paymentOf = (found: FakeOrder): PlatformPayment => ({
    imprestCode: found.imprestCode,
    tradeNo: found.tradeNo,
    amountFen: found.paidFen ?? found.amountFen,
    status: found.status,
  });

  return {
    orders,
    calls,
    answersQueries: true,
    issueCode(user) {
      const code = next('CODE');
      codes.set(code, { user: { openId: user?.openId ?? `open-${code}`, nickname: user?.nickname ?? '测试用户' }, used: false });
      return code;
    },
    async exchangeCode(code) {
      calls.exchangeCode += 1;
      failure('exchangeCode');
      const issued = codes.get(code);
      if (!issued || issued.used) throw new Error(`the platform refuses code ${code}`);
      issued.used = true;
      return issued.user;
    },
    async unifiedOrder(request) {
      calls.unifiedOrder += 1;
      failure('unifiedOrder');
      const created: FakeOrder = { ...request, imprestCode: next('IMPREST'), status: 'pending' };
      orders.push(created);
      return { imprestCode: created.imprestCode };
    },
    async queryOrder(imprestCode) {
      calls.queryOrder += 1;
      failure('queryOrder');
      if (!this.answersQueries) return undefined;
      const found = orders.find((candidate) => candidate.imprestCode === imprestCode);
      return found && paymentOf(found);
    },
    async verifyNotification(request) {
      const body = await request.text();
      const expected = Buffer.from(sign(body, appKey));
      const given = Buffer.from(request.headers.get('x-fake-signature') ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('bad signature');
      return JSON.parse(body) as PlatformPayment;
    },
    acknowledgeNotification() {
      return new Response('success', { headers: { 'content-type': 'text/plain' } });
    },
    pay(imprestCode, amountFen) {
      const found = order(imprestCode);
      Object.assign(found, { status: 'paid', tradeNo: next('TRADE'), paidFen: amountFen ?? found.amountFen });
      return paymentOf(found);
    },
    fail(imprestCode) {
      const found = order(imprestCode);
      found.status = 'failed';
      return paymentOf(found);
    },
    notification(payment, key = appKey) {
      const body = JSON.stringify(payment);
      const url = orders.find((candidate) => candidate.imprestCode === payment.imprestCode)?.notifyUrl ?? 'https://shop.example/api/vvchat/notify';
      return new Request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-fake-signature': sign(body, key) }, body });
    },
    failNext(method, error) {
      failures.set(method, error);
    },
  };
}
