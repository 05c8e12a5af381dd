import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startLogin, withoutCallback } from '@vvchat/core';
import { fakeStorage } from '../../support/storage';

const appId = 'test-app';
const otherAppId = 'other-app';
/** A state of the SDK's form for `forApp`, as startLogin makes it. */
const stateFor = (forApp: string) => startLogin({ appId: forApp, redirectUri: 'https://shop.example/', storage: fakeStorage() }).state;
const state = stateFor(appId);

describe('withoutCallback: the login callback', () => {
  it.each([
    ['a grant', `https://shop.example/cb?code=C1&state=${state}&err_code=0`, 'https://shop.example/cb'],
    ['a denial', `https://shop.example/cb?state=${state}&err_code=1`, 'https://shop.example/cb'],
    ['a grant after the page parameters', `https://shop.example/cb?from=cart&code=C1&state=${state}`, 'https://shop.example/cb?from=cart'],
    ['a grant with the state first', `https://shop.example/cb?state=${state}&code=C1&tab=me`, 'https://shop.example/cb?tab=me'],
  ])('removes %s of this app, keeping the rest', (_, url, cleaned) => {
    expect(withoutCallback(url, appId)).toBe(cleaned);
  });

  it("keeps a page's own state and city (the doc example)", () => {
    expect(withoutCallback('https://shop.example/stores?state=CA&city=LA', appId)).toBe('https://shop.example/stores?state=CA&city=LA');
  });

  it("keeps a page's own state=CA next to this app's callback", () => {
    expect(withoutCallback(`https://shop.example/stores?state=CA&city=LA&code=C1&state=${state}`, appId)).toBe(
      'https://shop.example/stores?state=CA&city=LA',
    );
  });

  it("leaves another provider's ?code=&state= alone", () => {
    const url = 'https://shop.example/cb?code=GITHUB-CODE&state=csrf-123';
    expect(withoutCallback(url, appId)).toBe(url);
  });

  it("leaves another app's callback alone (its state carries that app's tag)", () => {
    const url = `https://shop.example/cb?code=C1&state=${stateFor(otherAppId)}`;
    expect(withoutCallback(url, appId)).toBe(url);
    expect(withoutCallback(url, otherAppId)).toBe('https://shop.example/cb');
  });

  it('leaves a code and err_code without a state alone', () => {
    for (const url of ['https://shop.example/?code=SUMMER', 'https://shop.example/?err_code=1', 'https://shop.example/?code=a&err_code=0']) {
      expect(withoutCallback(url, appId)).toBe(url);
    }
  });

  it('keeps the hash byte for byte when the callback is in the query', () => {
    const hash = '#/orders?tab=%E5%85%A8&q=a+b%20c&code=x&state=y';
    expect(withoutCallback(`https://shop.example/cb?from=cart&code=C1&state=${state}${hash}`, appId)).toBe(`https://shop.example/cb?from=cart${hash}`);
    expect(withoutCallback(`https://shop.example/cb?code=C1&state=${state}#top`, appId)).toBe('https://shop.example/cb#top');
    expect(withoutCallback(`https://shop.example/cb?code=C1&state=${state}#`, appId)).toBe('https://shop.example/cb#');
  });

  it("reads a hash-route callback from the hash, keeping the page's query and route", () => {
    expect(withoutCallback(`https://shop.example/?from=cart#/me?tab=1&code=C1&state=${state}&err_code=0`, appId)).toBe(
      'https://shop.example/?from=cart#/me?tab=1',
    );
    expect(withoutCallback(`https://shop.example/#/me?code=C1&state=${state}`, appId)).toBe('https://shop.example/#/me');
  });

  it('prefers the callback in the query over one in the hash', () => {
    const hashed = `#/me?code=H&state=${state}`;
    expect(withoutCallback(`https://shop.example/?code=Q&state=${state}${hashed}`, appId)).toBe(`https://shop.example/${hashed}`);
  });

  it('takes the last code when the page has its own code (the app adds its parameters last)', () => {
    expect(withoutCallback(`https://shop.example/promo?code=SUMMER&code=APP&state=${state}`, appId)).toBe('https://shop.example/promo?code=SUMMER');
  });

  it('keeps every other byte of the query as it was', () => {
    const own = 'q=a+b%20c&tag=&tag=%E2%9C%93&flag&%ZZ=bad%';
    expect(withoutCallback(`https://shop.example/cb?${own}&code=C1&state=${state}`, appId)).toBe(`https://shop.example/cb?${own}`);
  });

  it('finds an encoded state and code too', () => {
    expect(withoutCallback(`https://shop.example/cb?%63ode=C1&%73tate=${encodeURIComponent(state)}`, appId)).toBe('https://shop.example/cb');
  });
});

