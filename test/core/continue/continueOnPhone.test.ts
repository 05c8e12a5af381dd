import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { continueParam, continueUrl, findContinue, type ContinueAction } from '@vvchat/core';

describe('continueUrl and findContinue', () => {
  it('adds the action before the hash, keeping every other byte', () => {
    expect(continueUrl('https://shop.example/cart', 'pay')).toBe('https://shop.example/cart?vvchat_continue=pay');
    expect(continueUrl('https://shop.example/?state=CA&code=x#/cart?tab=1', 'login')).toBe(
      'https://shop.example/?state=CA&code=x&vvchat_continue=login#/cart?tab=1',
    );
  });

  it('replaces an earlier action rather than adding a second', () => {
    expect(continueUrl('https://shop.example/?vvchat_continue=pay&a=1', 'share')).toBe('https://shop.example/?a=1&vvchat_continue=share');
  });

  it('reads the action back and gives the URL without it', () => {
    expect(findContinue('https://shop.example/?a=1&vvchat_continue=customer-service#top')).toEqual({
      action: 'customer-service',
      cleaned: 'https://shop.example/?a=1#top',
    });
    expect(findContinue('https://shop.example/?vvchat_continue=pay')).toEqual({ action: 'pay', cleaned: 'https://shop.example/' });
  });

  it('finds nothing without the parameter, or with an unknown action', () => {
    expect(findContinue('https://shop.example/?a=1')).toBeNull();
    expect(findContinue(`https://shop.example/?${continueParam}=delete-account`)).toBeNull();
    expect(findContinue(`https://shop.example/?${continueParam}=%E0`)).toBeNull();
  });

  it('round-trips for any page URL and action', () => {
    const actions: ContinueAction[] = ['login', 'pay', 'share', 'customer-service'];
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom(...actions), (url, action) => {
        const clean = findContinue(url)?.cleaned ?? url;
        fc.pre(!/\?&*(?:#|$)/.test(clean)); // A query of nothing (`?`, `?&`) is dropped with the parameter: the same page.
        const found = findContinue(continueUrl(clean, action));
        expect(found?.action).toBe(action);
        expect(found?.cleaned).toBe(clean);
      }),
    );
  });
});
