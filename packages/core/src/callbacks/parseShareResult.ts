import { VVChatError } from '../errors';
import { integer, toParams } from './params';

/** A share result: `200` is success, any other code a failure with the app's message. */
export type ShareResult = { ok: true; code: 200 } | { ok: false; code: number; message: string };

/**
 * Reads a share result, whatever channel brought it: an object, a JSON string, a URL, a query
 * string or `URLSearchParams` carrying `code` (and `err_msg` on failure).
 * Throws `VVChatError` `invalid_callback` for anything else.
 *
 * @example
 * parseShareResult({ code: 400, err_msg: '请求失败！' }); // { ok: false, code: 400, message: '请求失败！' }
 * parseShareResult('{"code":200}'); // { ok: true, code: 200 }
 */
export function parseShareResult(input: unknown): ShareResult {
  let fields = input;
  if (typeof input === 'string' && /^\s*\{/.test(input)) {
    try {
      fields = JSON.parse(input);
    } catch (error) {
      throw new VVChatError('invalid_callback', 'the share result is not valid JSON', { cause: error });
    }
  }
  if (typeof fields !== 'object' || !fields || fields instanceof URL) fields = toParams(fields, 'the share result');
  const read = (key: string): unknown =>
    fields instanceof URLSearchParams ? fields.get(key) : (fields as Record<string, unknown>)[key];
  const code = integer(read('code'));
  const message = read('err_msg') ?? '';
  if (code === undefined || (typeof message !== 'string' && typeof message !== 'number')) {
    throw new VVChatError('invalid_callback', 'the share result needs an integer code and a text err_msg');
  }
  return code === 200 ? { ok: true, code } : { ok: false, code, message: String(message) };
}
