'use client';
import { clsx } from 'clsx';
import { useId, useRef, type ReactElement } from 'react';
import type { ContinueAction, InAppBrowser, VVChatLocale } from '@vvchat/react';
import { guidanceLabels, type GuidanceLabels } from './guidanceLabels';
import { useCopyLink } from './useCopyLink';
import { useHandoverLink, type QrState } from './useHandoverLink';
import { useModalDialog } from './useModalDialog';
import { visuallyHidden } from '../visuallyHidden';

/** Props of {@link GuidanceDialog}. */
export interface GuidanceDialogProps {
  /** Which guidance: open the page in the system browser, or continue on a phone by QR code. */
  reason: 'in-app-browser' | 'desktop';
  /** The in-app browser (its menu hint). @default 'webview' (an app we cannot tell) */
  app?: InAppBrowser | undefined;
  /** What the phone should continue: the QR code holds `continueUrl(url, action)`. */
  action: ContinueAction;
  /**
   * The page to copy and, on a desktop, to encode.
   * @default location.href, read when the dialog opens (never during render)
   */
  url?: string | undefined;
  /** @default 'zh-CN' */
  locale?: VVChatLocale | undefined;
  /** Shown (as a modal `<dialog>`) while `true`. */
  open: boolean;
  /** The user asked to close: Escape, 关闭 / Close, or a tap on the backdrop. Set `open` to `false`. */
  onClose: () => void;
  className?: string | undefined;
}

/**
 * What a blocked launch asks of the user, as a modal dialog: in an in-app browser (WeChat, QQ,
 * Weibo…), to open the page in the system browser, with the app's menu hint and the link to copy;
 * on a desktop, to scan a QR code with the phone, which opens the page ready to continue `action`.
 * The buttons open it for `blocked` errors; render it yourself around the hooks.
 *
 * Focus moves to the copy button on open and back to what had it on close. State reaches CSS as
 * `data-reason`, `data-app` and, on the copy button, `data-state="copied"`.
 *
 * @example
 * const { login, error, reset } = useVVChatLogin({ … });
 * const blocked = error?.code === 'blocked' && error.reason !== 'no-user-activation' ? error : undefined;
 * <GuidanceDialog open={!!blocked} reason={blocked?.reason ?? 'desktop'} app={blocked?.app} action="login" onClose={reset} />
 */
export function GuidanceDialog({ open, ...props }: GuidanceDialogProps): ReactElement | null {
  // Mounted only while open: every opening starts fresh (the link read again, copy state reset).
  return open ? <OpenGuidanceDialog {...props} /> : null;
}

function OpenGuidanceDialog({ reason, app = 'webview', action, url, locale = 'zh-CN', onClose, className }: Omit<GuidanceDialogProps, 'open'>) {
  const texts = guidanceLabels[locale] ?? guidanceLabels['zh-CN'];
  const headingId = useId();
  const hintId = useId();
  const primary = useRef<HTMLButtonElement | null>(null);
  const { dialogProps } = useModalDialog({ onClose, initialFocus: primary });
  const { link, qr } = useHandoverLink({ reason, action, url });
  const { copy, copyLink, fieldRef } = useCopyLink();
  const desktop = reason === 'desktop';

  return (
    <dialog
      {...dialogProps}
      className={clsx('vvchat-dialog', className)}
      aria-labelledby={headingId}
      aria-describedby={hintId}
      lang={locale}
      data-reason={reason}
      data-app={desktop ? undefined : app}
    >
      <div className="vvchat-dialog__body">
        <h2 id={headingId} className="vvchat-dialog__title">
          {desktop ? texts.desktopTitle : texts.inAppTitle}
        </h2>
        <p id={hintId} className="vvchat-dialog__hint">
          {desktop ? texts.desktopHint : texts.inAppHint(app)}
        </p>
        {desktop && <QrCode qr={qr} texts={texts} />}
        {copy.status === 'failed' && (
          <label className="vvchat-dialog__field">
            <span className="vvchat-dialog__field-label">{texts.copyByHand}</span>
            <input ref={fieldRef} className="vvchat-dialog__link" type="url" readOnly value={copy.link} />
          </label>
        )}
        <div className="vvchat-dialog__actions">
          <button
            ref={primary}
            type="button"
            className="vvchat-button"
            data-variant="primary"
            data-state={copy.status === 'copied' ? 'copied' : undefined}
            onClick={() => copyLink(link())}
          >
            {copy.status === 'copied' ? texts.copied : texts.copy}
          </button>
          <button type="button" className="vvchat-button" data-variant="outline" onClick={onClose}>
            {texts.close}
          </button>
        </div>
        <p role="status" className="vvchat-dialog__status" style={visuallyHidden}>
          {copy.status === 'copied' ? texts.copiedAnnouncement : ''}
        </p>
      </div>
    </dialog>
  );
}


/** Four modules of white around the code, as the QR specification asks. */
const quietZone = 4;

/** The QR code, or a box of the same size that says what is going on. */
function QrCode({ qr, texts }: { qr: QrState; texts: GuidanceLabels }) {
  if (qr.status !== 'ready') {
    return (
      <div className="vvchat-dialog__qr" data-state={qr.status} role={qr.status === 'loading' ? 'status' : undefined}>
        <span className="vvchat-dialog__qr-message">{qr.status === 'loading' ? texts.qrLoading : texts.qrFailed}</span>
      </div>
    );
  }
  const side = qr.size + 2 * quietZone;
  return (
    <svg
      className="vvchat-dialog__qr"
      data-state="ready"
      role="img"
      aria-label={texts.qrLabel}
      viewBox={`${-quietZone} ${-quietZone} ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      {/* Dark modules on light in both themes: many phone cameras cannot read an inverted code. */}
      <rect x={-quietZone} y={-quietZone} width={side} height={side} style={{ fill: 'var(--vvchat-color-qr-light, #fff)' }} />
      <path d={qr.d} style={{ fill: 'var(--vvchat-color-qr-dark, #000)' }} />
    </svg>
  );
}
