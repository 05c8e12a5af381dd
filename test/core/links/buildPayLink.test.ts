import { describe, expect, it } from 'vitest';
import { buildPayLink, type PayLinkOptions } from '@vvchat/core';
import {
  absoluteHttpUrls,
  blankOptionals,
  expectInvalidOption,
  linkShape,
  loneSurrogates,
  missingOrBlank,
  nonStrings,
  notAbsoluteHttpUrls,
} from './support';

const base = { appId: 'APP_ID', imprestCode: 'IMPREST_CODE' } satisfies PayLinkOptions;

/** Calls the builder with options a JavaScript caller might pass, typed or not. */
const build = (options: unknown) => buildPayLink(options as PayLinkOptions);

describe('buildPayLink', () => {
  describe('writes the link', () => {
    it("writes the platform document's example link, with its redirect URI encoded", () => {
      expect(buildPayLink({ ...base, redirectUri: 'http://xxxx/xxx' })).toBe(
        'qyx://qpay?imprest_code=IMPREST_CODE&app_id=APP_ID&redirect_uri=http%3A%2F%2Fxxxx%2Fxxx',
      );
    });

    it('writes imprest_code, app_id and redirect_uri in that order, whatever the order of the options', () => {
      expect(buildPayLink({ redirectUri: 'https://shop.example/paid', appId: 'A', imprestCode: 'I' })).toBe(
        'qyx://qpay?imprest_code=I&app_id=A&redirect_uri=https%3A%2F%2Fshop.example%2Fpaid',
      );
    });

    it('leaves out an absent redirectUri', () => {
      expect(buildPayLink(base)).toBe('qyx://qpay?imprest_code=IMPREST_CODE&app_id=APP_ID');
    });

    it.each(blankOptionals)('leaves out a redirectUri that is %s', (_, redirectUri) => {
      expect(build({ ...base, redirectUri })).toBe('qyx://qpay?imprest_code=IMPREST_CODE&app_id=APP_ID');
    });

    it('encodes every value with encodeURIComponent: a space is %20, never +', () => {
      expect(buildPayLink({ appId: 'a b+c', imprestCode: '单号&x=1#2%', redirectUri: 'https://x.example/?a=1&b=%20' })).toBe(
        'qyx://qpay?imprest_code=%E5%8D%95%E5%8F%B7%26x%3D1%232%25&app_id=a%20b%2Bc' +
          '&redirect_uri=https%3A%2F%2Fx.example%2F%3Fa%3D1%26b%3D%2520',
      );
    });

    it('writes only characters of encodeURIComponent, & and =', () => {
      expect(buildPayLink({ appId: '"\'<>`', imprestCode: '😀 \u3000', redirectUri: 'https://x.example/[x]' })).toMatch(
        linkShape,
      );
    });

    it.each(absoluteHttpUrls)('accepts the redirect URI %s', (redirectUri) => {
      expect(buildPayLink({ ...base, redirectUri })).toBe(
        `qyx://qpay?imprest_code=IMPREST_CODE&app_id=APP_ID&redirect_uri=${encodeURIComponent(redirectUri)}`,
      );
    });
  });

  describe('refuses bad options with invalid_option naming the option', () => {
    it.each(missingOrBlank)('refuses an imprestCode that is %s', (_, imprestCode) => {
      expectInvalidOption(() => build({ ...base, imprestCode }), 'imprestCode');
    });

    it.each(missingOrBlank)('refuses an appId that is %s', (_, appId) => {
      expectInvalidOption(() => build({ ...base, appId }), 'appId');
    });

    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a number', 7],
      ['an empty object', {}],
    ])('refuses options that are %s, naming imprestCode', (_, options) => {
      expectInvalidOption(() => build(options), 'imprestCode');
    });

    describe.each(['imprestCode', 'appId', 'redirectUri'])('%s', (option) => {
      it.each(nonStrings)(`refuses ${option} as %s`, (_, value) => {
        expectInvalidOption(() => build({ ...base, [option]: value }), option);
      });

      it.each(loneSurrogates)(`refuses ${option} holding %s`, (_, text) => {
        const value = option === 'redirectUri' ? `https://x.example/${text}` : text;
        expectInvalidOption(() => build({ ...base, [option]: value }), option);
      });
    });

    it('refuses an imprestCode that is an object with a trim property, as invalid_option, not a TypeError', () => {
      expectInvalidOption(() => build({ ...base, imprestCode: { trim: 'x' } }), 'imprestCode');
    });

    it.each(notAbsoluteHttpUrls)('refuses a redirectUri that is %s', (_, redirectUri) => {
      expectInvalidOption(() => buildPayLink({ ...base, redirectUri }), 'redirectUri');
    });
  });
});
