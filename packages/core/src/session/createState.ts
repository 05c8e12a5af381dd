import { VVChatError } from '../errors';

/**
 * Makes a CSRF `state`: 128 bits from `crypto.getRandomValues`, base64url (22 characters).
 * Throws `VVChatError` `no_crypto` where the Web Crypto API is missing.
 *
 * @example
 * createState(); // 'q3X0v7S2m9Jb1kQeT6yWzA'
 */
export function createState(): string {
  const bytes = new Uint8Array(16);
  try {
    globalThis.crypto.getRandomValues(bytes);
  } catch (error) {
    throw new VVChatError('no_crypto', 'crypto.getRandomValues is missing', { cause: error });
  }
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
