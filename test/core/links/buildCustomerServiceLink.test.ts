import { describe, expect, it } from 'vitest';
import { buildCustomerServiceLink, type CustomerServiceLinkOptions } from '@vvchat/core';
import { expectInvalidOption, linkShape, loneSurrogates, missingOrBlank, nonStrings } from './support';

/** Calls the builder with options a JavaScript caller might pass, typed or not. */
const build = (options: unknown) => buildCustomerServiceLink(options as CustomerServiceLinkOptions);

describe('buildCustomerServiceLink', () => {
  it("writes the platform document's example link exactly", () => {
    expect(buildCustomerServiceLink({ openId: 'OPEN_ID' })).toBe('qyx://openSessionView?open_id=OPEN_ID');
  });

  it('encodes the open_id with encodeURIComponent: a space is %20, never +', () => {
    expect(buildCustomerServiceLink({ openId: 'o 1+2&x=y#客服' })).toBe(
      'qyx://openSessionView?open_id=o%201%2B2%26x%3Dy%23%E5%AE%A2%E6%9C%8D',
    );
  });

  it('keeps the spaces around an open_id that has text in it', () => {
    expect(buildCustomerServiceLink({ openId: ' id ' })).toBe('qyx://openSessionView?open_id=%20id%20');
  });

  it('writes only characters of encodeURIComponent, & and =', () => {
    expect(buildCustomerServiceLink({ openId: '\u0001\u00ff\uffff😀%' })).toMatch(linkShape);
  });

  it('ignores options it does not know', () => {
    expect(build({ openId: 'OPEN_ID', appId: 'A', extra: 1 })).toBe('qyx://openSessionView?open_id=OPEN_ID');
  });

  it.each(missingOrBlank)('refuses an openId that is %s', (_, openId) => {
    expectInvalidOption(() => build({ openId }), 'openId');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 1],
    ['an array', ['OPEN_ID']],
  ])('refuses options that are %s, naming openId', (_, options) => {
    expectInvalidOption(() => build(options), 'openId');
  });

  it.each(nonStrings)('refuses an openId that is %s', (_, openId) => {
    expectInvalidOption(() => build({ openId }), 'openId');
  });

  it('refuses an openId that is an object with a trim property, as invalid_option, not a TypeError', () => {
    expectInvalidOption(() => build({ openId: { trim: true } }), 'openId');
  });

  it.each(loneSurrogates)('refuses an openId holding %s', (_, openId) => {
    expectInvalidOption(() => build({ openId }), 'openId');
  });
});
