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
 * `not_opened`; the buttons show it as an install link under the reason. Only an absolute
 * `http:`/`https:` URL: anything else (`javascript:`, `data:`, a relative or protocol-relative
 * URL) is `undefined`, so it never becomes a link that runs script. The browser's launcher refuses
 * such a `fallbackUrl` with `invalid_option`; a launcher of your own may not check it.
 *
 * @example
 * const install = useVVChatFallbackUrl();
 * if (error?.code === 'not_opened' && install) return <a href={install}>安装 VVChat</a>;
 */
export function useVVChatFallbackUrl(): string | undefined {
  const { fallbackUrl } = useVVChat();
  return typeof fallbackUrl === 'string' && /^https?:\/\/[^\s/?#]/i.test(fallbackUrl) ? fallbackUrl : undefined;
}
