import { integer, toParams, type CallbackInput } from './params';

/** The pay return as {@link parsePayReturn} reads it. */
export interface PayReturn {
  /** The platform's transaction number for the payment (`trade_no`). */
  tradeNo: string;
  /** The `err_code` the app added, when it is an integer. */
  errCode?: number | undefined;
}

/**
 * Reads `trade_no` (and `err_code`, if any) from the page the VVChat app opened after paying.
 * Returns `null` without a `trade_no`. A return proves nothing: only your backend, which
 * received the platform's payment notification, can say an order is paid.
 * Throws `VVChatError` `invalid_callback` when `input` is not a URL or query string.
 *
 * @example
 * parsePayReturn('?trade_no=T20261126001'); // { tradeNo: 'T20261126001' }
 */
export function parsePayReturn(input: CallbackInput): PayReturn | null {
  const params = toParams(input, 'the pay return');
  const tradeNo = params.get('trade_no');
  if (!tradeNo?.trim()) return null;
  const errCode = integer(params.get('err_code'));
  return errCode === undefined ? { tradeNo } : { tradeNo, errCode };
}
