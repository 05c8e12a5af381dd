import { useEffect, useRef, useState, type RefObject } from 'react';
import { copyText } from '@vvchat/react';

/** Where copying the link stands: not yet, done, or refused (then the link is shown to copy by hand). */
export type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'failed'; link: string };

/**
 * @internal Copies a link with `copyText` (the Clipboard API, else `execCommand`). On
 * `copy_failed` the state holds the link, and `fieldRef`'s readonly input (rendered for it) gets
 * focus with the whole link selected, so a long-press or Ctrl+C copies it.
 */
export function useCopyLink(): {
  copy: CopyState;
  copyLink: (link: string) => void;
  fieldRef: RefObject<HTMLInputElement | null>;
} {
  const [copy, setCopy] = useState<CopyState>({ status: 'idle' });
  const fieldRef = useRef<HTMLInputElement | null>(null);
  const attempt = useRef<AbortController | null>(null);

  useEffect(() => () => attempt.current?.abort(), []);

  useEffect(() => {
    const field = fieldRef.current;
    if (copy.status !== 'failed' || !field) return;
    field.focus();
    // select() alone selects nothing in a readonly input on iOS.
    field.setSelectionRange(0, field.value.length);
    field.select();
  }, [copy]);

  const copyLink = (link: string) => {
    attempt.current?.abort();
    const controller = new AbortController();
    attempt.current = controller;
    copyText(link).then(
      () => !controller.signal.aborted && setCopy({ status: 'copied' }),
      () => !controller.signal.aborted && setCopy({ status: 'failed', link }),
    );
  };

  return { copy, copyLink, fieldRef };
}
