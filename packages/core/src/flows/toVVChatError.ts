import { VVChatError, isVVChatError } from '../errors';

/** @internal Any thrown value as a `VVChatError`, wrapping the unknown ones in `code`. */
export function toVVChatError(error: unknown, code: VVChatError['code'], message: string): VVChatError {
  return isVVChatError(error) ? error : new VVChatError(code, message, { cause: error });
}
