/**
 * Serves the Web-standard route handlers (`(request: Request) => Promise<Response>`) from plain
 * `node:http`, and so from Express, Koa or Fastify's raw `req`/`res`, with no dependency.
 *
 * @example
 * import { createServer } from 'node:http';
 * import { POST as login } from '../app/api/vvchat/login/route';
 * createServer((req, res) => (req.url === '/api/vvchat/login' ? serveWeb(login, req, res) : res.writeHead(404).end())).listen(3000);
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { appOrigin } from './config';

/** A route handler, as Next.js App Router's `route.ts` exports it. */
export type WebHandler = (request: Request) => Promise<Response>;

const maxBodyBytes = 64 * 1024;

/** Turns `req` into a `Request`, runs `handler`, and writes its `Response` to `res`. */
export async function serveWeb(handler: WebHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const response = await handler(await toRequest(req));
    const headers: Record<string, string | string[]> = Object.fromEntries(response.headers);
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) headers['set-cookie'] = cookies; // one header each, never joined with commas
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error('[shop] the route failed', error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('internal error');
  }
}

async function toRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  // Your configured origin, not the Host header: behind a proxy, Host is the proxy's business.
  return new Request(new URL(req.url ?? '/', appOrigin()), { method, headers, ...(body && { body }) });
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new Error(`request body over ${maxBodyBytes} bytes`);
    chunks.push(chunk);
  }
  return Uint8Array.from(Buffer.concat(chunks));
}
