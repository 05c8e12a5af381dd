// The backend sketch of "Guides/Your backend" (stories/guides/examples/backend), run as it is
// shown: its Next.js route handlers are called with Web-standard Requests, against an in-memory
// fake of the platform's server API in place of the stub the merchant fills in.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeAppKey } from './fakePlatform';
import { asFake, cookieOf, createBrowser, get, origin, post, send, type WebHandler } from './support';

vi.mock('../../stories/guides/examples/backend/server/platform', async () => {
  const { createFakePlatform } = await import('./fakePlatform');
  return { platform: createFakePlatform() };
});
vi.mock('../../stories/guides/examples/backend/server/fulfilOrder', () => ({ fulfilOrder: vi.fn(async () => {}) }));

import { POST as loginRoute } from '../../stories/guides/examples/backend/app/api/vvchat/login/route';
import { POST as notifyRoute } from '../../stories/guides/examples/backend/app/api/vvchat/notify/route';
import { POST as ordersRoute } from '../../stories/guides/examples/backend/app/api/orders/route';
import { GET as statusRoute } from '../../stories/guides/examples/backend/app/api/orders/status/route';
import { createOrder, exchangeCode, verifyPayment } from '../../stories/guides/examples/backend/client/vvchatApi';
import { fulfilOrder } from '../../stories/guides/examples/backend/server/fulfilOrder';
import { serveWeb } from '../../stories/guides/examples/backend/server/nodeAdapter';
import { platform } from '../../stories/guides/examples/backend/server/platform';

const fake = asFake(platform);

beforeAll(() => {
  vi.stubEnv('APP_ORIGIN', origin);
  vi.stubEnv('VVCHAT_APP_ID', 'test-app');
  vi.stubEnv('VVCHAT_APP_KEY', fakeAppKey);
});
afterAll(() => vi.unstubAllEnvs());
beforeEach(() => {
  // The routes log what went wrong on the server; the tests read the answers instead.
  for (const level of ['error', 'warn', 'info'] as const) vi.spyOn(console, level).mockImplementation(() => {});
  fake.answersQueries = true;
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(fulfilOrder).mockClear();
  vi.unstubAllGlobals();
});

/** Logs a new user in through the route; the session cookie to send back. */
async function logIn(nickname = '测试用户'): Promise<string> {
  const answer = await send(loginRoute, post('/api/vvchat/login', { code: fake.issueCode({ nickname }) }));
  expect(answer.status).toBe(200);
  return cookieOf(answer);
}

/** Orders `itemId` as the logged-in `cookie`; the imprest code. */
async function order(cookie: string, body: Record<string, unknown> = { itemId: 'oolong-250g' }): Promise<string> {
  const answer = await send(ordersRoute, post('/api/orders', body, { cookie }));
  expect(answer.status, answer.text).toBe(200);
  return answer.json?.imprestCode as string;
}

const statusOf = async (cookie: string, query: string) => send(statusRoute, get(`/api/orders/status?${query}`, { cookie }));

describe('POST /api/vvchat/login', () => {
  it('exchanges a code once: the second use is refused and never reaches the platform', async () => {
    const code = fake.issueCode({ nickname: '小王' });
    const first = await send(loginRoute, post('/api/vvchat/login', { code }));
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ openId: `open-${code}`, nickname: '小王' });
    const callsAfterFirst = fake.calls.exchangeCode;

    const second = await send(loginRoute, post('/api/vvchat/login', { code }));
    expect(second.status).toBe(409);
    expect(second.json).toEqual({ error: 'code_used', message: 'this code was already used: start a new login' });
    expect(second.headers.getSetCookie()).toEqual([]);
    expect(fake.calls.exchangeCode).toBe(callsAfterFirst);
  });

  it('exchanges a code once when two requests race with it', async () => {
    const code = fake.issueCode();
    const answers = await Promise.all([1, 2].map(() => send(loginRoute, post('/api/vvchat/login', { code }))));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  it('starts a session in an HttpOnly, Secure, SameSite cookie', async () => {
    const answer = await send(loginRoute, post('/api/vvchat/login', { code: fake.issueCode() }));
    const [cookie] = answer.headers.getSetCookie();
    expect(cookie).toMatch(/^session=[\w-]{22}; Path=\/; Max-Age=\d+; HttpOnly; Secure; SameSite=Lax$/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    ['no code', {}],
    ['an empty code', { code: '' }],
    ['a blank code', { code: '   ' }],
    ['a number', { code: 42 }],
    ['an overlong code', { code: 'x'.repeat(513) }],
  ])('answers 400 naming the code for %s', async (_case, body) => {
    const answer = await send(loginRoute, post('/api/vvchat/login', body));
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: 'bad_request', message: 'code must be the non-empty string the VVChat app put on redirect_uri' });
  });

  it('answers 400 for a body that is not a JSON object, and 415 for one that is not JSON at all', async () => {
    expect((await send(loginRoute, post('/api/vvchat/login', '{"code":'))).json).toEqual({ error: 'bad_request', message: 'the body is not valid JSON' });
    expect((await send(loginRoute, post('/api/vvchat/login', '["CODE"]'))).json).toEqual({
      error: 'bad_request',
      message: 'the body must be a JSON object',
    });
    const form = await send(loginRoute, post('/api/vvchat/login', 'code=CODE', { contentType: 'application/x-www-form-urlencoded' }));
    expect(form.status).toBe(415);
    expect(form.json?.message).toBe('send the body as application/json');
  });

  it("refuses another site's request (403) before it spends the code", async () => {
    const code = fake.issueCode();
    const answer = await send(loginRoute, post('/api/vvchat/login', { code }, { origin: 'https://evil.example' }));
    expect(answer.status).toBe(403);
    expect(answer.json?.message).toBe('requests from https://evil.example are not accepted');
    expect((await send(loginRoute, post('/api/vvchat/login', { code }))).status).toBe(200);
  });

  it("answers 502 when the platform refuses the code, without the platform's words", async () => {
    const answer = await send(loginRoute, post('/api/vvchat/login', { code: 'NEVER-ISSUED' }));
    expect(answer.status).toBe(502);
    expect(answer.json).toEqual({ error: 'exchange_failed', message: 'VVChat did not accept the code: start a new login' });
    expect(answer.text).not.toContain('refuses');
  });
});

