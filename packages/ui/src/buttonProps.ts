import type { ButtonHTMLAttributes, ReactNode } from 'react';
import type { VVChatLocale } from '@vvchat/react';
import type { ButtonLabels, VVChatLabels } from './labels';

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

/**
 * Every native `<button>` prop but `type` (always `"button"`) and `onError` (the flow's).
 * `onClick` runs first and may `preventDefault()` the flow. `disabled` is native (the button
 * leaves the tab order); `aria-disabled="true"` keeps it focusable, and it then starts nothing.
 */
export type NativeButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children' | 'content' | 'onError'>;

/** Texts to override on one button: any status, the error messages under it, and the install link. */
export type LabelOverrides<TStatus extends string> = Partial<ButtonLabels<TStatus>> & {
  errors?: Partial<VVChatLabels['errors']> | undefined;
  /** The link to the provider's `fallbackUrl` after `not_opened`. @default '安装 VVChat' / 'Install VVChat' */
  install?: string | undefined;
};

/** Props every button shares. */
export interface VVChatButtonProps<TStatus extends string> extends VVChatButtonStyleProps, NativeButtonProps {
  /** Overrides any of this button's texts. */
  labels?: LabelOverrides<TStatus> | undefined;
}
