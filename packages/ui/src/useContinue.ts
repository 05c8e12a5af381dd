import { useEffect } from 'react';
import { findContinue, type ContinueAction } from '@vvchat/react';

/**
 * @internal When this page was opened to continue `action` (the desktop dialog's QR code), the
 * first such button takes focus, scrolls into view and gets `data-continue` (ready to tap), and
 * the parameter leaves the address bar. Read after mount, so server markup and hydration agree.
 */
export function useContinue(action: ContinueAction, button: () => HTMLButtonElement | null): void {
  useEffect(() => {
    const found = findContinue(location.href);
    const element = button();
    if (found?.action !== action || !element) return;
    try {
      history.replaceState(history.state, '', found.cleaned);
    } catch {
      // Best effort: a sandboxed frame keeps the parameter, and a reload focuses the button again.
    }
    element.setAttribute('data-continue', '');
    element.focus();
    element.scrollIntoView?.({ block: 'center' });
  }, [action, button]);
}
