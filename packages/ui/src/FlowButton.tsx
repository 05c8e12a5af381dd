import { forwardRef, type ReactElement, type RefAttributes } from 'react';
import type { VVChatError, VVChatLocale } from '@vvchat/react';
import { ButtonBase } from './ButtonBase';
import type { VVChatButtonProps } from './buttonProps';
import type { VVChatIconName } from './icons';
import type { ButtonLabels } from './labels';
import { useLabels } from './useLabels';
import { useVVChatButton } from './useVVChatButton';

/** @internal What one of the four buttons hands over: its hook's state, its texts and mark, and what a press starts. */
export interface FlowButtonProps<TStatus extends string> extends VVChatButtonProps<TStatus> {
  status: TStatus;
  error: VVChatError | undefined;
  /** Under way: focusable, `aria-disabled`, `data-pending`, presses ignored (see `useVVChatButton`). */
  isPending: boolean;
  /** Final, starting nothing more (QPay's `paid`). */
  isUnavailable?: boolean | undefined;
  /** The button's texts in both locales. */
  table: Record<VVChatLocale, ButtonLabels<TStatus>>;
  /** The label, when it is more than the status's text (QPay's amount). @default texts[status] */
  labelOf?: ((texts: ButtonLabels<TStatus>, locale: VVChatLocale) => string) | undefined;
  iconName: VVChatIconName;
  onPress: () => void;
}

/** @internal The four buttons' one composition: the texts, `useVVChatButton`, and `ButtonBase`'s markup. */
export const FlowButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, FlowButtonProps<string>>(function FlowButton(
  { status, error, isPending, isUnavailable, table, labelOf, iconName, onPress, labels, size, variant, shape, block, locale, icon, children, ...native },
  ref,
) {
  const { texts, errorText, locale: chosen } = useLabels(table, locale, labels);
  const message = errorText(error);
  const button = useVVChatButton({ ...native, status, isPending, isUnavailable, errorText: message, onPress: () => onPress() });
  return (
    <ButtonBase {...button} ref={ref} size={size} variant={variant} shape={shape} block={block} locale={locale} icon={icon} errorText={message} iconName={iconName}>
      {children ?? (labelOf ? labelOf(texts, chosen) : texts[status])}
    </ButtonBase>
  );
}) as <TStatus extends string>(props: FlowButtonProps<TStatus> & RefAttributes<HTMLButtonElement>) => ReactElement;
