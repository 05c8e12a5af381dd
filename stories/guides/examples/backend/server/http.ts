/** The few HTTP rules every route shares: errors as JSON, JSON bodies, the Origin check, the session cookie. */
import { appOrigin } from './config';
import { findSession, sessionMaxAgeS, type Session } from './store';

/** An error the page can show and a developer can read: `{ error, message }`, never a stack or the platform's reply. */
export function problem(status: number, error: string, message: string): Response {
  return Response.json({ error, message }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** A JSON answer that no cache keeps. */
export function ok(body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { headers: { 'Cache-Control': 'no-store', ...headers } });
}

const maxBodyBytes = 8 * 1024;

/** The request's JSON object, or the 4xx answer to send instead. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | Response> {
  // application/json only: a cross-site form cannot send it without a CORS preflight.
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    return problem(415, 'unsupported_media_type', 'send the body as application/json');
  }
  const text = await request.text();
  if (text.length > maxBodyBytes) return problem(413, 'too_large', `the body is over ${maxBodyBytes} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return problem(400, 'bad_request', 'the body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return problem(400, 'bad_request', 'the body must be a JSON object');
  return body as Record<string, unknown>;
}

/**
 * Refuses a state-changing request that a browser sent from another site (CSRF). Browsers send
 * `Origin` with every POST; a request without one is not a browser's, so carries no user's cookies
 * by accident.
 */
export function refuseOtherOrigin(request: Request): Response | undefined {
  const origin = request.headers.get('origin');
  return origin !== null && origin !== appOrigin() ? problem(403, 'forbidden', `requests from ${origin} are not accepted`) : undefined;
}

const cookieName = 'session';

/** The session cookie: HttpOnly (no script reads it), Secure (https only), SameSite=Lax (no cross-site POST carries it). */
export function sessionCookie(session: Session): string {
  return `${cookieName}=${session.id}; Path=/; Max-Age=${sessionMaxAgeS}; HttpOnly; Secure; SameSite=Lax`;
}

/** The logged-in user's session, from the request's cookie. */
export function sessionOf(request: Request): Session | undefined {
  for (const pair of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, value] = pair.trim().split('=');
    if (name === cookieName && value) return findSession(value);
  }
  return undefined;
}
