/** A browser and a platform around the backend sketch's route handlers, for the tests of test/docs. */
import { expect } from 'vitest';
import type { FakePlatform } from './fakePlatform';
import { fakeAppKey } from './fakePlatform';

/** The shop's origin in the tests (the `APP_ORIGIN` the routes are configured with). */
export const origin = 'https://shop.example';

export type WebHandler = (request: Request) => Promise<Response>;

/** A response, read once, with its body parsed when it is JSON. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown> | undefined;
}

/**
 * Runs a route handler and reads its answer. Every answer of every test goes through here, and
 * none may carry the AppKey, in a header or in the body.
 */
export async function send(handler: WebHandler, request: Request): Promise<Answer> {
  const response = await handler(request);
  const text = await response.text();
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  expect(`${headers}\n${text}`).not.toContain(fakeAppKey);
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

interface RequestOptions {
  cookie?: string | undefined;
  /** The Origin header a browser sends with a POST. @default origin */
  origin?: string | null | undefined;
  /** @default 'application/json' */
  contentType?: string | undefined;
}

/** A POST as the page's `fetch` sends it: JSON (unless `body` is already a string), with Origin and the cookie. */
export function post(path: string, body: unknown, options: RequestOptions = {}): Request {
  const headers = new Headers({ 'content-type': options.contentType ?? 'application/json' });
  const from = options.origin === undefined ? origin : options.origin;
  if (from !== null) headers.set('origin', from);
  if (options.cookie) headers.set('cookie', options.cookie);
  return new Request(new URL(path, origin), { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/** A GET with the session cookie. */
export function get(path: string, options: Pick<RequestOptions, 'cookie'> = {}): Request {
  return new Request(new URL(path, origin), { headers: options.cookie ? { cookie: options.cookie } : {} });
}

/** `name=value` of a `Set-Cookie` header, as the browser sends it back. */
export function cookieOf(answer: Answer): string {
  const [cookie] = answer.headers.getSetCookie();
  if (!cookie) throw new Error(`no Set-Cookie in ${answer.status} ${answer.text}`);
  return cookie.split(';')[0]!;
}

/**
 * A phone's browser talking to the routes: relative URLs against {@link origin}, an Origin header
 * on POSTs, and a cookie jar. `sent` keeps every request, to check what the page's functions send.
 */
export function createBrowser(routes: Record<string, Partial<Record<'GET' | 'POST', WebHandler>>>) {
  let cookie = '';
  const sent: Request[] = [];
  const fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    const request = new Request(new URL(input, origin), init);
    const headers = new Headers(request.headers);
    if (request.method !== 'GET') headers.set('origin', origin);
    if (cookie) headers.set('cookie', cookie);
    const browserRequest = new Request(request, { headers });
    sent.push(browserRequest.clone());
    const handler = routes[new URL(browserRequest.url).pathname]?.[browserRequest.method as 'GET' | 'POST'];
    const response = handler ? await handler(browserRequest) : new Response('not found', { status: 404 });
    const [setCookie] = response.headers.getSetCookie();
    if (setCookie) cookie = setCookie.split(';')[0]!;
    return response;
  };
  return { fetch, sent };
}

/** The fake behind the mocked `platform` module. */
export function asFake(platform: unknown): FakePlatform {
  return platform as FakePlatform;
}
