import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLoginCallback, parsePayReturn, parseShareResult } from '@vvchat/core';
import { anyText, runs, someText } from '../links/support';
import { inputForms } from './support';

/** One of the forms a callback arrives in. */
const form = fc.constantFrom(...inputForms.map(([, make]) => make));

/** Writes parameters as a query, with `URLSearchParams` (spaces as +) or `encodeURIComponent` (spaces as %20). */
const writeQuery = (params: [string, string][], asForm: boolean) =>
  asForm
    ? new URLSearchParams(params).toString()
    : params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');

const nonZeroInteger = fc.oneof(fc.integer({ min: -99999, max: 99999 }), fc.maxSafeInteger()).filter((n) => n !== 0);

describe('the callback parsers read back whatever the app writes, in any form', () => {
  it('parseLoginCallback reads any code and state of a granted login', () => {
    fc.assert(
      fc.property(someText, anyText, fc.constantFrom(undefined, '0'), fc.boolean(), form, (code, state, errCode, asForm, make) => {
        const params: [string, string][] = [['code', code], ['state', state]];
        if (errCode !== undefined) params.push(['err_code', errCode]);
        const expected = state === '' ? { ok: true, code } : { ok: true, code, state };
        expect(parseLoginCallback(make(writeQuery(params, asForm)))).toStrictEqual(expected);
      }),
      runs,
    );
  });

  it('parseLoginCallback reads any non-zero err_code of a refused login', () => {
    fc.assert(
      fc.property(nonZeroInteger, anyText, fc.boolean(), form, (errCode, state, asForm, make) => {
        const query = writeQuery([['err_code', String(errCode)], ['state', state]], asForm);
        const expected = state === '' ? { ok: false, errCode } : { ok: false, errCode, state };
        expect(parseLoginCallback(make(query))).toStrictEqual(expected);
      }),
      runs,
    );
  });

  it('parsePayReturn reads any trade_no and integer err_code', () => {
    fc.assert(
      fc.property(someText, fc.option(fc.integer(), { nil: undefined }), fc.boolean(), form, (tradeNo, errCode, asForm, make) => {
        const params: [string, string][] = [['trade_no', tradeNo]];
        if (errCode !== undefined) params.push(['err_code', String(errCode)]);
        const expected = errCode === undefined ? { tradeNo } : { tradeNo, errCode };
        expect(parsePayReturn(make(writeQuery(params, asForm)))).toStrictEqual(expected);
      }),
      runs,
    );
  });

  it('parseShareResult reads any integer code and err_msg, from an object, JSON or a query', () => {
    const shareForm = fc.constantFrom(
      (fields: { code: number; err_msg: string }) => fields,
      (fields: { code: number; err_msg: string }) => JSON.stringify(fields),
      (fields: { code: number; err_msg: string }) => ({ ...fields, code: String(fields.code) }),
      (fields: { code: number; err_msg: string }) => `https://shop.example/shared?${new URLSearchParams({ ...fields, code: String(fields.code) }).toString()}`,
      (fields: { code: number; err_msg: string }) => new URLSearchParams({ ...fields, code: String(fields.code) }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.constant(200), fc.integer()), anyText, shareForm, (code, message, make) => {
        const expected = code === 200 ? { ok: true, code: 200 } : { ok: false, code, message };
        expect(parseShareResult(make({ code, err_msg: message }))).toStrictEqual(expected);
      }),
      runs,
    );
  });
});
