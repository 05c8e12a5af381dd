import { VVChatError } from '@vvchat/core';

/**
 * @internal Reads an option that takes one of a few strings: `undefined` is the first of `values`
 * (the default); anything else not in `values` throws `invalid_option`, naming the option and the
 * value it got.
 */
export function oneOf<const T extends string>(name: string, value: unknown, values: readonly [T, ...T[]]): T {
  if (value === undefined) return values[0];
  if ((values as readonly unknown[]).includes(value)) return value as T;
  throw new VVChatError('invalid_option', `${name} must be ${either(values)}; got ${describe(value)}`);
}

/** @internal `'a' or 'b'`, `'a', 'b' or 'c'`. */
export function either(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}` : (quoted[0] ?? '');
}

/** @internal A value as an error message shows it: strings quoted, anything else by its type (as the existing options say it). */
export function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