describe('withoutCallback: the pay return', () => {
  it.each([
    ['a trade_no', 'https://shop.example/pay?trade_no=T-1', 'https://shop.example/pay'],
    ['a trade_no and its err_code', 'https://shop.example/pay?from=cart&trade_no=T-1&err_code=0', 'https://shop.example/pay?from=cart'],
    ['a hash-routed trade_no', 'https://shop.example/?from=cart#/paid?trade_no=T-1', 'https://shop.example/?from=cart#/paid'],
    ['a trade_no with a hash', 'https://shop.example/pay?trade_no=T-1#/done', 'https://shop.example/pay#/done'],
    ['the last of two trade_no', 'https://shop.example/pay?trade_no=PAGE&trade_no=APP', 'https://shop.example/pay?trade_no=PAGE'],
  ])('removes %s', (_, url, cleaned) => {
    expect(withoutCallback(url, appId)).toBe(cleaned);
  });

  it('leaves a blank trade_no alone', () => {
    for (const url of ['https://shop.example/pay?trade_no=', 'https://shop.example/pay?trade_no=%20']) {
      expect(withoutCallback(url, appId)).toBe(url);
    }
  });
});

describe('withoutCallback: other input', () => {
  it.each([
    'https://shop.example/',
    'https://shop.example/?',
    'https://shop.example/#',
    'https://shop.example/?&&',
    'https://shop.example/?a=%E0%A4%A',
    'https://shop.example/#/route?x=1',
    '?code=a',
    '',
  ])('returns %j unchanged when it carries no callback', (url) => {
    expect(withoutCallback(url, appId)).toBe(url);
  });
});

describe('withoutCallback (property)', () => {
  const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/).filter((key) => !['code', 'state', 'err_code', 'trade_no'].includes(key));
  const value = fc.oneof(fc.stringMatching(/^[A-Za-z0-9._~-]{0,8}$/), fc.string({ maxLength: 6 }).map(encodeURIComponent));
  const pair = fc.tuple(name, value).map(([key, val]) => `${key}=${val}`);
  const query = fc.array(pair, { maxLength: 5 });
  const hash = fc.option(fc.constantFrom('#top', '#/orders?tab=1', '#/me?code=x&state=y', '#'), { nil: '' });

  it("removes exactly this app's appended callback, keeping every other byte", () => {
    fc.assert(
      fc.property(query, hash, fc.constantFrom('grant', 'denial'), (pairs, fragment, kind) => {
        const page = `https://shop.example/p${pairs.length ? `?${pairs.join('&')}` : ''}`;
        const callback = kind === 'grant' ? `code=C-1&state=${state}&err_code=0` : `state=${state}&err_code=1`;
        const url = `${page}${pairs.length ? '&' : '?'}${callback}${fragment}`;
        expect(withoutCallback(url, appId)).toBe(`${page}${fragment}`);
        // Idempotent, and a no-op on a URL without a callback.
        expect(withoutCallback(`${page}${fragment}`, appId)).toBe(`${page}${fragment}`);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves another app's callback and foreign states untouched", () => {
    const foreign = stateFor(otherAppId);
    fc.assert(
      fc.property(query, hash, fc.constantFrom(foreign, 'csrf-1', 'vvc_', ''), (pairs, fragment, stateValue) => {
        const url = `https://shop.example/p?${[...pairs, `code=C-1&state=${stateValue}`].join('&')}${fragment}`;
        expect(withoutCallback(url, appId)).toBe(url);
      }),
      { numRuns: 200 },
    );
  });
});
