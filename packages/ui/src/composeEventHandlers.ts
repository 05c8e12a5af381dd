/**
 * Runs the user's handler first, then ours unless the user called `event.preventDefault()`
 * (Radix's `composeEventHandlers`).
 *
 * @example
 * <VVChatLoginButton onClick={(event) => { if (!agreedToTerms) event.preventDefault(); }} />
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  user: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    user?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
