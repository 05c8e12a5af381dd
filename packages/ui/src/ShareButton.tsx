'use client';
import { forwardRef } from 'react';
import { useShare, type ShareContent, type ShareStatus, type UseShareOptions } from '@vvchat/react';
import { FlowButton } from './FlowButton';
import type { VVChatButtonProps } from './buttonProps';
import { shareLabels } from './labels';

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
  { content, onSuccess, onError, ...props },
  ref,
) {
  const { share, status, error } = useShare({ onSuccess, onError });
  return (
    <FlowButton
      {...props}
      ref={ref}
      status={status}
      error={error}
      isPending={status === 'launching' || status === 'waiting'}
      table={shareLabels}
      iconName="share"
      onPress={() => share(content)}
    />
  );
});
