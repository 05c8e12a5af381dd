import { describe, expect, it } from 'vitest';
import { buildLoginLink, isVVChatError, type LoginLinkOptions } from '@vvchat/core';
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

const base = { appId: 'test', redirectUri: 'https://shop.example/cb' } satisfies LoginLinkOptions;

/** Calls the builder with options a JavaScript caller might pass, typed or not. */
const build = (options: unknown) => buildLoginLink(options as LoginLinkOptions);

describe('buildLoginLink', () => {
  // Review of issue 13's faster writer: `for…in` walks inherited keys too.
  it('writes no parameter from a polluted Object.prototype', () => {
    const clean = buildLoginLink({ appId: 'APP', state: 'S', redirectUri: 'https://shop.example/' });
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 'x';
    try {
      expect(buildLoginLink({ appId: 'APP', state: 'S', redirectUri: 'https://shop.example/' })).toBe(clean);
    } finally {
      delete proto.polluted;
    }
  });

  describe('writes the link', () => {
    it("writes the platform document's example link exactly", () => {
      expect(buildLoginLink({ appId: 'test', state: 'xxxxx', redirectUri: 'http://xxxx.com' })).toBe(
        'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&state=xxxxx&redirect_uri=http%3A%2F%2Fxxxx.com',
      );
    });

    it('writes app_id, scope, state and redirect_uri in that order, whatever the order of the options', () => {
      expect(
        buildLoginLink({ redirectUri: 'https://a.example/', state: 'S', scope: 'snsapi_base', appId: 'A' }),
      ).toBe('qyx://thirdlogin?app_id=A&scope=snsapi_base&state=S&redirect_uri=https%3A%2F%2Fa.example%2F');
    });

    it('defaults scope to snsapi_userinfo', () => {
      expect(buildLoginLink(base)).toBe(
        'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&redirect_uri=https%3A%2F%2Fshop.example%2Fcb',
      );
    });

    it.each(blankOptionals)('defaults scope to snsapi_userinfo when it is %s', (_, scope) => {
      expect(build({ ...base, scope })).toBe(
        'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&redirect_uri=https%3A%2F%2Fshop.example%2Fcb',
      );
    });

    it('keeps a scope other than snsapi_userinfo', () => {
      expect(buildLoginLink({ ...base, scope: 'snsapi_base' })).toContain('&scope=snsapi_base&');
    });

    it.each(blankOptionals)('leaves out a state that is %s', (_, state) => {
      const link = build({ ...base, state });
      expect(link).toBe('qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&redirect_uri=https%3A%2F%2Fshop.example%2Fcb');
      expect(link).not.toContain('state');
    });

    it('keeps the spaces around a state that has text in it, as %20', () => {
      expect(buildLoginLink({ ...base, state: ' s 1 ' })).toContain('&state=%20s%201%20&');
    });

    it('encodes every value with encodeURIComponent: a space is %20, never +', () => {
      const value = 'a b&c=d+e#f%g?h/i 中😀';
      const encoded = 'a%20b%26c%3Dd%2Be%23f%25g%3Fh%2Fi%20%E4%B8%AD%F0%9F%98%80';
      expect(
        buildLoginLink({ appId: value, scope: value, state: value, redirectUri: 'https://x.example/?q=a+b&c=%20d#f/中😀' }),
      ).toBe(
        `qyx://thirdlogin?app_id=${encoded}&scope=${encoded}&state=${encoded}` +
          '&redirect_uri=https%3A%2F%2Fx.example%2F%3Fq%3Da%2Bb%26c%3D%2520d%23f%2F%E4%B8%AD%F0%9F%98%80',
      );
    });

    it('encodes an already encoded redirect URI once more, so it comes back unchanged', () => {
      expect(buildLoginLink({ ...base, redirectUri: 'https://x.example/cb?next=%2Fhome%20page' })).toContain(
        '&redirect_uri=https%3A%2F%2Fx.example%2Fcb%3Fnext%3D%252Fhome%2520page',
      );
    });

    it('writes only characters of encodeURIComponent, & and =', () => {
      expect(buildLoginLink({ appId: '!*\'()~._-', redirectUri: 'https://x.example/#frag', state: '\u0000\u007f' })).toMatch(
        linkShape,
      );
    });

    it('keeps a surrogate pair (an emoji) whole', () => {
      expect(buildLoginLink({ ...base, state: '😀' })).toContain('&state=%F0%9F%98%80&');
    });

    it.each(absoluteHttpUrls)('accepts the redirect URI %s', (redirectUri) => {
      expect(buildLoginLink({ ...base, redirectUri })).toBe(
        `qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&redirect_uri=${encodeURIComponent(redirectUri)}`,
      );
    });
  });

  describe('refuses bad options with invalid_option naming the option', () => {
    it.each(missingOrBlank)('refuses an appId that is %s', (_, appId) => {
      expectInvalidOption(() => build({ ...base, appId }), 'appId');
    });

    it.each(missingOrBlank)('refuses a redirectUri that is %s', (_, redirectUri) => {
      expectInvalidOption(() => build({ ...base, redirectUri }), 'redirectUri');
    });

    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
      ['a string', 'test'],
      ['an empty object', {}],
    ])('refuses options that are %s, naming appId', (_, options) => {
      expectInvalidOption(() => build(options), 'appId');
    });

    describe.each(['appId', 'redirectUri', 'scope', 'state'])('%s', (option) => {
      it.each(nonStrings)(`refuses ${option} as %s`, (_, value) => {
        expectInvalidOption(() => build({ ...base, [option]: value }), option);
      });

      it.each(loneSurrogates)(`refuses ${option} holding %s`, (_, text) => {
        const value = option === 'redirectUri' ? `https://x.example/?q=${text}` : text;
        expectInvalidOption(() => build({ ...base, [option]: value }), option);
      });
    });

    it('refuses an appId that is an object with a trim property, as invalid_option, not a TypeError', () => {
      expectInvalidOption(() => build({ ...base, appId: { trim: 1 } }), 'appId');
    });

    it('refuses an appId that borrows String.prototype.trim on a bare object, as invalid_option, not a TypeError', () => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- the point: a trim borrowed from strings, unbound
      const appId: unknown = Object.assign(Object.create(null) as object, { trim: String.prototype.trim });
      expectInvalidOption(() => build({ ...base, appId }), 'appId');
    });

    it.each(notAbsoluteHttpUrls)('refuses a redirectUri that is %s', (_, redirectUri) => {
      expectInvalidOption(() => buildLoginLink({ ...base, redirectUri }), 'redirectUri');
    });

    it('refuses a redirectUri that no URL parser accepts (https://[)', () => {
      expect(() => new URL('https://[')).toThrow();
      expectInvalidOption(() => buildLoginLink({ ...base, redirectUri: 'https://[' }), 'redirectUri');
    });

    it('names only the first bad option', () => {
      const error = expectInvalidOption(() => build({ appId: '', redirectUri: 'javascript:x', state: 1 }), 'appId');
      expect(error.message).not.toContain('redirectUri');
    });

    it('throws a VVChatError that isVVChatError recognises, with a message that says what is wrong', () => {
      const error = expectInvalidOption(() => buildLoginLink({ ...base, redirectUri: 'javascript:alert(1)' }), 'redirectUri');
      expect(isVVChatError(error)).toBe(true);
      expect(error.name).toBe('VVChatError');
      expect(error.message.length).toBeGreaterThan('redirectUri '.length);
    });
  });
});
