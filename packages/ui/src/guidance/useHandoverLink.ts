import { useEffect, useRef, useState } from 'react';
import { continueUrl, type ContinueAction } from '@vvchat/react';
import type { QrPath } from './qrSvg';

/** The desktop dialog's QR code: loading the encoder, drawn, or not to be had (offline, too long). */
export type QrState = { status: 'loading' } | ({ status: 'ready' } & QrPath) | { status: 'failed' };

/** Options of {@link useHandoverLink}: the dialog's props that decide the link. */
export interface HandoverLinkOptions {
  reason: 'in-app-browser' | 'desktop';
  action: ContinueAction;
  /** @default location.href, read when the dialog opens */
  url: string | undefined;
}

/**
 * @internal The link the guidance dialog hands over, read when it opens (never during render, so
 * server markup is the same): in an in-app browser the page itself, to open in the system
 * browser; on a desktop `continueUrl(page, action)`, which the phone opens ready to tap, and its
 * QR code. The QR encoder is imported (its own chunk) only then.
 */
export function useHandoverLink({ reason, action, url }: HandoverLinkOptions): { link: () => string; qr: QrState } {
  const link = useRef('');
  const [qr, setQr] = useState<QrState>({ status: 'loading' });

  useEffect(() => {
    const page = url ?? location.href;
    link.current = reason === 'desktop' ? continueUrl(page, action) : page;
    if (reason !== 'desktop') return;
    const text = link.current;
    const controller = new AbortController();
    import('./qrSvg')
      .then(({ qrPath }) => qrPath(text))
      .then(
        (path) => !controller.signal.aborted && setQr({ status: 'ready', ...path }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          if (process.env.NODE_ENV !== 'production') console.warn(`[vvchat] no QR code for ${text}:`, error);
          setQr({ status: 'failed' });
        },
      );
    return () => controller.abort();
  }, [reason, action, url]);

  return { link: () => link.current, qr };
}
