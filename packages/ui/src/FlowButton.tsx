import { forwardRef, useCallback, useRef, useState, type ReactElement, type RefAttributes } from 'react';
import { useVVChatFallbackUrl, type ContinueAction, type VVChatError, type VVChatLocale } from '@vvchat/react';
import { ButtonBase } from './ButtonBase';
import type { VVChatButtonProps } from './buttonProps';
import { blockedLabels, cancelledLabels, setupErrorLabels, type ButtonLabels, type VVChatLabels } from './labels';
import { useContinue } from './useContinue';
import { useLabels } from './useLabels';
import { useVVChatButton } from './useVVChatButton';
import { GuidanceDialog } from './guidance/LazyGuidanceDialog';

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
  /** What a screen reader hears for the failures only this button's flow has (beside every button's). */
  errors?: Record<VVChatLocale, Partial<VVChatLabels['errors']>> | undefined;
  /** The label, when it is more than the status's text (QPay's amount). @default texts[status] */
  labelOf?: ((texts: ButtonLabels<TStatus>, locale: VVChatLocale) => string) | undefined;
  /** The capability's mark (path data from icons.tsx: each button imports its own). */
  mark: string;
  /** What a phone continues when this page is opened from the desktop dialog's QR code. */
  action: ContinueAction;
  /** The button offers its own way out of a `blocked` launch (share): no guidance dialog, no blocked label. */
  ownWayOut?: boolean | undefined;
  /** The user's own cancel, as the button judges it (beside `login_denied`, which every button reads so): normal colours. */
  cancelled?: boolean | undefined;
  onPress: () => void;
}

/** A blocked launch the guidance dialog explains: an in-app browser, or a desktop. */
type Guided = VVChatError & { reason: 'in-app-browser' | 'desktop' };

const isGuided = (error: VVChatError | undefined): error is Guided =>
  error?.code === 'blocked' && (error.reason === 'in-app-browser' || error.reason === 'desktop');

/** @internal The four buttons' one composition: the texts, `useVVChatButton`, `ButtonBase`'s markup, and the guidance dialog. */
export const FlowButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, FlowButtonProps<string>>(function FlowButton(
  { status, error, isPending, isUnavailable, table, errors, labelOf, mark, action, ownWayOut, cancelled: ownCancel, onPress, labels, size, variant, shape, block, locale, icon, children, ...native },
  ref,
) {
  const { texts, errorText, install, locale: chosen } = useLabels(table, locale, labels, errors);
  const fallbackUrl = useVVChatFallbackUrl();
  const message = errorText(error);
  const own = useRef<HTMLButtonElement | null>(null);
  const setRef = useCallback(
    (element: HTMLButtonElement | null) => {
      own.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  useContinue(action, useCallback(() => own.current, []));
  const guidance = useGuidance(ownWayOut ? undefined : error);
  // A setup error (`invalid_option`: a blank openId, a bad redirectUri) is not the user's to fix:
  // no "try again", the button is unavailable (focusable, aria-disabled) and the reason says why.
  const setupError = error?.code === 'invalid_option';
  const button = useVVChatButton({ ...native, status, isPending, isUnavailable: isUnavailable || setupError, errorText: message, onPress: () => onPress() });
  const blocked = !ownWayOut && error?.code === 'blocked' && error.reason ? blockedLabels[chosen][error.reason] : undefined;
  const unavailable = setupError ? setupErrorLabels[chosen] : undefined;
  // The user's own cancel in the app is not a failure: a neutral look (data-cancelled) and a fresh start.
  const denied = error?.code === 'login_denied';
  const cancelled = ownCancel || denied;
  // "Not installed": the way out is installing VVChat, where the provider says where that is.
  const installLink = error?.code === 'not_opened' && fallbackUrl ? (
    <>
      {' '}
      <a className="vvchat-button__install" href={fallbackUrl}>
        {install}
      </a>
    </>
  ) : undefined;
  return (
    <>
      <ButtonBase
        {...button}
        buttonProps={{ ...button.buttonProps, ...(cancelled && { 'data-cancelled': '' }) }}
        ref={setRef}
        size={size}
        variant={variant}
        shape={shape}
        block={block}
        locale={locale}
        icon={icon}
        errorText={message}
        reasonAction={installLink}
        mark={mark}
      >
        {children ?? unavailable ?? blocked ?? (denied ? cancelledLabels[chosen] : labelOf ? labelOf(texts, chosen) : texts[status])}
      </ButtonBase>
      {guidance && (
        <GuidanceDialog
          open
          reason={guidance.error.reason}
          app={guidance.error.app}
          action={action}
          locale={chosen}
          onClose={guidance.close}
        />
      )}
    </>
  );
}) as <TStatus extends string>(props: FlowButtonProps<TStatus> & RefAttributes<HTMLButtonElement>) => ReactElement;

/**
 * @internal The guidance dialog for each new `blocked` error from an in-app browser or a desktop,
 * until the user closes it. Its code (and the QR encoder behind it) loads only then.
 */
function useGuidance(error: VVChatError | undefined) {
  const [closed, setClosed] = useState<VVChatError>();
  const guided = isGuided(error) ? error : undefined;
  const close = useCallback(() => setClosed(guided), [guided]);
  return guided && closed !== guided ? { error: guided, close } : undefined;
}
