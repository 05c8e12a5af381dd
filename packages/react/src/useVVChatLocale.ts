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

/**
 * The provider's `fallbackUrl` (the VVChat download page, say), for your own UI to offer after
 * `not_opened`; the buttons show it as an install link under the reason.
 *
 * @example
 * const install = useVVChatFallbackUrl();
 * if (error?.code === 'not_opened' && install) return <a href={install}>安装 VVChat</a>;
 */
export function useVVChatFallbackUrl(): string | undefined {
  return useVVChat().fallbackUrl;
}
