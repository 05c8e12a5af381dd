import { clsx } from 'clsx';
import { forwardRef, type ReactNode } from 'react';
import type { VVChatButtonStyleProps } from './buttonProps';
import { VVChatIcon } from './icons';
import type { VVChatButtonAria } from './useVVChatButton';
import { visuallyHidden } from './visuallyHidden';

interface ButtonBaseProps extends VVChatButtonAria, Omit<VVChatButtonStyleProps, 'children'> {
  /** What the button says: the user's `children`, else the status's label. */
  children: ReactNode;
  /** The message for assistive tech when the flow failed. */
  errorText: string | undefined;
  /** What follows the message under the button (the install link after `not_opened`). */
  reasonAction?: ReactNode;
  /** The capability's mark (path data, from icons.tsx). */
  mark: string;
}


/**
 * @internal The markup every button shares: `useVVChatButton`'s props, the look as data
 * attributes, the mark or the spinner, the label, and the live region that reads the error.
 */
export const ButtonBase = /* @__PURE__ */ forwardRef<HTMLButtonElement, ButtonBaseProps>(function ButtonBase(
  {
    buttonProps,
    errorProps,
    isPending,
    errorText,
    reasonAction,
    mark,
    children,
    size = 'md',
    variant = 'primary',
    shape = 'rect',
    block,
    locale,
    icon,
  },
  ref,
) {
  return (
    <>
      <button
        {...buttonProps}
        ref={ref}
        // A button told its own language says so, so screen readers pronounce it right.
        lang={buttonProps.lang ?? locale}
        className={clsx('vvchat-button', buttonProps.className)}
        data-size={size}
        data-variant={variant}
        data-shape={shape}
        data-block={block ? '' : undefined}
      >
        {isPending ? (
          <span className="vvchat-button__spinner" aria-hidden="true" />
        ) : (
          icon !== false && (icon ?? <VVChatIcon mark={mark} />)
        )}
        <span className="vvchat-button__label">{children}</span>
      </button>
      {/* Why the flow failed, visible under the button (hidden while empty, by the visually-hidden
          style); the live region the button's aria-describedby names holds the reason alone, and
          the way out (the install link) sits beside it, outside: no link read as a description. */}
      <span className="vvchat-button__reason" lang={locale} style={errorText ? undefined : visuallyHidden}>
        <span {...errorProps}>{errorText}</span>
        {errorText && reasonAction}
      </span>
    </>
  );
});