describe('POST /api/orders', () => {
  it("prices the order from the server's catalogue: the browser sends an item id, and an amount it adds is ignored", async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie, { itemId: 'tea-set', quantity: 2, amount: 1, amountFen: 1, price: 0.01 });
    const sent = fake.orders.find((candidate) => candidate.imprestCode === imprestCode);
    expect(sent).toMatchObject({ amountFen: 2 * 19900, subject: '茶具套装 × 2', notifyUrl: `${origin}/api/vvchat/notify` });
  });

  it('needs a logged-in user (401)', async () => {
    const answer = await send(ordersRoute, post('/api/orders', { itemId: 'tea-set' }));
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ error: 'unauthorized', message: 'log in with VVChat first' });
    const forged = await send(ordersRoute, post('/api/orders', { itemId: 'tea-set' }, { cookie: 'session=made-up' }));
    expect(forged.status).toBe(401);
  });

  it.each([
    [{}, 'itemId must be a non-empty string'],
    [{ itemId: 7 }, 'itemId must be a non-empty string'],
    [{ itemId: 'gold-bar' }, 'itemId "gold-bar" is not in the catalogue'],
    [{ itemId: '__proto__' }, 'itemId "__proto__" is not in the catalogue'],
    [{ itemId: 'tea-set', quantity: 0 }, 'quantity must be a whole number from 1 to 20'],
    [{ itemId: 'tea-set', quantity: 1.5 }, 'quantity must be a whole number from 1 to 20'],
    [{ itemId: 'tea-set', quantity: '2' }, 'quantity must be a whole number from 1 to 20'],
  ])('answers 400 for %j: %s', async (body, message) => {
    const cookie = await logIn();
    const before = fake.calls.unifiedOrder;
    const answer = await send(ordersRoute, post('/api/orders', body, { cookie }));
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: 'bad_request', message });
    expect(fake.calls.unifiedOrder).toBe(before);
  });

  it('answers 502 when the unified order fails', async () => {
    const cookie = await logIn();
    fake.failNext('unifiedOrder', new Error('platform down'));
    const answer = await send(ordersRoute, post('/api/orders', { itemId: 'tea-set' }, { cookie }));
    expect(answer.status).toBe(502);
    expect(answer.json).toEqual({ error: 'order_failed', message: 'the order could not be created: try again' });
  });
});

