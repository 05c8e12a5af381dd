'use client';
import { forwardRef } from 'react';
import { useShare, type ShareContent, type ShareStatus, type UseShareOptions } from '@vvchat/react';
import { ButtonBase, useLabels, type VVChatButtonProps } from './ButtonBase';
import { shareLabels } from './labels';

/** Props of {@link ShareButton}: what to share, `useShare`'s options, the look, and native button props. */
export interface ShareButtonProps extends UseShareOptions, VVChatButtonProps<ShareStatus> {
  /** The card: `title` and `url`, optionally `subTitle`, `thumbUrl` and the advanced-share `data`. */
  content: ShareContent;
}

/**
 * "Share to VVChat": `useShare` plus markup. Busy while the app opens and while it waits for
 * the app's result.
 *
 * @example
 * <ShareButton content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />
 */
export const ShareButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, ShareButtonProps>(function ShareButton(
  { content, onSuccess, onError, labels, ...props },
  ref,
) {
  const { share, status, error } = useShare({ onSuccess, onError });
  const { texts, errorText } = useLabels(shareLabels, props.locale, labels);
  return (
    <ButtonBase
      {...props}
      ref={ref}
      status={status}
      busy={status === 'launching' || status === 'waiting'}
      label={texts[status]}
      errorText={errorText(error)}
      iconName="share"
      onActivate={() => share(content)}
    />
  );
});
