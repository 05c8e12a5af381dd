import { VVChatError } from '../errors';

/** How a share that went around VVChat ended: the system share sheet took it, or the link was copied. */
export type ShareElsewhereOutcome = 'shared-elsewhere' | 'copied';

/** What {@link shareElsewhere} shares: a title, an optional line of text and the link. */
export interface ShareElsewhereContent {
  title: string;
  url: string;
  subTitle?: string | undefined;
}

type ShareNavigator = Navigator & {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
};

const shareData = ({ title, url, subTitle }: ShareElsewhereContent): ShareData => ({ title, url, ...(subTitle && { text: subTitle }) });

/**
 * The way out {@link shareElsewhere} takes on this page: the system share sheet (the Web Share
 * API) where the browser has it for this content, else copying the link. `'copy'` on a server.
 *
 * @example
 * const label = shareFallback(content) === 'web-share' ? 'Share another way' : 'Copy link';
 */
export function shareFallback(content?: ShareElsewhereContent): 'web-share' | 'copy' {
  if (typeof navigator === 'undefined') return 'copy';
  const browser: ShareNavigator = navigator;
  if (typeof browser.share !== 'function') return 'copy';
  try {
    return !content || typeof browser.canShare !== 'function' || browser.canShare(shareData(content)) ? 'web-share' : 'copy';
  } catch {
    return 'copy';
  }
}

/**
 * Copies `text` to the clipboard: the async Clipboard API, else a hidden `<textarea>` and
 * `document.execCommand('copy')` (older in-app browsers). Rejects with `copy_failed` when neither works.
 *
 * @example
 * await copyText(location.href);
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // No Clipboard API here (an insecure page, an old webview) or it refused: try the old way.
  }
  let copied = false;
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;top:0;left:0;opacity:0';
    document.body.append(area);
    area.select();
    // Deprecated, and still the only way to copy in the old webviews that lack the Clipboard API.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    copied = document.execCommand('copy');
    area.remove();
  } catch {
    // Reported below.
  }
  if (!copied) throw new VVChatError('copy_failed', 'the browser would not copy the link');
}

/**
 * Shares `content` without VVChat, for when the app did not open or cannot open here: the
 * system share sheet where there is one (call it inside a tap), else copies the link. Resolves
 * with what happened; rejects with `aborted` when the user closed the share sheet, `copy_failed`
 * when nothing could be copied.
 *
 * @example
 * button.onclick = async () => setStatus(await shareElsewhere({ title: '新品', url: location.href }));
 */
export async function shareElsewhere(content: ShareElsewhereContent): Promise<ShareElsewhereOutcome> {
  if (shareFallback(content) === 'web-share') {
    try {
      const browser: ShareNavigator = navigator;
      await browser.share?.(shareData(content));
      return 'shared-elsewhere';
    } catch (error) {
      // The user closed the sheet: nothing to fall back to, they chose not to share.
      if (error instanceof Error && error.name === 'AbortError') throw new VVChatError('aborted', 'the share sheet was closed', { cause: error });
      // Refused (NotAllowedError outside a tap, a data error): copying still gets the link out.
    }
  }
  await copyText(content.url);
  return 'copied';
}
