'use client';
import { forwardRef } from 'react';
import { useShare, type ShareContent, type ShareStatus, type UseShareOptions } from '@vvchat/react';
import { ButtonBase } from './ButtonBase';
import type { VVChatButtonProps } from './buttonProps';
import { shareLabels } from './labels';
import { useLabels } from './useLabels';
import { useVVChatButton } from './useVVChatButton';

/** Props of {@link ShareButton}: what to share, `useShare`'s options, the look, and native button props. */
export interface ShareButtonProps extends UseShareOptions, VVChatButtonProps<ShareStatus> {
  /** The card: `title` and `url`, optionally `subTitle`, `thumbUrl` and the advanced-share `data`. */
  content: ShareContent;
}

/**
 * "Share to VVChat": `useShare` plus markup. Pending (focusable, `aria-disabled`, `aria-busy`,
 * `data-pending`, taps ignored) while the app opens and while it waits for the app's result.
 *
 * @example
 * <ShareButton content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />
 */
export const ShareButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, ShareButtonProps>(function ShareButton(
  { content, onSuccess, onError, labels, size, variant, shape, block, locale, icon, children, ...native },
  ref,
) {
  const { share, status, error } = useShare({ onSuccess, onError });
  const { texts, errorText } = useLabels(shareLabels, locale, labels);
  const message = errorText(error);
  const button = useVVChatButton({
    ...native,
    status,
    isPending: status === 'launching' || status === 'waiting',
    errorText: message,
    onPress: () => share(content),
  });
  return (
    <ButtonBase
      {...button}
      ref={ref}
      size={size}
      variant={variant}
      shape={shape}
      block={block}
      locale={locale}
      icon={icon}
      errorText={message}
      iconName="share"
    >
      {children ?? texts[status]}
    </ButtonBase>
  );
});
