import { describe, expect, it } from 'vitest';
import {
  buildCustomerServiceLink,
  buildLoginLink,
  buildPayLink,
  buildShareLink,
  parseDeepLink,
  type LoginLinkOptions,
  type PayLinkOptions,
  type ShareLinkOptions,
} from '@vvchat/core';
import { expectInvalidOption, expectVVChatError, linkShape } from './support';

const MB = 1024 * 1024;

/** About 1 MB of text of each kind a user might send. */
const ascii = 'a'.repeat(MB);
const cjk = '内容'.repeat(MB / 2);
const emoji = '😀'.repeat(MB / 2);
const specials = '&=+%# ?/'.repeat(MB / 8);
/** A 1 MB URL whose query is CJK text, raw. */
const hugeUrl = `https://shop.example/path?q=${cjk}`;
/** A 1 MB URL whose query is separators, encoded. */
const hugeEncodedUrl = `https://shop.example/path?q=${encodeURIComponent(specials).slice(0, MB)}`;

/** Generous enough for a slow CI runner; a linear pass over 1 MB takes a few hundred milliseconds at most. */
const WELL_UNDER_A_SECOND = 1000;

/** Builds a link, reads it back, and returns both with the time taken, in milliseconds. */
function buildAndRead(build: () => string) {
  const start = performance.now();
  const link = build();
  const read = parseDeepLink(link);
  return { link, read, elapsed: performance.now() - start };
}

/** Runs `fn` and returns how long it took, in milliseconds. */
function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const login = { appId: 'A', redirectUri: 'https://a.example/' } satisfies LoginLinkOptions;
const pay = { imprestCode: 'I', appId: 'A' } satisfies PayLinkOptions;
const share = { appId: 'A', title: 'T', url: 'https://a.example/' } satisfies ShareLinkOptions;
const template = { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: [cjk.slice(0, MB / 2), '', cjk.slice(0, MB / 2)] };

describe('huge values', () => {
  it.each([
    ['appId', { ...login, appId: cjk }],
    ['scope', { ...login, scope: specials }],
    ['state', { ...login, state: emoji }],
    ['redirectUri', { ...login, redirectUri: hugeUrl }],
    ['an encoded redirectUri', { ...login, redirectUri: hugeEncodedUrl }],
  ])('builds and reads back a login link with 1 MB in %s, well under a second', (_, options: LoginLinkOptions) => {
    const { link, read, elapsed } = buildAndRead(() => buildLoginLink(options));
    expect(link).toMatch(linkShape);
    expect(read).toStrictEqual({ action: 'login', scope: 'snsapi_userinfo', ...options });
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it.each([
    ['imprestCode', { ...pay, imprestCode: cjk }],
    ['appId', { ...pay, appId: ascii }],
    ['redirectUri', { ...pay, redirectUri: hugeUrl }],
  ])('builds and reads back a pay link with 1 MB in %s, well under a second', (_, options: PayLinkOptions) => {
    const { read, elapsed } = buildAndRead(() => buildPayLink(options));
    expect(read).toStrictEqual({ action: 'pay', ...options });
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it.each([
    ['ASCII', ascii],
    ['CJK', cjk],
    ['emoji', emoji],
    ['separators and spaces', specials],
  ])('builds and reads back a customer-service link with 1 MB of %s, well under a second', (_, openId) => {
    const { read, elapsed } = buildAndRead(() => buildCustomerServiceLink({ openId }));
    expect(read).toStrictEqual({ action: 'customer-service', openId });
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it.each([
    ['title', { ...share, title: cjk }],
    ['subTitle', { ...share, subTitle: specials }],
    ['url', { ...share, url: hugeUrl }],
    ['thumbUrl', { ...share, thumbUrl: hugeEncodedUrl }],
    ['a data string', { ...share, data: cjk }],
    ['a template', { ...share, data: template }],
  ])('builds and reads back a share link with 1 MB in %s, well under a second', (_, options: ShareLinkOptions) => {
    const { read, elapsed } = buildAndRead(() => buildShareLink(options));
    expect(read).toStrictEqual({ action: 'share', ...options });
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it('refuses 1 MB of blank text quickly', () => {
    const elapsed = time(() => expectInvalidOption(() => buildCustomerServiceLink({ openId: ' '.repeat(MB) }), 'openId'));
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it('refuses 1 MB of text ending in a lone surrogate quickly', () => {
    const elapsed = time(() => expectInvalidOption(() => buildCustomerServiceLink({ openId: `${ascii}\uD800` }), 'openId'));
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it('refuses a 1 MB link with malformed encoding at its end quickly', () => {
    const elapsed = time(() => expectVVChatError(() => parseDeepLink(`qyx://openSessionView?open_id=${ascii}%E4`), 'invalid_link'));
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  it('refuses a 1 MB link with a fragment at its end quickly', () => {
    const elapsed = time(() => expectVVChatError(() => parseDeepLink(`qyx://openSessionView?open_id=${ascii}#`), 'invalid_link'));
    expect(elapsed).toBeLessThan(WELL_UNDER_A_SECOND);
  });

  // A long URL with whitespace near its end is the worst case for a backtracking URL check.
  // 40,000 characters rather than 1 MB: a check that is quadratic takes seconds here, and
  // would take many minutes at 1 MB, stalling the suite instead of failing it.
  const longBadUrl = `https://${'a'.repeat(40_000)} `;
  const fast = 100;

  it.each([
    ['buildLoginLink redirectUri', () => buildLoginLink({ appId: 'A', redirectUri: longBadUrl }), 'redirectUri'],
    ['buildPayLink redirectUri', () => buildPayLink({ appId: 'A', imprestCode: 'I', redirectUri: longBadUrl }), 'redirectUri'],
    ['buildShareLink url', () => buildShareLink({ appId: 'A', title: 'T', url: longBadUrl }), 'url'],
    ['buildShareLink thumbUrl', () => buildShareLink({ appId: 'A', title: 'T', url: 'https://a.example/', thumbUrl: longBadUrl }), 'thumbUrl'],
  ] as const)('%s refuses a long URL host followed by a space in linear time', (_, build, option) => {
    const elapsed = time(() => expectInvalidOption(build, option));
    expect(elapsed).toBeLessThan(fast);
  });

  it('parseDeepLink refuses a link whose redirect_uri is a long URL host followed by a space in linear time', () => {
    const link = `qyx://qpay?imprest_code=I&app_id=A&redirect_uri=${encodeURIComponent(longBadUrl)}`;
    const elapsed = time(() => expectVVChatError(() => parseDeepLink(link), 'invalid_link'));
    expect(elapsed).toBeLessThan(fast);
  });
});
