import { isVVChatError, type VVChatError } from '@vvchat/core';

export { fakeStorage, throwingStorage, type FakeStorage } from '../../support/storage';

export const appId = 'test-app';
export const redirectUri = 'https://shop.example/login/callback?from=cart';

/** The URL the VVChat app opens on `redirect_uri` after the user granted the login. */
export const granted = (state: string | undefined, code = 'CODE-123'): string => {
  const url = new URL(redirectUri);
  url.searchParams.set('code', code);
  if (state !== undefined) url.searchParams.set('state', state);
  url.searchParams.set('err_code', '0');
  return url.href;
};

/** The URL the VVChat app opens on `redirect_uri` after the user refused. */
export const denied = (state: string | undefined, errCode = 1): string => {
  const url = new URL(redirectUri);
  if (state !== undefined) url.searchParams.set('state', state);
  url.searchParams.set('err_code', String(errCode));
  return url.href;
};

/** The `VVChatError` that `run` throws; fails the test when it throws nothing or something else. */
export function thrownBy(run: () => unknown): VVChatError {
  try {
    run();
  } catch (error) {
    if (isVVChatError(error)) return error;
    throw new Error(`expected a VVChatError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a VVChatError, nothing was thrown');
}
