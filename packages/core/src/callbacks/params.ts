import { VVChatError } from '../errors';

/** What the callback parsers read: a full URL, a query string (with or without `?`), a `URL` or `URLSearchParams`. */
export type CallbackInput = string | URL | URLSearchParams;

/**
 * @internal Reads `input` into `URLSearchParams` with URL query rules. For a full URL the query
 * before `#` is read; when it is empty and the hash holds `?…` (hash routing), that is read instead.
 */
export function toParams(input: unknown, what: string): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  if (input instanceof URL) input = input.href;
  if (typeof input !== 'string') throw new VVChatError('invalid_callback', what + ' must be a URL or query string');
  if (!/^[a-z][\w+.-]*:/i.test(input)) return new URLSearchParams(input.split('#')[0]);
  const [, query, hashQuery] = /^[^?#]*(?:\?([^#]*))?(?:#[^?]*\??(.*))?$/s.exec(input)!;
  return new URLSearchParams(query || hashQuery);
}

/** @internal A number or numeric string as a safe integer (surrounding spaces allowed), else `undefined`. */
export function integer(value: unknown): number | undefined {
  return (typeof value === 'number' || (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value))) && Number.isSafeInteger(+value)
    ? +value
    : undefined;
}
