// POST /api/vvchat/login  { code }  →  { openId, nickname } and a session cookie
// The page's `exchangeCode(code)`. Login steps 2 and 3 of the platform document, with the AppKey.
import { problem, ok, readJsonObject, refuseOtherOrigin, sessionCookie } from '../../../../server/http';
import { platform, type PlatformUser } from '../../../../server/platform';
import { createSession, spendCode } from '../../../../server/store';

export async function POST(request: Request): Promise<Response> {
  const refused = refuseOtherOrigin(request);
  if (refused) return refused;
  const body = await readJsonObject(request);
  if (body instanceof Response) return body;
  const { code } = body;
  if (typeof code !== 'string' || code.trim() === '' || code.length > 512) {
    return problem(400, 'bad_request', 'code must be the non-empty string the VVChat app put on redirect_uri');
  }

  // Once per code, whatever the platform would say: a replayed code never reaches it again.
  // Spent before the call, so two requests racing with one code exchange it once.
  if (!spendCode(code)) return problem(409, 'code_used', 'this code was already used: start a new login');

  let user: PlatformUser;
  try {
    user = await platform.exchangeCode(code);
  } catch (error) {
    // Logged here, never sent back: the platform's reply is not the browser's business.
    console.error('[vvchat] the code exchange failed', error);
    return problem(502, 'exchange_failed', 'VVChat did not accept the code: start a new login');
  }

  const session = createSession(user);
  return ok({ openId: user.openId, nickname: user.nickname }, { 'Set-Cookie': sessionCookie(session) });
}
