import { describe, expect, it } from 'vitest';
import { parseShareResult } from '@vvchat/core';
import { expectVVChatError } from '../links/support';
import { inputForms } from './support';

const expectInvalidCallback = (input: unknown) => expectVVChatError(() => parseShareResult(input), 'invalid_callback');

/** The failure example of the platform document. */
const failed = { ok: false, code: 400, message: '请求失败！' };

describe('parseShareResult', () => {
  describe("reads the platform document's results", () => {
    it('reads { code: 200 } as success', () => {
      expect(parseShareResult({ code: 200 })).toStrictEqual({ ok: true, code: 200 });
    });

    it("reads { code: 400, err_msg: '请求失败！' } as failure with its message", () => {
      expect(parseShareResult({ code: 400, err_msg: '请求失败！' })).toStrictEqual(failed);
    });
  });

  describe('reads an object', () => {
    it("reads the code '200' as success, with the number 200", () => {
      expect(parseShareResult({ code: '200' })).toStrictEqual({ ok: true, code: 200 });
    });

    it('ignores err_msg on success', () => {
      expect(parseShareResult({ code: 200, err_msg: 'ok' })).toStrictEqual({ ok: true, code: 200 });
    });

    it.each([400, 0, -1, 500, 201, 199, 2000])('reads the code %d as failure', (code) => {
      expect(parseShareResult({ code, err_msg: 'm' })).toStrictEqual({ ok: false, code, message: 'm' });
    });

    it("reads the code '400' as failure, with the number 400", () => {
      expect(parseShareResult({ code: '400', err_msg: '请求失败！' })).toStrictEqual(failed);
    });

    it("gives the message '' when err_msg is absent", () => {
      expect(parseShareResult({ code: 400 })).toStrictEqual({ ok: false, code: 400, message: '' });
    });

    it("gives the message '' when err_msg is null or undefined", () => {
      expect(parseShareResult({ code: 400, err_msg: null })).toStrictEqual({ ok: false, code: 400, message: '' });
      expect(parseShareResult({ code: 400, err_msg: undefined })).toStrictEqual({ ok: false, code: 400, message: '' });
    });

    it('ignores other fields', () => {
      expect(parseShareResult({ code: 400, err_msg: 'm', msg: 'x', data: {} })).toStrictEqual({ ok: false, code: 400, message: 'm' });
    });

    it('reads an object without a prototype', () => {
      const result: unknown = Object.assign(Object.create(null) as object, { code: 200 });
      expect(parseShareResult(result)).toStrictEqual({ ok: true, code: 200 });
    });
  });

  describe('reads a JSON string', () => {
    it.each([
      ['{"code":200}', { ok: true, code: 200 }],
      ['{"code":"200"}', { ok: true, code: 200 }],
      ['{"code":400,"err_msg":"请求失败！"}', failed],
      ['{"code":400,"err_msg":"\\u8bf7\\u6c42\\u5931\\u8d25\\uff01"}', failed],
      [' \n{ "code" : 400 }\n', { ok: false, code: 400, message: '' }],
    ])('reads %j', (json, expected) => {
      expect(parseShareResult(json)).toStrictEqual(expected);
    });
  });

  describe.each(inputForms)('reads a query from %s', (_, form) => {
    it('reads code=200 as success', () => {
      expect(parseShareResult(form('code=200'))).toStrictEqual({ ok: true, code: 200 });
    });

    it('reads code=400 with its err_msg as failure', () => {
      expect(parseShareResult(form(`code=400&err_msg=${encodeURIComponent('请求失败！')}`))).toStrictEqual(failed);
    });

    it("gives the message '' when err_msg is absent", () => {
      expect(parseShareResult(form('code=400'))).toStrictEqual({ ok: false, code: 400, message: '' });
    });

    it('refuses a query without code', () => {
      expectInvalidCallback(form('err_msg=x'));
    });
  });

  it('reads + in a query as a space', () => {
    expect(parseShareResult('?code=400&err_msg=try+again')).toStrictEqual({ ok: false, code: 400, message: 'try again' });
  });

  it("gives the message '' for an empty err_msg in a query", () => {
    expect(parseShareResult('?code=400&err_msg=')).toStrictEqual({ ok: false, code: 400, message: '' });
  });

  describe('refuses anything else with invalid_callback', () => {
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['the number 200', 200],
      ['a boolean', true],
      ['a bigint', 200n],
      ['a symbol', Symbol('200')],
      ['a function', () => ({ code: 200 })],
      ['an empty object', {}],
      ['an array holding a code', [200]],
      ['an array holding a result', [{ code: 200 }]],
      ['a Map holding a code', new Map([['code', 200]])],
      ['a String object', Object('{"code":200}')],
      ['a Number object', Object(200)],
      ['a Date', new Date(200)],
    ])('refuses %s', (_, input) => {
      expectInvalidCallback(input);
    });

    it.each([
      ['null', null],
      ['undefined', undefined],
      ['an empty string', ''],
      ['a blank string', ' '],
      ['a fraction', 200.5],
      ['a fraction as text', '200.5'],
      ['an exponent as text', '2e2'],
      ['a word', 'OK'],
      ['a boolean', true],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['a number beyond the safe integers', 2 ** 60],
      ['a bigint', 200n],
      ['an object', { value: 200 }],
      ['an array', [200]],
    ])('refuses a code that is %s', (_, code) => {
      expectInvalidCallback({ code, err_msg: 'm' });
    });

    it.each([
      ['an object', { text: 'm' }],
      ['an array', ['m']],
      ['a function', () => 'm'],
    ])('refuses an err_msg that is %s', (_, errMsg) => {
      expectInvalidCallback({ code: 400, err_msg: errMsg });
    });

    it.each([
      ['broken JSON', '{"code":200'],
      ['JSON with unquoted keys', '{code:200}'],
      ['JSON with single quotes', "{'code':200}"],
      ['JSON with a trailing comma', '{"code":200,}'],
      ['JSON without code', '{"err_msg":"x"}'],
      ['JSON with a null code', '{"code":null}'],
      ['JSON with a fractional code', '{"code":200.5}'],
      ['JSON with a nested result', '{"result":{"code":200}}'],
      ['a JSON array', '[{"code":200}]'],
      ['JSON null', 'null'],
      ['a JSON number', '200'],
      ['a JSON string', '"200"'],
      ['an empty string', ''],
      ['text', 'shared'],
      ['a URL without a query', 'https://shop.example/shared'],
      ['a query with a code that is not an integer', '?code=ok'],
      ['a query with an empty code', '?code='],
    ])('refuses %s', (_, input) => {
      expectInvalidCallback(input);
    });

    it('gives the JSON error as the cause of invalid JSON', () => {
      expect(expectInvalidCallback('{"code":').cause).toBeInstanceOf(SyntaxError);
    });
  });
});
