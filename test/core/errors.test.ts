import { describe, expect, it } from 'vitest';
import { VVChatError, isVVChatError } from '@vvchat/core';

describe('VVChatError', () => {
  it('is an Error named VVChatError that carries its code and message', () => {
    const error = new VVChatError('invalid_option', 'appId is required');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(VVChatError);
    expect(error.name).toBe('VVChatError');
    expect(error.code).toBe('invalid_option');
    expect(error.message).toBe('appId is required');
    expect(String(error)).toBe('VVChatError: appId is required');
    expect(typeof error.stack).toBe('string');
  });

  it('keeps errCode and cause when they are given', () => {
    const cause = new TypeError('boom');
    const error = new VVChatError('login_denied', 'denied', { errCode: 1, cause });
    expect(error.errCode).toBe(1);
    expect(error.cause).toBe(cause);
  });

  it('keeps an errCode of 0 and a cause that is not an Error', () => {
    const error = new VVChatError('launch_failed', 'failed', { errCode: 0, cause: 'a string' });
    expect(error.errCode).toBe(0);
    expect(error.cause).toBe('a string');
  });

  it('has no errCode and no cause when none is given', () => {
    const error = new VVChatError('state_mismatch', 'mismatch');
    expect(error.errCode).toBeUndefined();
    expect(error.cause).toBeUndefined();
  });
});

describe('isVVChatError', () => {
  it('is true for a VVChatError', () => {
    expect(isVVChatError(new VVChatError('aborted', 'aborted'))).toBe(true);
  });

  it('is true for a lookalike from another copy of the package (an Error named VVChatError with a string code)', () => {
    class ForeignVVChatError extends Error {
      readonly code: string;
      constructor(code: string, message: string) {
        super(message);
        this.name = 'VVChatError';
        this.code = code;
      }
    }
    const foreign = new ForeignVVChatError('no_browser', 'no browser');
    expect(foreign).not.toBeInstanceOf(VVChatError);
    expect(isVVChatError(foreign)).toBe(true);

    const plain = Object.assign(new Error('x'), { name: 'VVChatError', code: 'not_opened' });
    expect(isVVChatError(plain)).toBe(true);
  });

  it('is false for other errors and for values that are not errors', () => {
    const others: unknown[] = [
      new Error('plain'),
      new TypeError('type'),
      Object.assign(new Error('no code'), { name: 'VVChatError' }),
      Object.assign(new Error('numeric code'), { name: 'VVChatError', code: 42 }),
      Object.assign(new Error('other name'), { name: 'OtherError', code: 'invalid_option' }),
      { name: 'VVChatError', code: 'invalid_option', message: 'not an Error' },
      'VVChatError',
      42,
      null,
      undefined,
    ];
    for (const value of others) expect(isVVChatError(value), String(value)).toBe(false);
  });
});
