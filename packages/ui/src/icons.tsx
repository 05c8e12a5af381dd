import type { ReactElement } from 'react';

/** Which capability a mark stands for. */
export type VVChatIconName = 'login' | 'pay' | 'share' | 'customerService';

// 20×20 marks drawn for this project: a speech bubble (VVChat), a coin, an arrow leaving a
// bubble, a headset. `currentColor`, so they follow the label's colour.
const paths: Record<VVChatIconName, string> = {
  login: 'M10 2.5c4.4 0 8 2.9 8 6.5s-3.6 6.5-8 6.5c-.8 0-1.6-.1-2.3-.3L4 17l.9-3.2C3.1 12.6 2 10.9 2 9c0-3.6 3.6-6.5 8-6.5Zm-3 5.3a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Zm6 0a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Z',
  pay: 'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-2.6 3.6-1.1.8L8.6 9H6.5v1.5h2.8v1.1H6.5v1.5h2.8V15h1.4v-1.9h2.8v-1.5h-2.8v-1.1h2.8V9h-2.1l2.3-2.6-1.1-.8L10 8.5Z',
  share: 'M9 3.5c-3.9 0-7 2.6-7 5.8 0 1.7.9 3.2 2.3 4.3L3.6 16.5l3.3-1.6c.7.2 1.4.3 2.1.3h.4v-1.8H9c-.6 0-1.3-.1-1.9-.3l-.5-.2-.9.4.2-.8-.5-.3c-1.2-.8-1.9-2-1.9-3.2 0-2.2 2.4-4 5.5-4 2.7 0 5 1.4 5.4 3.3h1.8c-.4-3-3.5-5.3-7.2-5.3Zm5.5 6.1-1.2 1.2 1.3 1.3H10v1.7h4.6l-1.3 1.3 1.2 1.2 3.4-3.4Z',
  customerService:
    'M10 2.5a6.5 6.5 0 0 0-6.5 6.5v3.2c0 .9.7 1.6 1.6 1.6h1.3V9.5H4.9V9a5.1 5.1 0 0 1 10.2 0v.5h-1.5v4.3h1.4c-.4 1.2-1.5 2-2.8 2.1a1.4 1.4 0 1 0 0 1.4c2.3-.1 4.2-1.8 4.3-4.1.5-.3.9-.8.9-1.4V9A6.5 6.5 0 0 0 10 2.5Z',
};

/** @internal A capability's mark, hidden from assistive tech (the label says it all). */
export function VVChatIcon({ name }: { name: VVChatIconName }): ReactElement {
  return (
    <svg className="vvchat-button__icon" viewBox="0 0 20 20" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={paths[name]} />
    </svg>
  );
}
