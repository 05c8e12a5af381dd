import { describe, expect, it } from 'vitest';
import { parseLoginCallback, parsePayReturn, parseShareResult } from '@vvchat/core';
import { expectVVChatError } from '../links/support';

const MB = 1024 * 1024;
const cjk = '内容'.repeat(MB / 2);
const encodedCjk = encodeURIComponent(cjk);

/** Generous enough for a slow CI runner; a linear pass over a few MB takes milliseconds. */
const WELL_UNDER_A_SECOND = 1000;

/** Runs `fn` and returns what it returned and how long it took, in milliseconds. */
function timed<T>(fn: () => T): { result: T; elapsed: number } {
  const start = performance.now();
  const result = fn();
  return { result, elapsed: performance.now() - start };
}

describe('huge callbacks', () => {
  it('reads a login callback with a 1 MB code and state, well under a second', () => {
    const { result, elapsed } = timed(() =>
      parseLoginCallback(`https://shop.example/cb?code=${encodedCjk}&state=${'s'.repeat(MB)}&err_code=0`),
    );
    expect(result).toStrictEqual({ ok: true, code: cjk, state: 's'.repeat(MB) });
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it('reads a hash-routed login callback after a 1 MB path, well under a second', () => {
    const { result, elapsed } = timed(() => parseLoginCallback(`https://shop.example/${'p/'.repeat(MB / 2)}#/cb?code=c`));
    expect(result).toStrictEqual({ ok: true, code: 'c' });
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it('refuses a 1 MB err_code of digits followed by a letter, well under a second', () => {
    const { elapsed } = timed(() =>
      expectVVChatError(() => parseLoginCallback(`?err_code=${'1'.repeat(MB)}x`), 'invalid_callback'),
    );
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it('refuses a 1 MB err_code of spaces around a digit, well under a second', () => {
    const { elapsed } = timed(() =>
      expectVVChatError(() => parseLoginCallback(`?err_code=${'+'.repeat(MB)}1${'+'.repeat(MB)}x`), 'invalid_callback'),
    );
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it('reads a pay return with a 1 MB trade_no, well under a second', () => {
    const { result, elapsed } = timed(() => parsePayReturn(`?trade_no=${encodedCjk}&err_code=${'0'.repeat(MB)}`));
    expect(result).toStrictEqual({ tradeNo: cjk, errCode: 0 });
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it('reads a share result with a 1 MB err_msg, as JSON and as a query, well under a second', () => {
    const json = timed(() => parseShareResult(JSON.stringify({ code: 400, err_msg: cjk })));
    const query = timed(() => parseShareResult(`?code=400&err_msg=${encodedCjk}`));
    expect(json.result).toStrictEqual({ ok: false, code: 400, message: cjk });
    expect(query.result).toStrictEqual({ ok: false, code: 400, message: cjk });
    expect(json.elapsed + query.elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it('refuses 1 MB of broken JSON, well under a second', () => {
    const { elapsed } = timed(() => expectVVChatError(() => parseShareResult(`{"code":400,"err_msg":"${cjk}`), 'invalid_callback'));
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });
});
