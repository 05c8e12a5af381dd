import { clsx } from 'clsx';
import { forwardRef, useId, type ButtonHTMLAttributes, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { useVVChatLocale, type VVChatError, type VVChatLocale } from '@vvchat/react';
import { composeEventHandlers } from './composeEventHandlers';
import { VVChatIcon, type VVChatIconName } from './icons';
import { errorLabels, type ButtonLabels, type VVChatLabels } from './labels';

/** The look of a button; every prop is optional. */
export interface VVChatButtonStyleProps {
  /** @default 'md' */
  size?: 'sm' | 'md' | 'lg' | undefined;
  /** @default 'primary' */
  variant?: 'primary' | 'outline' | 'ghost' | undefined;
  /** @default 'rect' */
  shape?: 'rect' | 'pill' | undefined;
  /** Fills the width of its container. */
  block?: boolean | undefined;
  /** The language of the texts. @default the provider's `locale`, else 'zh-CN' */
  locale?: VVChatLocale | undefined;
  /** Replaces the capability's mark; `false` hides it. */
  icon?: ReactNode;
  /** Replaces the label (the status still shows through `data-status`, `aria-busy` and the spinner). */
  children?: ReactNode;
}

/** Every native `<button>` prop but `type` (always `"button"`) and `onError` (the flow's). `onClick` runs first and may `preventDefault()` the flow. */
export type NativeButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children' | 'content' | 'onError'>;

/** Texts to override on one button: any status, and the error messages read to screen readers. */
export type LabelOverrides<TStatus extends string> = Partial<ButtonLabels<TStatus>> & {
  errors?: Partial<VVChatLabels['errors']> | undefined;
};

/** Props every button shares. */
export interface VVChatButtonProps<TStatus extends string> extends VVChatButtonStyleProps, NativeButtonProps {
  /** Overrides any of this button's texts. */
  labels?: LabelOverrides<TStatus> | undefined;
}

interface ButtonBaseProps extends VVChatButtonStyleProps, NativeButtonProps {
  status: string;
  busy: boolean;
  label: string;
  /** The message for assistive tech when the flow failed. */
  errorText: string | undefined;
  iconName: VVChatIconName;
  onActivate: (event: MouseEvent<HTMLButtonElement>) => void;
}

// Visually hidden but read by screen readers, without relying on the stylesheet.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** @internal The markup every button shares: the hook's state goes to data attributes and ARIA. */
export const ButtonBase = /* @__PURE__ */ forwardRef<HTMLButtonElement, ButtonBaseProps>(function ButtonBase(
  {
    status,
    busy,
    label,
    errorText,
    iconName,
    onActivate,
    size = 'md',
    variant = 'primary',
    shape = 'rect',
    block,
    locale,
    icon,
    children,
    className,
    disabled,
    onClick,
    'aria-describedby': describedBy,
    ...native
  },
  ref,
) {
  const errorId = useId();
  return (
    <>
      <button
        {...native}
        ref={ref}
        type="button"
        // A button told its own language says so, so screen readers pronounce it right.
        lang={native.lang ?? locale}
        className={clsx('vvchat-button', className)}
        data-status={status}
        data-size={size}
        data-variant={variant}
        data-shape={shape}
        data-block={block ? '' : undefined}
        aria-busy={busy || undefined}
        aria-describedby={clsx(describedBy, errorText && errorId) || undefined}
        disabled={disabled || busy}
        onClick={composeEventHandlers(onClick, onActivate)}
      >
        {busy ? (
          <span className="vvchat-button__spinner" aria-hidden="true" />
        ) : (
          icon !== false && (icon ?? <VVChatIcon name={iconName} />)
        )}
        <span className="vvchat-button__label">{children ?? label}</span>
      </button>
      <span id={errorId} role="status" style={visuallyHidden}>
        {errorText}
      </span>
    </>
  );
});

/** @internal One button's texts in the chosen locale, with the `labels` overrides applied. */
export function useLabels<TStatus extends string>(
  table: Record<VVChatLocale, ButtonLabels<TStatus>>,
  locale: VVChatLocale | undefined,
  overrides: LabelOverrides<TStatus> | undefined,
): { texts: ButtonLabels<TStatus>; errorText: (error: VVChatError | undefined) => string | undefined; locale: VVChatLocale } {
  const providerLocale = useVVChatLocale();
  const chosen = table[locale ?? providerLocale] ? (locale ?? providerLocale) : 'zh-CN';
  const { errors, ...texts } = overrides ?? {};
  const messages = { ...errorLabels[chosen], ...errors };
  return {
    texts: { ...table[chosen], ...texts },
    errorText: (error) => error && (messages[error.code] ?? messages.default),
    locale: chosen,
  };
}
