export { VVChatError, isVVChatError, type VVChatErrorCode, type VVChatErrorOptions, type BlockReason } from './errors';
export { detectEnvironment, type VVChatEnvironment, type InAppBrowser, type MobileOS } from './environment/detectEnvironment';
export { continueUrl, findContinue, continueParam, type ContinueAction } from './environment/continueOnPhone';
export { shareElsewhere, shareFallback, copyText, type ShareElsewhereContent, type ShareElsewhereOutcome } from './share/shareElsewhere';
export { buildLoginLink, type LoginLinkOptions } from './links/buildLoginLink';
export { buildPayLink, type PayLinkOptions } from './links/buildPayLink';
export { buildCustomerServiceLink, type CustomerServiceLinkOptions } from './links/buildCustomerServiceLink';
export { buildShareLink, type ShareLinkOptions } from './links/buildShareLink';
export type { ShareTemplate } from './links/shareTemplate';
export { parseDeepLink, type DeepLink } from './links/parseDeepLink';
export type { CallbackInput } from './callbacks/params';
export { parseLoginCallback, type LoginCallback } from './callbacks/parseLoginCallback';
export { parsePayReturn, type PayReturn } from './callbacks/parsePayReturn';
export { parseShareResult, type ShareResult } from './callbacks/parseShareResult';
export { createState } from './session/createState';
export { safeStorage, type VVChatStorage } from './session/storage';
export { startLogin, type StartLoginOptions, type StartedLogin } from './session/startLogin';
export { completeLogin, type CompleteLoginOptions, type CompletedLogin } from './session/completeLogin';
export {
  launch,
  createLauncher,
  type Launcher,
  type LaunchOptions,
  type LaunchResult,
  type LaunchOutcome,
  type LaunchEnvironment,
  type LaunchEvidence,
  type LaunchSignal,
} from './launch/launch';
export { removeCallbackParams, callbackParams } from './callbacks/removeCallbackParams';
export { withoutCallback } from './callbacks/withoutCallback';
export { createMachine, type Machine, type MachineDefinition, type Effect, type EffectTools } from './flows/createMachine';
export type { FlowConfig } from './flows/flowConfig';
export {
  createLoginFlow,
  type LoginFlow,
  type LoginState,
  type LoginStatus,
  type LoginEvent,
  type LoginStartOptions,
  type CodeExchange,
} from './flows/loginFlow';
export {
  createPayFlow,
  payBusyStatuses,
  type PayFlow,
  type PayState,
  type PayStatus,
  type PayEvent,
  type PaymentVerdict,
  type PaymentVerifier,
  type CreatedOrder,
  type OrderRequest,
} from './flows/payFlow';
export { verifyDelay } from './flows/verifyDelay';
export type { PendingOrder } from './flows/pendingOrder';
export {
  createShareFlow,
  type ShareFlow,
  type ShareState,
  type ShareStatus,
  type ShareEvent,
  type ShareContent,
} from './flows/shareFlow';
export {
  createCustomerServiceFlow,
  type CustomerServiceFlow,
  type CustomerServiceState,
  type CustomerServiceStatus,
  type CustomerServiceEvent,
} from './flows/customerServiceFlow';
export { shareResultMessageType } from './callbacks/shareResultMessageType';
