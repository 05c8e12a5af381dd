'use client';
export { VVChatLoginButton, type VVChatLoginButtonProps } from './VVChatLoginButton';
export { QPayButton, type QPayButtonProps } from './QPayButton';
export { ShareButton, type ShareButtonProps } from './ShareButton';
export { CustomerServiceButton, type CustomerServiceButtonProps } from './CustomerServiceButton';
export type { VVChatButtonStyleProps, VVChatButtonProps, NativeButtonProps, LabelOverrides } from './buttonProps';
export {
  defaultLabels,
  loginLabels,
  payLabels,
  shareLabels,
  customerServiceLabels,
  errorLabels,
  type VVChatLabels,
  type ButtonLabels,
} from './labels';
export { composeEventHandlers } from './composeEventHandlers';
export type { VVChatIconName } from './icons';
export { GuidanceDialog, type GuidanceDialogProps } from './guidance/LazyGuidanceDialog';
