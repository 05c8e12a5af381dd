import { clsx } from 'clsx';
import { useId, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import type { NativeButtonProps } from './buttonProps';
import { composeEventHandlers } from './composeEventHandlers';

/** @internal What {@link useVVChatButton} takes: the flow's state, what a press starts, and the user's native props. */
export interface UseVVChatButtonProps extends NativeButtonProps {
  /** The flow's status, for `data-status`. */
  status: string;
  /**
   * Whether the flow is under way (React Aria's `isPending`). The button stays focusable and
   * announced, and says so with `aria-disabled="true"`, `aria-busy="true"` and `data-pending`;
   * presses start nothing. Never native `disabled`, which would drop focus mid-flow.
   */
  isPending: boolean;
  /**
   * Whether the button can start nothing although nothing is under way (QPay's `paid`):
   * `aria-disabled="true"` and presses ignored, but focusable and announced, unlike `disabled`.
   * @default false
   */
  isUnavailable?: boolean | undefined;
  /** What assistive tech hears, through `aria-describedby`, while the flow has failed. */
  errorText: string | undefined;
  /**
   * Starts the flow: a click (mouse, touch, or a browser's Enter / Space activation) that the
   * user's `onClick` did not `preventDefault()`, on a button that is neither `disabled`,
   * pending, unavailable nor `aria-disabled`.
   */
  onPress: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** @internal What {@link useVVChatButton} returns: props to spread, and the state the markup shows. */
export interface VVChatButtonAria {
  /** For the `<button>`: the user's native props with ours merged in (their `onClick` first). */
  buttonProps: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
    type: 'button';
    'data-status': string;
    /** Present (`""`) while pending, absent otherwise. */
    'data-pending': '' | undefined;
  };
  /** For the live region that reads the error: the `id` the button's `aria-describedby` names. */
  errorProps: { id: string; role: 'status' };
  /** Whether to show the spinner. */
  isPending: boolean;
}

/**
 * @internal The behaviour every VVChat button shares, in React Aria's `useButton` manner: the
 * flow's state in, props to spread out. The user's props win where they can (their `disabled`
 * is native, their `aria-describedby` comes first, their `onClick` runs first and may
 * `preventDefault()`); a pending button stays focusable (`aria-disabled`, never native `disabled`)
 * and ignores presses, as React Aria's pending `Button` does.
 */
export function useVVChatButton({
  status,
  isPending,
  isUnavailable = false,
  errorText,
  onPress,
  onClick,
  'aria-describedby': describedBy,
  'aria-disabled': ariaDisabled,
  ...native
}: UseVVChatButtonProps): VVChatButtonAria {
  const errorId = useId();
  // A button announced as unavailable never acts, whoever made it so (an app's own
  // aria-disabled too: the "focusable while disabled" pattern, with its onClick explaining why).
  const isAriaDisabled = isPending || isUnavailable || ariaDisabled === true || ariaDisabled === 'true';
  return {
    buttonProps: {
      ...native,
      type: 'button',
      'aria-disabled': isPending || isUnavailable ? 'true' : ariaDisabled,
      'aria-busy': isPending || undefined,
      'aria-describedby': clsx(describedBy, errorText && errorId) || undefined,
      'data-status': status,
      'data-pending': isPending ? '' : undefined,
      // The user's onClick hears every click, pending or not; only the flow's press is dropped.
      // (React Aria's pending Button drops both; ours keeps composeEventHandlers' promise.)
      onClick: composeEventHandlers(onClick, (event) => {
        if (!isAriaDisabled) onPress(event);
      }),
    },
    errorProps: { id: errorId, role: 'status' },
    isPending,
  };
}
