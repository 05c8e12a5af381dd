import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type RefObject, type SyntheticEvent } from 'react';

/** Options of {@link useModalDialog}. */
export interface ModalDialogOptions {
  /** Called once when the user asks to close: Escape, a tap on the backdrop, or the browser closing the dialog. */
  onClose: () => void;
  /** What takes focus when the dialog opens (the primary button). @default the dialog's first focusable element */
  initialFocus: RefObject<HTMLElement | null>;
}

/** Props for the `<dialog>` element. */
export interface ModalDialogProps {
  ref: RefObject<HTMLDialogElement | null>;
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
  onClose: (event: SyntheticEvent<HTMLDialogElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => void;
  onClick: (event: MouseEvent<HTMLDialogElement>) => void;
}

const focusable = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The focusable elements inside `dialog`, in tab order as far as the DOM goes. */
function focusablesIn(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(focusable)].filter((element) => !element.matches(':disabled'));
}

/**
 * @internal A `<dialog>` that is modal for as long as the component that calls this is mounted:
 * `showModal()` on mount (focus trapped, page inert, Escape closes), `close()` and focus back to
 * whatever had it (the button that opened it) on unmount. Where `showModal` is missing (jsdom,
 * old webviews) it opens with the `open` attribute, `role="dialog"`, `aria-modal` and
 * `data-fallback` (for the stylesheet), and handles Escape and the Tab trap itself.
 *
 * The dialog never closes itself: it tells `onClose`, and the caller unmounts it.
 */
export function useModalDialog({ onClose, initialFocus }: ModalDialogOptions): { dialogProps: ModalDialogProps } {
  const ref = useRef<HTMLDialogElement | null>(null);
  const fallback = useRef(false);
  // Set once the dialog is closing, by the user or on unmount: one onClose per opening, and no
  // onClose for the `close` event that our own `close()` fires.
  const closing = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closing.current = false;
    fallback.current = typeof dialog.showModal !== 'function';
    if (!fallback.current && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        // Not connected, or already open non-modally (another script): open it by hand instead.
        fallback.current = true;
      }
    }
    if (fallback.current) {
      dialog.setAttribute('open', '');
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('data-fallback', '');
    }
    (initialFocus.current ?? focusablesIn(dialog)[0])?.focus();
    return () => {
      closing.current = true;
      if (fallback.current) dialog.removeAttribute('open');
      else if (dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [initialFocus]);

  const requestClose = () => {
    if (closing.current) return;
    closing.current = true;
    onClose();
  };

  return {
    dialogProps: {
      ref,
      // Escape on a modal dialog: keep it open until the caller unmounts it.
      onCancel: (event) => {
        event.preventDefault();
        requestClose();
      },
      // The browser closed it anyway (a second Escape without a tap in between is not cancelable).
      // A `close` event while the dialog is open again is stale: StrictMode's cleanup closed it,
      // the effect reopened it, and the event (dispatched in a later task) arrives only now.
      onClose: (event) => !event.currentTarget.open && requestClose(),
      onKeyDown: (event) => {
        if (!fallback.current || event.defaultPrevented) return;
        if (event.key === 'Escape') {
          event.preventDefault();
          requestClose();
        } else if (event.key === 'Tab') {
          const elements = focusablesIn(event.currentTarget);
          const first = elements[0];
          const last = elements[elements.length - 1];
          if (!first || !last) return;
          const active = document.activeElement;
          if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
            event.preventDefault();
            last.focus();
          } else if (!event.shiftKey && (active === last || !event.currentTarget.contains(active))) {
            event.preventDefault();
            first.focus();
          }
        }
      },
      // The dialog has no padding of its own, so a click that targets it is on the backdrop.
      onClick: (event) => {
        if (event.target === event.currentTarget && !fallback.current) requestClose();
      },
    },
  };
}
