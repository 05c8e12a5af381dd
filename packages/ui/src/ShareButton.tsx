'use client';
import { forwardRef } from 'react';
import { useShare, type ShareContent, type ShareStatus, type UseShareOptions } from '@vvchat/react';
import { FlowButton } from './FlowButton';
import { shareMark } from './icons';
import type { VVChatButtonProps } from './buttonProps';
import { shareLabels, shareErrors } from './labels';

/** Props of {@link ShareButton}: what to share, `useShare`'s options, the look, and native button props. */
export interface ShareButtonProps extends UseShareOptions, VVChatButtonProps<ShareStatus> {
  /** The card: `title` and `url`, optionally `subTitle`, `thumbUrl` and the advanced-share `data`. */
  content: ShareContent;
}

/**
 * "Share to VVChat": `useShare` plus markup. Pending (focusable, `aria-disabled`, `aria-busy`,
 * `data-pending`, taps ignored) while the app opens and while it waits for the app's result.
 * When VVChat did not open or cannot open here (an in-app browser, a desktop), the next tap
 * shares another way: the system share sheet where the browser has one ("用其他方式分享"),
 * else copies the link ("复制链接"); `data-status` is then `shared-elsewhere` or `copied`.
 *
 * @example
 * <ShareButton content={{ title: '新品上市', url: 'https://shop.example/items/42' }} />
 */
export const ShareButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, ShareButtonProps>(function ShareButton(
  { content, onSuccess, onError, ...props },
  ref,
) {
  const { share, shareElsewhere, status, error, fallback } = useShare({ onSuccess, onError });
  return (
    <FlowButton<ShareStatus | 'elsewhere' | 'copy'>
      {...props}
      ref={ref}
      status={status}
      error={error}
      isPending={status === 'launching' || status === 'waiting'}
      table={shareLabels}
      errors={shareErrors}
      // VVChat did not open, or cannot here: the button becomes the way out (the system share sheet, or copy the link).
      labelOf={(texts) => texts[fallback === 'web-share' ? 'elsewhere' : fallback ?? status]}
      action="share"
      ownWayOut
      mark={shareMark}
      onPress={() => (fallback ? shareElsewhere() : share(content))}
    />
  );
});
