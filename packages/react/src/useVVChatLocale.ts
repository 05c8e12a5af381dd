'use client';
import type { VVChatLocale } from './client';
import { useVVChat } from './VVChatProvider';

/**
 * The provider's `locale` (`'zh-CN'` by default), for texts of your own beside the SDK's.
 *
 * @example
 * const locale = useVVChatLocale();
 */
export function useVVChatLocale(): VVChatLocale {
  return useVVChat().locale;
}
