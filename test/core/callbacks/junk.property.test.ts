import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLoginCallback, parsePayReturn, parseShareResult, type CallbackInput } from '@vvchat/core';
import { anyTextWithSurrogates, anything, onlyVVChatError, runs, stringLike } from '../links/support';

/** Text a callback query is made of: its parameters, numbers of every shape, broken escapes. */
const queryPiece = fc.oneof(
  anyTextWithSurrogates,
  fc.constantFrom(
    'code=', 'state=', 'err_code=', 'trade_no=', 'err_msg=', '&', '=', '?', '#', '#/', '+', '%', '%zz', '%E4', '%ED%A0%80',
    '0', '-0', '00', '1', '-1', '200', '1.5', '1e3', ' ', '99999999999999999999', 'NaN', 'Infinity', '\uD800', '\uDFFF',
    '{', '}', '"code":', '"err_msg":', ',', 'null', '[', ']', 'https://', 'javascript:',
  ),
);
const junkQuery = fc.array(queryPiece, { maxLength: 12 }).map((pieces) => pieces.join(''));

/** Makes `make(value)`, or returns `value` itself if that throws (e.g. an unparsable URL). */
const orItself =
  <T>(make: (value: string) => T) =>
  (value: string): T | string => {
    try {
      return make(value);
    } catch {
      return value;
    }
  };

/** Junk handed to a callback parser. */
const junkInput = fc.oneof(
  anything,
  anyTextWithSurrogates,
  junkQuery,
  junkQuery.map((query) => `?${query}`),
  junkQuery.map((query) => `https://shop.example/cb?${query}`),
  junkQuery.map((query) => `https://shop.example/#/cb?${query}`),
  junkQuery.map((query) => `https://shop.example/${query}`),
  junkQuery.map((query) => `{${query}`),
  junkQuery.map((query) => `qyx://share?${query}`),
  junkQuery.map(orItself((query) => new URLSearchParams(query))),
  junkQuery.map(orItself((query) => new URL(`https://shop.example/cb?${query}`))),
  fc.json(),
  fc.jsonValue(),
  fc.record(
    {
      code: fc.oneof(anything, queryPiece, stringLike, fc.integer()),
      err_msg: fc.oneof(anything, queryPiece, stringLike),
      err_code: fc.oneof(anything, queryPiece),
      trade_no: fc.oneof(anything, queryPiece),
    },
    { requiredKeys: [] },
  ),
);

const isSafeInteger = (value: unknown) => Number.isSafeInteger(value);

describe('junk in never throws anything but a VVChatError', () => {
  it('parseLoginCallback returns null, a granted login with a code, or a refusal with a non-zero integer', () => {
    fc.assert(
      fc.property(junkInput, (input) => {
        const result = onlyVVChatError(() => parseLoginCallback(input as CallbackInput));
        if (!result) return;
        if (result.ok) {
          expect(typeof result.code).toBe('string');
          expect(result.code.trim()).not.toBe('');
        } else {
          expect(isSafeInteger(result.errCode) && result.errCode !== 0).toBe(true);
        }
        if ('state' in result) expect(typeof result.state === 'string' && result.state !== '').toBe(true);
      }),
      runs,
    );
  });

  it('parsePayReturn returns null or a trade_no with an integer err_code, if any', () => {
    fc.assert(
      fc.property(junkInput, (input) => {
        const result = onlyVVChatError(() => parsePayReturn(input as CallbackInput));
        if (!result) return;
        expect(result.tradeNo.trim()).not.toBe('');
        if ('errCode' in result) expect(isSafeInteger(result.errCode)).toBe(true);
      }),
      runs,
    );
  });

  it('parseShareResult returns success with 200 or failure with an integer code and a text message', () => {
    fc.assert(
      fc.property(junkInput, (input) => {
        const result = onlyVVChatError(() => parseShareResult(input));
        if (!result) return;
        expect(isSafeInteger(result.code)).toBe(true);
        if (result.ok) expect(result).toStrictEqual({ ok: true, code: 200 });
        else {
          expect(result.code).not.toBe(200);
          expect(typeof result.message).toBe('string');
        }
      }),
      runs,
    );
  });

  it('parseShareResult never crashes on strings that start like JSON', () => {
    fc.assert(
      fc.property(junkQuery, (query) => {
        onlyVVChatError(() => parseShareResult(`{${query}`));
        onlyVVChatError(() => parseShareResult(`{"code":${query}`));
      }),
      runs,
    );
  });
});