describe('GET /api/orders/status', () => {
  it('says pending while the platform says nothing, whatever trade_no the URL carries', async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie);
    for (const query of [`imprestCode=${imprestCode}`, `imprestCode=${imprestCode}&tradeNo=FORGED-123`, `imprestCode=${imprestCode}&status=paid`]) {
      expect((await statusOf(cookie, query)).json).toEqual({ status: 'pending' });
    }
    expect(fulfilOrder).not.toHaveBeenCalled();
  });

  it("takes the order's status from the platform's query when no notification came", async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie);
    fake.pay(imprestCode);
    const queries = fake.calls.queryOrder;
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).json).toEqual({ status: 'paid' });
    expect(fake.calls.queryOrder).toBe(queries + 1);
    expect(fulfilOrder).toHaveBeenCalledTimes(1);

    // Settled: later polls answer from the server's record, and fulfil nothing more.
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).json).toEqual({ status: 'paid' });
    expect(fake.calls.queryOrder).toBe(queries + 1);
    expect(fulfilOrder).toHaveBeenCalledTimes(1);
  });

  it('says failed when the platform says the payment failed', async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie);
    fake.fail(imprestCode);
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).json).toEqual({ status: 'failed' });
  });

  it('stays pending when the query fails or the API has no query', async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie);
    fake.pay(imprestCode);
    fake.failNext('queryOrder', new Error('timeout'));
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).json).toEqual({ status: 'pending' });
    fake.answersQueries = false;
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).json).toEqual({ status: 'pending' });
  });

  it('never takes a payment of another amount as paid', async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie);
    fake.pay(imprestCode, 1);
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).json).toEqual({ status: 'pending' });
    expect(fulfilOrder).not.toHaveBeenCalled();
  });

  it("answers only for the user's own orders", async () => {
    const owner = await logIn('买家');
    const imprestCode = await order(owner);
    const other = await statusOf(await logIn('别人'), `imprestCode=${imprestCode}`);
    expect(other.status).toBe(404);
    expect(other.json).toEqual({ error: 'not_found', message: `no order ${imprestCode} of yours` });
    expect((await send(statusRoute, get(`/api/orders/status?imprestCode=${imprestCode}`))).status).toBe(401);
    expect((await statusOf(owner, 'imprestCode=NO-SUCH')).status).toBe(404);
  });

  it('answers 400 without an imprestCode', async () => {
    const answer = await statusOf(await logIn(), 'tradeNo=T1');
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: 'bad_request', message: 'imprestCode is missing from the query' });
  });
});

describe('POST /api/vvchat/notify', () => {
  it('marks the order paid once: a replayed notification is acknowledged and changes nothing', async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie);
    fake.answersQueries = false; // only the notification tells
    const notification = fake.notification(fake.pay(imprestCode));

    const first = await send(notifyRoute, notification.clone());
    expect(first.status).toBe(200);
    expect(first.text).toBe('success'); // the fake platform's acknowledgement
    expect(fulfilOrder).toHaveBeenCalledTimes(1);
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).json).toEqual({ status: 'paid' });

    for (const replay of [notification.clone(), notification.clone()]) {
      const again = await send(notifyRoute, replay);
      expect(again.status).toBe(200);
      expect(again.text).toBe('success');
    }
    expect(fulfilOrder).toHaveBeenCalledTimes(1);
  });

  it('is acted on once when the notification and a status poll arrive together', async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie);
    const payment = fake.pay(imprestCode);
    await Promise.all([send(notifyRoute, fake.notification(payment)), statusOf(cookie, `imprestCode=${imprestCode}`)]);
    expect(fulfilOrder).toHaveBeenCalledTimes(1);
  });

  it('never undoes a payment: a "failed" after "paid" changes nothing', async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie);
    const paid = fake.pay(imprestCode);
    await send(notifyRoute, fake.notification(paid));
    expect((await send(notifyRoute, fake.notification({ ...paid, status: 'failed' }))).status).toBe(200);
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).json).toEqual({ status: 'paid' });
  });

  it('refuses a notification that is not signed with the AppKey (400), and the order stays pending', async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie);
    fake.answersQueries = false;
    const forged = fake.notification({ imprestCode, tradeNo: 'T-FORGED', amountFen: 6800, status: 'paid' }, 'a guessed key');
    const answer = await send(notifyRoute, forged);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: 'bad_notification', message: 'not a verified VVChat payment notification' });
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).json).toEqual({ status: 'pending' });
    expect(fulfilOrder).not.toHaveBeenCalled();
  });

  it('does not acknowledge a payment of another amount (409), nor an unknown order (404)', async () => {
    const cookie = await logIn();
    const imprestCode = await order(cookie);
    fake.answersQueries = false;
    const short = await send(notifyRoute, fake.notification(fake.pay(imprestCode, 100)));
    expect(short.status).toBe(409);
    expect(short.json?.error).toBe('amount_mismatch');
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).json).toEqual({ status: 'pending' });

    const unknown = await send(notifyRoute, fake.notification({ imprestCode: 'IMPREST-ELSEWHERE', amountFen: 1, status: 'paid' }));
    expect(unknown.status).toBe(404);
    expect(fulfilOrder).not.toHaveBeenCalled();
  });
});

