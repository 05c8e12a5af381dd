import type { CallbackInput } from '@vvchat/core';

/** Every form a callback arrives in, each made from a query string such as `code=a&state=b`. */
export const inputForms: [string, (query: string) => CallbackInput][] = [
  ['a full URL', (query) => `https://shop.example/cb?${query}`],
  ['a full URL with a hash', (query) => `https://shop.example/cb?${query}#top`],
  ['a hash-routed URL', (query) => `https://shop.example/#/cb?${query}`],
  ['a hash-routed URL with an empty query', (query) => `https://shop.example/?#/cb?${query}`],
  ['an app URL', (query) => `myapp://callback?${query}`],
  ['a query string with ?', (query) => `?${query}`],
  ['a query string without ?', (query) => query],
  ['a URL object', (query) => new URL(`https://shop.example/cb?${query}`)],
  ['a hash-routed URL object', (query) => new URL(`https://shop.example/#/cb?${query}`)],
  ['URLSearchParams', (query) => new URLSearchParams(query)],
];

/** Inputs that are neither a string, a URL nor URLSearchParams. */
export const notCallbackInputs: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 200],
  ['a boolean', true],
  ['a bigint', 1n],
  ['a symbol', Symbol('code=a')],
  ['a function', () => 'code=a'],
  ['an array', ['code=a']],
  ['a plain object', { code: 'a' }],
  ['a Location-like object', { href: 'https://shop.example/cb?code=a', search: '?code=a' }],
  ['a String object', Object('code=a')],
  ['a Map', new Map([['code', 'a']])],
];
