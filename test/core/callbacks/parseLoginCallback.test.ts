import { describe, expect, it } from 'vitest';
import { parseLoginCallback, type CallbackInput } from '@vvchat/core';
import { expectVVChatError } from '../links/support';
import { inputForms, notCallbackInputs } from './support';

/** Calls the parser with whatever a JavaScript caller might pass. */
const parse = (input: unknown) => parseLoginCallback(input as CallbackInput);

const expectInvalidCallback = (input: unknown) => expectVVChatError(() => parse(input), 'invalid_callback');

describe('parseLoginCallback', () => {
  describe.each(inputForms)('from %s', (_, form) => {
    it('reads a granted login with its code and state', () => {
      expect(parseLoginCallback(form('code=C0DE&state=s1&err_code=0'))).toStrictEqual({ ok: true, code: 'C0DE', state: 's1' });
    });

    it('reads a granted login without err_code', () => {
      expect(parseLoginCallback(form('code=C0DE&state=s1'))).toStrictEqual({ ok: true, code: 'C0DE', state: 's1' });
    });

    it('leaves state out when there is none', () => {
      expect(parseLoginCallback(form('code=C0DE'))).toStrictEqual({ ok: true, code: 'C0DE' });
    });

    it('reads a refused login with its err_code and state', () => {
      expect(parseLoginCallback(form('err_code=1&state=s1'))).toStrictEqual({ ok: false, errCode: 1, state: 's1' });
    });

    it('returns null when there is neither code nor err_code', () => {
      expect(parseLoginCallback(form('state=s1&foo=bar'))).toBeNull();
    });

    it('refuses err_code=0 without a code', () => {
      expectInvalidCallback(form('err_code=0&state=s1'));
    });
  });

  describe('reads a granted login', () => {
    it.each(['0', '00', '-0', '000'])('reads err_code=%s as granted', (errCode) => {
      expect(parseLoginCallback(`?code=c&err_code=${errCode}`)).toStrictEqual({ ok: true, code: 'c' });
    });

    it('reads values with URL query rules: + is a space, %XX is decoded', () => {
      expect(parseLoginCallback('?code=a+b%2Bc%20d&state=%E7%8A%B6%E6%80%81+1')).toStrictEqual({
        ok: true,
        code: 'a b+c d',
        state: '状态 1',
      });
    });

    it('keeps the code exactly as sent, spaces included', () => {
      expect(parseLoginCallback('?code=+c+')).toStrictEqual({ ok: true, code: ' c ' });
    });

    it('leaves out an empty state', () => {
      expect(parseLoginCallback('?code=c&state=')).toStrictEqual({ ok: true, code: 'c' });
    });

    it('keeps a state that is only spaces, since it is not empty', () => {
      expect(parseLoginCallback('?code=c&state=+')).toStrictEqual({ ok: true, code: 'c', state: ' ' });
    });

    it('reads the first code when there are two', () => {
      expect(parseLoginCallback('?code=first&code=second')).toStrictEqual({ ok: true, code: 'first' });
    });

    it('reads malformed percent-encoding leniently, as URLSearchParams does', () => {
      expect(parseLoginCallback('?code=%zz%E4')).toStrictEqual({ ok: true, code: new URLSearchParams('code=%zz%E4').get('code') });
    });

    it('treats an empty err_code as absent', () => {
      expect(parseLoginCallback('?code=c&err_code=')).toStrictEqual({ ok: true, code: 'c' });
    });

    it('ignores other parameters', () => {
      expect(parseLoginCallback('https://shop.example/cb?page=2&code=c&utm_source=vv')).toStrictEqual({ ok: true, code: 'c' });
    });
  });

  describe('reads a refused login', () => {
    it.each([
      ['1', 1],
      ['-1', -1],
      ['40029', 40029],
      ['007', 7],
      [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
    ])('reads err_code=%s as errCode %d', (errCode, expected) => {
      expect(parseLoginCallback(`?err_code=${errCode}`)).toStrictEqual({ ok: false, errCode: expected });
    });

    it('reports a non-zero err_code even when a code came with it', () => {
      expect(parseLoginCallback('?code=c&err_code=2&state=s')).toStrictEqual({ ok: false, errCode: 2, state: 's' });
    });

    it('leaves out an empty state', () => {
      expect(parseLoginCallback('?err_code=5&state=')).toStrictEqual({ ok: false, errCode: 5 });
    });
  });

  describe('returns null without a callback', () => {
    it.each([
      ['an empty string', ''],
      ['a lone ?', '?'],
      ['a page URL without a query', 'https://shop.example/cb'],
      ['a page URL with only a hash', 'https://shop.example/cb#code=c'],
      ['a page URL with unrelated parameters', 'https://shop.example/cb?page=2'],
      ['a state alone', '?state=s1'],
      ['a parameter named like code', '?CODE=c&code_=c&err_code_=1'],
      ['empty URLSearchParams', new URLSearchParams()],
      ['a URL object without a query', new URL('https://shop.example/')],
    ])('returns null for %s', (_, input) => {
      expect(parse(input)).toBeNull();
    });
  });

  describe('reads the query of a full URL, not its hash', () => {
    it('ignores the hash when the URL has a query', () => {
      expect(parseLoginCallback('https://shop.example/cb?code=real&state=s#/cb?code=fake&state=t')).toStrictEqual({
        ok: true,
        code: 'real',
        state: 's',
      });
    });

    it('ignores a hash that looks like a query when the URL has none', () => {
      expect(parseLoginCallback('https://shop.example/cb#code=c&state=s')).toBeNull();
    });

    it('reads the query inside the hash of a hash-routed page', () => {
      expect(parseLoginCallback('https://shop.example/app/#/login/cb?code=c&state=s')).toStrictEqual({
        ok: true,
        code: 'c',
        state: 's',
      });
    });

    it('ignores what follows # in a query string', () => {
      expect(parseLoginCallback('code=c#state=s')).toStrictEqual({ ok: true, code: 'c' });
    });
  });

  describe('refuses a malformed callback with invalid_callback', () => {
    it.each([
      ['err_code=0 and no code', '?err_code=0'],
      ['err_code=0 and an empty code', '?err_code=0&code='],
      ['err_code=0 and a blank code', '?err_code=0&code=+%09'],
      ['an empty code alone', '?code='],
      ['a blank code alone', '?code=%20&state=s'],
      ['an empty err_code and no code', '?err_code='],
      ['err_code=abc and no code', '?err_code=abc'],
      ['err_code=abc with a code', '?err_code=abc&code=c'],
      ['err_code=1.5', '?err_code=1.5'],
      ['err_code=1.0 with a code', '?err_code=1.0&code=c'],
      ['err_code=1e3', '?err_code=1e3'],
      ['err_code=0x10', '?err_code=0x10'],
      ['err_code=Infinity', '?err_code=Infinity'],
      ['err_code=NaN with a code', '?err_code=NaN&code=c'],
      ['an err_code beyond the safe integers', '?err_code=99999999999999999999'],
      ['an err_code of full-width digits', '?err_code=%EF%BC%91'],
    ])('refuses %s', (_, input) => {
      expectInvalidCallback(input);
    });

    it.each(notCallbackInputs)('refuses input that is %s', (_, input) => {
      expectInvalidCallback(input);
    });
  });
});