describe('the AppKey', () => {
  it('appears in no answer, even when the platform fails with it in its error', async () => {
    // `send` checks every answer of this file; here the platform's errors carry the key too.
    const leaky = () => new Error(`request failed: app_key=${fakeAppKey}`);
    fake.failNext('exchangeCode', leaky());
    expect((await send(loginRoute, post('/api/vvchat/login', { code: fake.issueCode() }))).status).toBe(502);
    const cookie = await logIn();
    fake.failNext('unifiedOrder', leaky());
    expect((await send(ordersRoute, post('/api/orders', { itemId: 'tea-set' }, { cookie }))).status).toBe(502);
    const imprestCode = await order(cookie);
    fake.failNext('queryOrder', leaky());
    expect((await statusOf(cookie, `imprestCode=${imprestCode}`)).status).toBe(200);
  });

  it('is not in the client code the browser runs', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const file of ['vvchatApi.ts', 'Shop.tsx']) {
      const source = await readFile(new URL(`../../stories/guides/examples/backend/client/${file}`, import.meta.url), 'utf8');
      expect(source).not.toMatch(/APP_KEY|appKey|server\/(platform|config)/);
    }
  });
});

describe("the page's exchangeCode, createOrder and verifyPayment", () => {
  const routes = {
    '/api/vvchat/login': { POST: loginRoute },
    '/api/orders': { POST: ordersRoute },
    '/api/orders/status': { GET: statusRoute },
  };

  it('go through login, order and payment to "paid", and only once the platform said so', async () => {
    const browser = createBrowser(routes);
    vi.stubGlobal('fetch', browser.fetch);
    fake.answersQueries = false;

    const code = fake.issueCode({ nickname: '小李' });
    expect(await exchangeCode(code)).toEqual({ openId: `open-${code}`, nickname: '小李' });
    const { imprestCode } = await createOrder('oolong-250g');
    const payment = fake.pay(imprestCode);
    // The app is back with ?trade_no=…, the platform's notification not yet in: not paid.
    expect(await verifyPayment({ imprestCode, tradeNo: payment.tradeNo })).toBe('pending');
    await send(notifyRoute, fake.notification(payment));
    expect(await verifyPayment({ imprestCode, tradeNo: payment.tradeNo })).toBe('paid');

    // What the browser sent: an item id (no amount), and never the trade_no.
    const [, orderRequest] = browser.sent;
    expect(await orderRequest!.json()).toEqual({ itemId: 'oolong-250g' });
    expect(browser.sent.map((request) => request.url).join('\n')).not.toContain(payment.tradeNo);
    expect(fake.orders.find((candidate) => candidate.imprestCode === imprestCode)?.amountFen).toBe(6800);
  });

  it("reject with the route's message, so the hooks report exchange_failed and order_failed", async () => {
    vi.stubGlobal('fetch', createBrowser(routes).fetch);
    const code = fake.issueCode();
    await exchangeCode(code);
    await expect(exchangeCode(code)).rejects.toThrow('/api/vvchat/login: 409 this code was already used: start a new login');
    await expect(createOrder('gold-bar')).rejects.toThrow('/api/orders: 400 itemId "gold-bar" is not in the catalogue');
    await expect(verifyPayment({ imprestCode: 'NO-SUCH' })).rejects.toThrow('/api/orders/status?imprestCode=NO-SUCH: 404 no order NO-SUCH of yours');
  });
});

describe('the node:http adapter (and so Express)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const handlers: Record<string, WebHandler> = { 'POST /api/vvchat/login': loginRoute, 'POST /api/orders': ordersRoute, 'GET /api/orders/status': statusRoute };
    server = createServer((req, res) => {
      const handler = handlers[`${req.method} ${new URL(req.url ?? '/', origin).pathname}`];
      if (handler) void serveWeb(handler, req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the same routes over real HTTP: the session cookie, the JSON answers and the errors', async () => {
    const json = { 'content-type': 'application/json', origin };
    const login = await fetch(`${base}/api/vvchat/login`, { method: 'POST', headers: json, body: JSON.stringify({ code: fake.issueCode() }) });
    expect(login.status).toBe(200);
    const [cookie] = login.headers.getSetCookie();
    expect(cookie).toMatch(/^session=.+; HttpOnly; Secure; SameSite=Lax$/);

    const session = { cookie: cookie!.split(';')[0]! };
    const created = await fetch(`${base}/api/orders`, { method: 'POST', headers: { ...json, ...session }, body: JSON.stringify({ itemId: 'tea-set' }) });
    const { imprestCode } = (await created.json()) as { imprestCode: string };
    const status = await fetch(`${base}/api/orders/status?imprestCode=${imprestCode}`, { headers: session });
    expect(await status.json()).toEqual({ status: 'pending' });

    const bad = await fetch(`${base}/api/vvchat/login`, { method: 'POST', headers: json, body: '{}' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
