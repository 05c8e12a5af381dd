import type { ComponentType, HTMLAttributes, ReactNode } from 'react';
import type { VVChatButtonStyleProps } from '@vvchat/ui';
import type { DemoOptions } from './DemoPage';

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

/** The starting values of the look controls (a button's own default `variant` may differ). */
export const lookArgs = {
  size: 'md',
  variant: 'primary',
  shape: 'rect',
  block: false,
  disabled: false,
} as const;

/** The `demo` parameter of `withDemoPage`, with the status caption under the button. */
export const demo = (options: DemoOptions) => ({ demo: { caption: true, ...options } });

/** The user's script of most status stories: one tap on the idle button. */
export const tap = [{ when: 'idle', then: 'tap' }] as const;

type LookProps = Pick<VVChatButtonStyleProps, 'size' | 'variant' | 'shape' | 'block' | 'locale'>;

/**
 * The stories every button has that show its look side by side: `Sizes`, `Variants`, `Shapes`,
 * `Locales` and `DarkTheme` (every variant on a dark surface). Export each under its own name:
 * `export const Sizes: Story = look.Sizes;`.
 */
export function lookStories<P extends LookProps>(Button: ComponentType<P>) {
  const variants = (args: P) => (
    <Gallery>
      <Button {...args} variant="primary" />
      <Button {...args} variant="outline" />
      <Button {...args} variant="ghost" />
    </Gallery>
  );
  return {
    Sizes: {
      render: (args: P) => (
        <Gallery>
          <Button {...args} size="sm" />
          <Button {...args} size="md" />
          <Button {...args} size="lg" />
        </Gallery>
      ),
    },
    Variants: { render: variants },
    Shapes: {
      render: (args: P) => (
        <Gallery>
          <Button {...args} shape="rect" />
          <Button {...args} shape="pill" />
        </Gallery>
      ),
    },
    Locales: {
      render: (args: P) => (
        <Gallery>
          <Button {...args} locale="zh-CN" />
          <Button {...args} locale="en" />
        </Gallery>
      ),
    },
    DarkTheme: { render: (args: P) => <div {...darkTheme}>{variants(args)}</div> },
  };
}

/** `block` in a column of `maxInlineSize` pixels, as on a phone. */
export function blockStory<P extends LookProps>(Button: ComponentType<P>, maxInlineSize = 320) {
  return {
    args: { block: true },
    render: (args: P) => (
      <div style={{ maxInlineSize }}>
        <Button {...args} />
      </div>
    ),
  };
}
