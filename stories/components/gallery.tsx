import type { HTMLAttributes, ReactNode } from 'react';

/** Buttons side by side, wrapping on a narrow screen. */
export function Gallery({ children }: { children: ReactNode }) {
  return <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>{children}</div>;
}

/** A dark surface for the dark-theme stories: `data-theme="dark"` switches the buttons' defaults. */
export const darkTheme: HTMLAttributes<HTMLDivElement> & { 'data-theme': 'dark' } = {
  'data-theme': 'dark',
  style: { padding: 24, borderRadius: 12, background: '#1f1f1f', color: '#e3e3e3' },
};

/** The controls every button shares: its look, its language and its texts. */
export const lookArgTypes = {
  size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  variant: { control: 'inline-radio', options: ['primary', 'outline', 'ghost'] },
  shape: { control: 'inline-radio', options: ['rect', 'pill'] },
  block: { control: 'boolean' },
  locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  disabled: { control: 'boolean' },
  children: { control: 'text' },
  labels: { control: 'object' },
  icon: { control: false },
} as const;
