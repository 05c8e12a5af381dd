// POST /api/orders  { itemId, quantity? }  →  { imprestCode }
// The page's `createOrder(itemId)`. Pay step 1: the unified order, priced from YOUR catalogue.
import { findItem } from '../../../server/catalogue';
import { appOrigin } from '../../../server/config';
import { problem, ok, readJsonObject, refuseOtherOrigin, sessionOf } from '../../../server/http';
import { platform } from '../../../server/platform';
import { addOrder, setImprestCode } from '../../../server/store';

export async function POST(request: Request): Promise<Response> {
  const refused = refuseOtherOrigin(request);
  if (refused) return refused;
  const session = sessionOf(request);
  if (!session) return problem(401, 'unauthorized', 'log in with VVChat first');
  const body = await readJsonObject(request);
  if (body instanceof Response) return body;

  // The browser names WHAT it buys, never what it costs: an `amount` in the body is not read.
  const { itemId, quantity = 1 } = body;
  if (typeof itemId !== 'string' || itemId === '') return problem(400, 'bad_request', 'itemId must be a non-empty string');
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 20) {
    return problem(400, 'bad_request', 'quantity must be a whole number from 1 to 20');
  }
  const item = findItem(itemId);
  if (!item) return problem(400, 'bad_request', `itemId ${JSON.stringify(itemId)} is not in the catalogue`);

  const order = addOrder({
    openId: session.user.openId,
    itemId: item.id,
    quantity,
    amountFen: item.priceFen * quantity,
    subject: quantity === 1 ? item.name : `${item.name} × ${quantity}`,
  });
  try {
    const { imprestCode } = await platform.unifiedOrder({
      orderId: order.orderId,
      amountFen: order.amountFen,
      subject: order.subject,
      notifyUrl: `${appOrigin()}/api/vvchat/notify`,
    });
    setImprestCode(order.orderId, imprestCode);
    return ok({ imprestCode });
  } catch (error) {
    console.error('[vvchat] the unified order failed', error);
    return problem(502, 'order_failed', 'the order could not be created: try again');
  }
}
