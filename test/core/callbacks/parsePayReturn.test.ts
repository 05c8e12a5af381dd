import { describe, expect, it } from 'vitest';
import { parsePayReturn, type CallbackInput } from '@vvchat/core';
import { expectVVChatError } from '../links/support';
import { inputForms, notCallbackInputs } from './support';

/** Calls the parser with whatever a JavaScript caller might pass. */
const parse = (input: unknown) => parsePayReturn(input as CallbackInput);

describe('parsePayReturn', () => {
  describe.each(inputForms)('from %s', (_, form) => {
    it('reads trade_no', () => {
      expect(parsePayReturn(form('trade_no=T20261126001'))).toStrictEqual({ tradeNo: 'T20261126001' });
    });

    it('reads trade_no with an integer err_code', () => {
      expect(parsePayReturn(form('trade_no=T1&err_code=-2'))).toStrictEqual({ tradeNo: 'T1', errCode: -2 });
    });

    it('returns null without trade_no', () => {
      expect(parsePayReturn(form('err_code=0&imprest_code=I'))).toBeNull();
    });
  });

  it('reads err_code=0 as errCode 0', () => {
    expect(parsePayReturn('?trade_no=T1&err_code=0')).toStrictEqual({ tradeNo: 'T1', errCode: 0 });
  });

  it.each([
    ['empty', ''],
    ['a word', 'abc'],
    ['a fraction', '1.5'],
    ['an exponent', '1e3'],
    ['beyond the safe integers', '99999999999999999999'],
  ])('leaves out an err_code that is %s', (_, errCode) => {
    expect(parsePayReturn(`?trade_no=T1&err_code=${errCode}`)).toStrictEqual({ tradeNo: 'T1' });
  });

  it('reads values with URL query rules: + is a space, %XX is decoded', () => {
    expect(parsePayReturn('?trade_no=T+1%2B2%E5%8D%95')).toStrictEqual({ tradeNo: 'T 1+2单' });
  });

  it('keeps trade_no exactly as sent, spaces included', () => {
    expect(parsePayReturn('?trade_no=+T1+')).toStrictEqual({ tradeNo: ' T1 ' });
  });

  it('ignores the hash of a URL that has a query', () => {
    expect(parsePayReturn('https://shop.example/paid?trade_no=real#/x?trade_no=fake')).toStrictEqual({ tradeNo: 'real' });
  });

  it('ignores other parameters', () => {
    expect(parsePayReturn('https://shop.example/paid?order=42&trade_no=T1&code=c')).toStrictEqual({ tradeNo: 'T1' });
  });

  it.each([
    ['an empty string', ''],
    ['a page URL without a query', 'https://shop.example/paid'],
    ['a page URL with only a hash', 'https://shop.example/paid#trade_no=T1'],
    ['an empty trade_no', '?trade_no='],
    ['a blank trade_no', '?trade_no=+%09&err_code=0'],
    ['a trade_no in another case', '?TRADE_NO=T1'],
    ['empty URLSearchParams', new URLSearchParams()],
  ])('returns null for %s', (_, input) => {
    expect(parse(input)).toBeNull();
  });

  it.each(notCallbackInputs)('refuses input that is %s with invalid_callback', (_, input) => {
    expectVVChatError(() => parse(input), 'invalid_callback');
  });
});
