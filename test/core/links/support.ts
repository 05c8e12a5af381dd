import fc from 'fast-check';
import { expect } from 'vitest';
import { VVChatError, isVVChatError, type ShareTemplate, type VVChatErrorCode } from '@vvchat/core';

/** Runs per property: the suite's floor. */
export const runs = { numRuns: 1000 };

/** What `fn` threw; fails the test when it returned instead. */
export function thrown(fn: () => unknown): unknown {
  let value: unknown;
  try {
    value = fn();
  } catch (error) {
    return error;
  }
  const shown = typeof value === 'string' ? value.slice(0, 200) : JSON.stringify(value)?.slice(0, 200);
  throw new Error(`expected a throw, got the return value ${shown ?? typeof value}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Asserts that `fn` throws a `VVChatError` with `code`, whose message starts with `name`
 * (an option such as `redirectUri` or `data.data[1]`, followed by a space or the end),
 * and returns the error for further checks.
 */
export function expectVVChatError(fn: () => unknown, code: VVChatErrorCode, name?: string): VVChatError {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(VVChatError);
  expect(isVVChatError(error)).toBe(true);
  const vvchatError = error as VVChatError;
  expect(vvchatError.code).toBe(code);
  if (name !== undefined) expect(vvchatError.message).toMatch(new RegExp(`^${escapeRegExp(name)}(?=$|[\\s.[])`));
  return vvchatError;
}

/** Asserts that `fn` throws `invalid_option` naming `name`. */
export function expectInvalidOption(fn: () => unknown, name: string): VVChatError {
  return expectVVChatError(fn, 'invalid_option', name);
}

/** Asserts that `fn` returns, or throws nothing but a `VVChatError`; returns what `fn` returned. */
export function onlyVVChatError<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(VVChatError);
    return undefined;
  }
}

/** The only characters `encodeURIComponent` writes, plus the separators `&` and `=`. */
export const linkShape = /^qyx:\/\/\w+\?[A-Za-z0-9_\-.!~*'()%&=]*$/;

/** Values that are not strings, each with a name for the test title. */
export const nonStrings: [string, unknown][] = [
  ['a number', 42],
  ['zero', 0],
  ['a boolean', true],
  ['NaN', Number.NaN],
  ['a bigint', 1n],
  ['an object', { value: 'x' }],
  ['an array', ['x']],
  ['a symbol', Symbol('x')],
  ['a function', () => 'x'],
  ['a String object', Object('x')],
  ['a URL object', new URL('https://example.com/')],
];

/** Required string values that are missing or blank. */
export const missingOrBlank: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['empty', ''],
  ['a space', ' '],
  ['tabs and newlines', '\t\n\r'],
  ['an ideographic space', '\u3000'],
  ['a no-break space', '\u00a0'],
];

/** Optional values that are left out of a link. */
export const blankOptionals: [string, unknown][] = missingOrBlank;

/** Strings holding a lone surrogate, high or low, alone or among other text. */
export const loneSurrogates: [string, string][] = [
  ['a lone high surrogate', '\uD800'],
  ['a lone low surrogate', '\uDFFF'],
  ['a high surrogate at the end', 'abc\uD83D'],
  ['a low surrogate at the start', '\uDE00abc'],
  ['two high surrogates', 'a\uD83D\uD83Db'],
  ['a reversed pair', 'a\uDE00\uD83Db'],
];

/** `redirectUri`/`url`/`thumbUrl` values that are not absolute http(s) URLs. */
export const notAbsoluteHttpUrls: [string, string][] = [
  ['a javascript: URL', 'javascript:alert(document.cookie)'],
  ['a javascript: URL in capitals', 'JAVASCRIPT:alert(1)'],
  ['a javascript: URL hiding http', 'javascript://https://example.com/%0aalert(1)'],
  ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['a vbscript: URL', 'vbscript:msgbox(1)'],
  ['a file: URL', 'file:///etc/passwd'],
  ['an ftp: URL', 'ftp://example.com/file'],
  ['a custom scheme', 'qyx://share?app_id=x'],
  ['an absolute path', '/callback'],
  ['a relative path', 'callback?x=1'],
  ['a protocol-relative URL', '//evil.example/callback'],
  ['a URL with one slash', 'http:/example.com'],
  ['a URL with no slash', 'https:example.com'],
  ['a URL with backslashes', 'https:\\\\example.com'],
  ['a scheme alone', 'https://'],
  ['a query without a host', 'https://?x=1'],
  ['a path without a host', 'https:///path'],
  ['a URL with a space in the host', 'https://exa mple.com/'],
  ['a URL with a space in the path', 'https://example.com/a b'],
  ['a URL with a tab', 'https://example.com/\tx'],
  ['a URL with a newline', 'https://example.com/\nx'],
  ['a URL ending in a newline', 'https://example.com/\n'],
  ['a URL with an ideographic space', 'https://example.com/\u3000'],
  ['a URL with a leading space', ' https://example.com/'],
  ['a URL with a trailing space', 'https://example.com/ '],
];

/** Absolute http(s) URLs every URL option accepts. */
export const absoluteHttpUrls: string[] = [
  'http://xxxx.com',
  'https://example.com/',
  'HTTPS://EXAMPLE.COM/Path',
  'https://shop.example:8443/cb?x=1&y=2#top',
  'https://user@example.com/',
  'http://127.0.0.1:3000/callback',
  'https://[::1]/callback',
  'https://例子.测试/回调?名=值',
  'https://example.com/?q=%E4%B8%AD&emoji=😀',
];

// ---------------------------------------------------------------- arbitraries

/** Characters that matter to a query string, and text the platform's users write. */
const specials = [
  '中', '文', '内容', '请求失败！', '😀', '👨‍👩‍👧', '🇨🇳', 'é', 'e\u0301',
  '&', '=', '%', '+', '#', ' ', '?', '/', ';', ',', ':', '@', '"', "'", '\\', '<', '>', '[', ']', '{', '}',
  '%20', '%2B', '%25', '%E4', '%zz', '\u3000', '\u00a0', '\n', '\t', '\0', '\u2028',
];

/** One unit of arbitrary text: a special, a grapheme, or any code point. */
const unit = fc.oneof(
  fc.constantFrom(...specials),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

/** Arbitrary well-formed Unicode text (no lone surrogates), often with specials. */
export const anyText = fc.string({ unit, maxLength: 24 });

/** Arbitrary text with something besides whitespace in it. */
export const someText = anyText.filter((text) => text.trim() !== '');

/** Arbitrary text that may hold lone surrogates too. */
export const anyTextWithSurrogates = fc.string({
  unit: fc.oneof(unit, fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D')),
  maxLength: 24,
});

/** A blank or absent optional value: left out of the link. */
export const blankOptional = fc.constantFrom<string | null | undefined>(undefined, null, '', ' ', '\t\n', '\u3000');

/** An optional value: some text or a blank. */
export const optionalText = fc.oneof(someText, blankOptional);

/** An absolute http(s) URL `scheme://host/path?q=<arbitrary>`, the arbitrary part encoded or raw. */
export const absoluteUrl = fc
  .tuple(fc.constantFrom('http', 'https', 'HTTPS', 'Http'), fc.domain(), anyText, fc.boolean())
  .map(([scheme, host, query, encode]) =>
    `${scheme}://${host}/path?q=${encode ? encodeURIComponent(query) : query.replace(/\s/g, '')}`,
  );

/** An optional URL: an absolute http(s) URL or a blank. */
export const optionalUrl = fc.oneof(absoluteUrl, blankOptional);

/** A valid share template; its lines may be empty or blank. */
export const shareTemplate: fc.Arbitrary<ShareTemplate> = fc.record({
  tplHeader: fc.oneof(fc.constant('vctalk'), someText),
  tplVersion: fc.oneof(fc.constant('v1'), someText),
  tplType: fc.oneof(fc.constant('MultipleLine'), someText),
  data: fc.array(fc.oneof(anyText, fc.constantFrom('', ' ')), { maxLength: 6 }),
}, { noNullPrototype: true });

/** Keys that trip code reading objects carelessly, mixed with arbitrary keys. */
export const hostileKey = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'trim', 'toString', 'valueOf', 'toJSON', 'constructor', '__proto__', 'length', 'then',
    'code', 'err_msg', 'err_code', 'trade_no', 'state', 'data', 'tplHeader', 'tplVersion', 'tplType',
    'appId', 'redirectUri', 'title', 'url',
  ),
);

/** Any JavaScript value, with hostile keys, boxed values, sparse arrays and other oddities. */
export const anything = fc.oneof(
  fc.anything({
    key: hostileKey,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    stringUnit: 'binary',
  }),
  fc.constantFrom<unknown>(Symbol('junk'), () => 'x', new URL('https://example.com/?code=1'), new URLSearchParams('code=1')),
  anyTextWithSurrogates,
);

/** Objects that pass for strings to careless code: `trim`, `length`, `toString` of any kind. */
export const stringLike = fc.dictionary(
  fc.constantFrom('trim', 'toString', 'valueOf', 'length', 'toJSON', 'startsWith', 'split'),
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the point: a trim borrowed from strings, unbound
  fc.oneof(fc.anything(), fc.constantFrom<unknown>(() => ' ', () => 'x', String.prototype.trim)),
  { minKeys: 1, maxKeys: 3 },
);

/** The deep-link result expected for `options`: blank optionals dropped, `defaults` filled. */
export function expectedDeepLink(
  action: string,
  options: object,
  defaults: Record<string, string> = {},
): Record<string, unknown> {
  const result: Record<string, unknown> = { action, ...defaults };
  for (const [key, value] of Object.entries(options)) {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    result[key] = value;
  }
  return result;
}
