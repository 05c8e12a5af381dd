import { describe, expect, it } from 'vitest';
import { buildCustomerServiceLink, buildLoginLink, buildPayLink, buildShareLink } from '@vvchat/core';
import { expectInvalidOption, loneSurrogates } from './support';

// Issue 13: the builders write their links as one template literal, each value checked and
// encoded in one step (`encodeURIComponent` is the lone-surrogate check). These pin what that
// must keep: the first bad option in the link's order is the one named, and each message says
// what is wrong with it.

type Builder = (options: never) => string;

/** Each builder, valid options, and its options in the order their parameters appear in the link. */
const builders: [string, Builder, Record<string, unknown>, [option: string, url?: boolean][]][] = [
  ['buildLoginLink', buildLoginLink, { appId: 'A', scope: 'snsapi_base', state: 'S', redirectUri: 'https://shop.example/cb' }, [['appId'], ['scope'], ['state'], ['redirectUri', true]]],
  ['buildPayLink', buildPayLink, { imprestCode: 'I', appId: 'A', redirectUri: 'https://shop.example/paid' }, [['imprestCode'], ['appId'], ['redirectUri', true]]],
  [
    'buildShareLink',
    buildShareLink,
    { appId: 'A', title: 'T', subTitle: 'S', data: 'D', url: 'https://shop.example/', thumbUrl: 'https://shop.example/t.png' },
    [['appId'], ['title'], ['subTitle'], ['data'], ['url', true], ['thumbUrl', true]],
  ],
  ['buildCustomerServiceLink', buildCustomerServiceLink, { openId: 'O' }, [['openId']]],
];

describe.each(builders)('%s', (_, build, valid, order) => {
  const call = (options: Record<string, unknown>) => () => build(options as never);

  it.each(order.map(([option], index) => [option, index] as const))(
    'names %s when it and every option after it are bad (the link order)',
    (option, index) => {
      const bad = { ...valid };
      for (const [later] of order.slice(index)) bad[later] = 42;
      const error = expectInvalidOption(call(bad), option);
      for (const [later] of order.slice(index + 1)) expect(error.message).not.toContain(`${later} `);
    },
  );

  describe.each(order)('%s', (option, url) => {
    it.each(loneSurrogates)('says "has a lone surrogate" for %s', (_, text) => {
      const value = url ? `https://shop.example/?q=${text}` : text;
      expect(expectInvalidOption(call({ ...valid, [option]: value }), option).message).toBe(`${option} has a lone surrogate`);
    });

    if (url) {
      it('says "must be an absolute http(s) URL" for a relative one, also right after a valid one', () => {
        build({ ...valid } as never);
        expect(expectInvalidOption(call({ ...valid, [option]: '/cb' }), option).message).toBe(`${option} must be an absolute http(s) URL`);
      });

      it('refuses a URL with a lone surrogate every time, though the URL parser takes it', () => {
        const value = 'https://shop.example/?q=\uD800';
        expect(() => new URL(value)).not.toThrow();
        for (let i = 0; i < 2; i++) expectInvalidOption(call({ ...valid, [option]: value }), option);
      });
    }
  });
});

// Review of the one-step check: a lone surrogate that also breaks the URL is still named as such.
describe.each([
  ['buildLoginLink', () => buildLoginLink({ appId: 'A', redirectUri: 'not a url\uD800' }), 'redirectUri'],
  ['buildLoginLink', () => buildLoginLink({ appId: 'A', redirectUri: 'https://\uD800.example/' }), 'redirectUri'],
  ['buildPayLink', () => buildPayLink({ appId: 'A', imprestCode: 'I', redirectUri: 'ftp://x\uD800' }), 'redirectUri'],
  ['buildShareLink', () => buildShareLink({ appId: 'A', title: 'T', url: 'https://shop.example/', thumbUrl: 'x\uDFFF' }), 'thumbUrl'],
] as const)('%s', (_, build, option) => {
  it(`says "has a lone surrogate" for a ${option} the surrogate also makes no URL`, () => {
    expect(expectInvalidOption(build, option).message).toBe(`${option} has a lone surrogate`);
  });
});
