import type { ReactElement } from 'react';

/** Which capability a mark stands for. */
export type VVChatIconName = 'login' | 'pay' | 'share' | 'customerService';

// 20×20 marks drawn for this project, all filled, with the same weight: a speech bubble (VVChat),
// a coin, a bubble with an arrow, a headset. Holes are cut with the even-odd rule. `currentColor`,
// so they follow the label's colour.
// One constant per mark, so that a button bundles only its own.
/** @internal The login mark: a speech bubble (VVChat). */
export const loginMark = 'M10 2.5c4.4 0 8 2.9 8 6.5s-3.6 6.5-8 6.5c-.8 0-1.6-.1-2.3-.3L4 17l.9-3.2C3.1 12.6 2 10.9 2 9c0-3.6 3.6-6.5 8-6.5Zm-3 5.3a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Zm6 0a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Z';
/** @internal The pay mark: a coin. */
export const payMark = 'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-2.6 3.6-1.1.8L8.6 9H6.5v1.5h2.8v1.1H6.5v1.5h2.8V15h1.4v-1.9h2.8v-1.5h-2.8v-1.1h2.8V9h-2.1l2.3-2.6-1.1-.8L10 8.5Z';
/** @internal The share mark: a bubble with an arrow. */
export const shareMark = 'M10 2.5c4.4 0 8 2.9 8 6.5s-3.6 6.5-8 6.5c-.8 0-1.6-.1-2.3-.3L4 17l.9-3.2C3.1 12.6 2 10.9 2 9c0-3.6 3.6-6.5 8-6.5Zm1 3.3v2.1H6.3v2.4H11v2.1l3.7-3.3Z';
/** @internal The customer-service mark: a headset. */
export const customerServiceMark =
  'M10 2.5A7 7 0 0 0 3 9.5V13a2 2 0 0 0 2 2h2V9.5H5a5 5 0 0 1 10 0h-2V15h1.6c-.5 1-1.5 1.6-2.6 1.7a1.5 1.5 0 1 0 0 1.6c2-.1 3.7-1.5 4.2-3.4.5-.4.8-1 .8-1.6V9.5a7 7 0 0 0-7-7Z';

/** @internal A capability's mark (its path data), hidden from assistive tech (the label says it all). */
export function VVChatIcon({ mark }: { mark: string }): ReactElement {
  return (
    <svg className="vvchat-button__icon" viewBox="0 0 20 20" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule="evenodd" d={mark} />
    </svg>
  );
}
