/**
 * The VVChat open platform's server API, as YOUR backend calls it: the only place that holds the
 * AppKey. The H5 document names these calls (访问凭证接口, 获取用户资料接口, 统一下单接口 and its
 * 回调说明) and sends you to the platform's server API document for them; it gives neither their
 * addresses, nor their parameters, nor how a notification is signed. So `platform` below is a
 * stub that throws until you fill it in from that document; the routes use only this interface,
 * and the tests (test/docs/) swap in an in-memory fake.
 */
import { platformCredentials } from './config';

/** A VVChat user, from the user-profile API (获取用户资料接口). */
export interface PlatformUser {
  /** The user's id on the platform, as the profile API names it. */
  openId: string;
  nickname: string;
}

/** What the unified-order API (统一下单接口) is given. */
export interface UnifiedOrderRequest {
  /** Your own order number, unique per order. */
  orderId: string;
  /** The amount in fen (分, 1/100 yuan), from YOUR catalogue; convert to the unit the API takes. */
  amountFen: number;
  /** What the user pays for. */
  subject: string;
  /** Where the platform sends the payment notification: your `/api/vvchat/notify`, a public https URL. */
  notifyUrl: string;
}

/** What the platform says about a payment, in its notification or when asked. */
export interface PlatformPayment {
  imprestCode: string;
  /** The platform's transaction number (the `trade_no` the app also puts on `redirect_uri`). */
  tradeNo?: string | undefined;
  /** The amount paid, in fen. */
  amountFen: number;
  status: 'paid' | 'failed' | 'pending';
}

/** The platform's server calls this backend makes. Every one needs the AppKey: server only. */
export interface PlatformApi {
  /**
   * Login steps 2 and 3: the code (with AppID and AppKey) for an access token (访问凭证接口), then
   * the token for the user (获取用户资料接口). Rejects for a code the platform refuses.
   */
  exchangeCode(code: string): Promise<PlatformUser>;
  /** Pay step 1, the unified order (统一下单接口): resolves to the order's `imprest_code`. */
  unifiedOrder(order: UnifiedOrderRequest): Promise<{ imprestCode: string }>;
  /**
   * Asks the platform about an order. The H5 document names no such query: use the server API
   * document's if it has one, else resolve `undefined` ("can't tell"): the notification then is
   * the only source, and a lost one leaves the order pending until you reconcile.
   */
  queryOrder(imprestCode: string): Promise<PlatformPayment | undefined>;
  /**
   * Pay step 3: reads the platform's payment notification and proves it is the platform's (as
   * the unified-order API's 回调说明 says: a signature, say). Rejects for anything else.
   */
  verifyNotification(request: Request): Promise<PlatformPayment>;
  /** The answer the platform expects to a notification it received, as the 回调说明 says. */
  acknowledgeNotification(): Response;
}

/** Rejects: the call is yours to write. */
function fillIn(call: string, document: string): never {
  throw new Error(`PlatformApi.${call} is not written yet: fill it in from the VVChat server API document (${document})`);
}

/**
 * FILL IN from the VVChat server API document (linked from the H5 document as /publicapi/index.html).
 * `platformCredentials()` gives `{ appId, appKey }` from server-only environment variables.
 * Never log what you send: it holds the AppKey.
 */
export const platform: PlatformApi = {
  async exchangeCode(_code) {
    const { appId: _appId, appKey: _appKey } = platformCredentials();
    // FILL IN: send code + AppID + AppKey to 访问凭证接口 (access token), then the token to
    // 获取用户资料接口 (user profile); map the profile to { openId, nickname }.
    return fillIn('exchangeCode', '访问凭证接口, 获取用户资料接口');
  },
  async unifiedOrder(_order) {
    const { appId: _appId, appKey: _appKey } = platformCredentials();
    // FILL IN: call 统一下单接口 with the order (amount in its unit, notifyUrl as its callback
    // address, if it takes one) and return its imprest_code.
    return fillIn('unifiedOrder', '统一下单接口');
  },
  async queryOrder(_imprestCode) {
    // FILL IN: the server API document's order query, if there is one; else `return undefined`.
    return fillIn('queryOrder', 'an order query, if the document has one');
  },
  async verifyNotification(_request) {
    // FILL IN: read the body as the 回调说明 describes it, check its signature with your AppKey,
    // and map it to { imprestCode, tradeNo, amountFen, status }. Throw when it does not check out.
    return fillIn('verifyNotification', '统一下单接口 回调说明');
  },
  acknowledgeNotification() {
    // FILL IN: the reply the 回调说明 asks for.
    return fillIn('acknowledgeNotification', '统一下单接口 回调说明');
  },
};
