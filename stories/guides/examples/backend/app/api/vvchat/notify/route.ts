// POST /api/vvchat/notify  ←  the platform's payment notification (pay step 3), server to server.
// No session and no Origin here: the notification's proof is its signature, checked by
// `platform.verifyNotification`. It may come more than once; it is acted on once.
import { problem } from '../../../../server/http';
import { platform, type PlatformPayment } from '../../../../server/platform';
import { settlePayment } from '../../../../server/settlePayment';

export async function POST(request: Request): Promise<Response> {
  let payment: PlatformPayment;
  try {
    payment = await platform.verifyNotification(request);
  } catch (error) {
    console.warn('[vvchat] a notification that does not check out', error);
    return problem(400, 'bad_notification', 'not a verified VVChat payment notification');
  }

  const settlement = await settlePayment(payment);
  if (settlement === 'unknown-order') return problem(404, 'not_found', `no order ${payment.imprestCode}`);
  // Not acknowledged, so that it is not forgotten: someone must look at this order.
  if (settlement === 'amount-mismatch') return problem(409, 'amount_mismatch', `the amount paid does not match order ${payment.imprestCode}`);
  // Settled now, or already (a replay, a retry): the same acknowledgement.
  return platform.acknowledgeNotification();
}
