// GET /api/orders/status?imprestCode=…  →  { status: 'paid' | 'failed' | 'pending' }
// The page's `verifyPayment(order)`, polled after the app comes back. The answer comes from what
// the PLATFORM said (its notification, else its order query), never from the `trade_no` in the URL.
import { problem, ok, sessionOf } from '../../../../server/http';
import { platform } from '../../../../server/platform';
import { settlePayment } from '../../../../server/settlePayment';
import { findOrder } from '../../../../server/store';

export async function GET(request: Request): Promise<Response> {
  const session = sessionOf(request);
  if (!session) return problem(401, 'unauthorized', 'log in with VVChat first');
  const imprestCode = new URL(request.url).searchParams.get('imprestCode');
  if (!imprestCode) return problem(400, 'bad_request', 'imprestCode is missing from the query');

  const order = findOrder(imprestCode);
  // Another user's order is as unknown as one that does not exist.
  if (order?.openId !== session.user.openId) return problem(404, 'not_found', `no order ${imprestCode} of yours`);

  if (order.status === 'pending') {
    // The notification may be late or lost: ask the platform (where its API has a query).
    try {
      const payment = await platform.queryOrder(imprestCode);
      if (payment?.imprestCode === imprestCode) await settlePayment(payment);
    } catch (error) {
      console.warn('[vvchat] the order query failed; the order stays pending', error);
    }
  }
  return ok({ status: findOrder(imprestCode)?.status ?? 'pending' });
}
