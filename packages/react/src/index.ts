'use client';
export { VVChatProvider, type VVChatProviderProps } from './VVChatProvider';
export type { VVChatConfig, VVChatLocale } from './client';
export { useVVChatLogin, type UseVVChatLoginOptions, type UseVVChatLoginResult, type LoginOptions } from './useVVChatLogin';
export { useQPay, type UseQPayOptions, type UseQPayResult, type PayOptions } from './useQPay';
export { useShare, type UseShareOptions, type UseShareResult } from './useShare';
export { useCustomerService, type UseCustomerServiceOptions, type UseCustomerServiceResult } from './useCustomerService';
export { defaultShareResultChannel, shareResultParam, type ShareResultChannel } from './shareResultChannel';
export { vvchatKeys } from './queryKeys';
export { useVVChatLocale, useVVChatFallbackUrl } from './useVVChatLocale';
export { useVVChatEnvironment } from './useVVChatEnvironment';
export {
  VVChatError,
  isVVChatError,
  shareResultMessageType,
  detectEnvironment,
  continueUrl,
  findContinue,
  copyText,
  type VVChatErrorCode,
  type BlockReason,
  type VVChatEnvironment,
  type InAppBrowser,
  type ContinueAction,
  type Launcher,
  type LaunchResult,
  type LaunchEvidence,
  type LaunchOptions,
  type VVChatStorage,
  type ShareContent,
  type ShareTemplate,
  type ShareResult,
  type LoginStatus,
  type PayStatus,
  type ShareStatus,
  type CustomerServiceStatus,
  type PaymentVerdict,
  type CreatedOrder,
} from '@vvchat/core';
