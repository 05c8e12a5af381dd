import { useVVChatLocale, type VVChatError, type VVChatLocale } from '@vvchat/react';
import type { LabelOverrides } from './buttonProps';
import { commonErrors, installLabels, type ButtonLabels, type VVChatLabels } from './labels';

/** @internal One button's texts in the chosen locale, with the `labels` overrides applied. */
export function useLabels<TStatus extends string>(
  table: Record<VVChatLocale, ButtonLabels<TStatus>>,
  locale: VVChatLocale | undefined,
  overrides: LabelOverrides<TStatus> | undefined,
  /** The button's own flow's messages, beside every button's. */
  flowErrors?: Record<VVChatLocale, Partial<VVChatLabels['errors']>>,
): {
  texts: ButtonLabels<TStatus>;
  errorText: (error: VVChatError | undefined) => string | undefined;
  /** The install link's text. */
  install: string;
  locale: VVChatLocale;
} {
  const providerLocale = useVVChatLocale();
  const chosen = table[locale ?? providerLocale] ? (locale ?? providerLocale) : 'zh-CN';
  const { errors, install, ...texts } = overrides ?? {};
  const messages = { ...commonErrors[chosen], ...flowErrors?.[chosen], ...errors };
  return {
    texts: { ...table[chosen], ...texts },
    errorText: (error) => error && ((error.reason && messages[error.reason]) ?? messages[error.code] ?? messages.default),
    install: install ?? installLabels[chosen],
    locale: chosen,
  };
}
