import type { BlockReason, CustomerServiceStatus, LoginStatus, PayStatus, ShareStatus, VVChatErrorCode, VVChatLocale } from '@vvchat/react';

/** The texts of one button: one per status. */
export type ButtonLabels<TStatus extends string> = Record<TStatus, string>;

/** Every text the buttons show, per locale. Override any of them with a button's `labels` prop. */
export interface VVChatLabels {
  login: ButtonLabels<LoginStatus>;
  /**
   * `unverified`: the `error` status when it is `payment_unverified` (a tap checks again, never pays
   * again). `notPaid`: `failed` when the app came back with no `trade_no` (as a rule the user's own
   * cancel in the pay sheet), in normal colours; a button's own `labels.failed` stands for it too
   * unless its `labels` also set `notPaid`.
   */
  pay: ButtonLabels<PayStatus | 'unverified' | 'notPaid'>;
  /** `elsewhere` and `copy`: the way out when VVChat did not open (the system share sheet, or copying the link). */
  share: ButtonLabels<ShareStatus | 'elsewhere' | 'copy'>;
  customerService: ButtonLabels<CustomerServiceStatus>;
  /** Every button's label after a `blocked` launch, by reason: what a tap does next. */
  blocked: Record<BlockReason, string>;
  /** The link to the provider's `fallbackUrl` under the reason after `not_opened`. */
  install: string;
  /**
   * What a screen reader hears when a flow fails, by error code, and for `blocked` by its reason
   * (`in-app-browser`, `desktop`, `no-user-activation`); `default` for the rest.
   */
  errors: Partial<Record<VVChatErrorCode | BlockReason, string>> & { default: string };
}

// Plain object literals only, never `table['zh-CN']`: bundlers can then drop the texts of
// buttons an app doesn't use.

const loginZh: ButtonLabels<LoginStatus> = {
  idle: 'VVChat 登录',
  launching: '正在打开 VVChat…',
  exchanging: '正在登录…',
  success: '已登录',
  error: '登录失败，点此重试',
};

const loginEn: ButtonLabels<LoginStatus> = {
  idle: 'Log in with VVChat',
  launching: 'Opening VVChat…',
  exchanging: 'Logging in…',
  success: 'Logged in',
  error: 'Login failed, try again',
};

/** `VVChatLoginButton`'s texts. */
export const loginLabels: Record<VVChatLocale, ButtonLabels<LoginStatus>> = { 'zh-CN': loginZh, en: loginEn };

const payZh: ButtonLabels<PayStatus | 'unverified' | 'notPaid'> = {
  idle: 'QPay 支付',
  creating: '正在下单…',
  ready: '继续支付',
  launching: '正在打开 VVChat…',
  verifying: '正在确认支付…',
  paid: '支付成功',
  failed: '支付失败，点此重试',
  error: '支付未完成，点此重试',
  unverified: '暂未确认支付，点此查询',
  notPaid: '未支付，点此重试',
};

const payEn: ButtonLabels<PayStatus | 'unverified' | 'notPaid'> = {
  idle: 'Pay with QPay',
  creating: 'Creating order…',
  ready: 'Continue to pay',
  launching: 'Opening VVChat…',
  verifying: 'Confirming payment…',
  paid: 'Paid',
  failed: 'Payment failed, try again',
  error: 'Payment not completed, try again',
  unverified: 'Payment not confirmed yet, check again',
  notPaid: 'Not paid, tap to try again',
};

/** `QPayButton`'s texts (the amount is appended to `idle`). */
export const payLabels: Record<VVChatLocale, ButtonLabels<PayStatus | 'unverified' | 'notPaid'>> = { 'zh-CN': payZh, en: payEn };

const shareZh: ButtonLabels<ShareStatus | 'elsewhere' | 'copy'> = {
  idle: '分享到 VVChat',
  launching: '正在打开 VVChat…',
  waiting: '等待分享结果…',
  success: '已分享',
  failed: '分享失败，点此重试',
  unknown: '再次分享',
  error: '分享失败，点此重试',
  'shared-elsewhere': '已分享',
  copied: '链接已复制',
  elsewhere: '用其他方式分享',
  copy: '复制链接',
};

const shareEn: ButtonLabels<ShareStatus | 'elsewhere' | 'copy'> = {
  idle: 'Share to VVChat',
  launching: 'Opening VVChat…',
  waiting: 'Waiting for VVChat…',
  success: 'Shared',
  failed: 'Share failed, try again',
  unknown: 'Share again',
  error: 'Share failed, try again',
  'shared-elsewhere': 'Shared',
  copied: 'Link copied',
  elsewhere: 'Share another way',
  copy: 'Copy link',
};

/** `ShareButton`'s texts. */
export const shareLabels: Record<VVChatLocale, ButtonLabels<ShareStatus | 'elsewhere' | 'copy'>> = { 'zh-CN': shareZh, en: shareEn };

const blockedZh: Record<BlockReason, string> = {
  'in-app-browser': '在浏览器中打开',
  desktop: '在手机上继续',
  'no-user-activation': '点此继续',
};

const blockedEn: Record<BlockReason, string> = {
  'in-app-browser': 'Open in browser',
  desktop: 'Continue on phone',
  'no-user-activation': 'Tap to continue',
};

/** Every button's label after a `blocked` launch, by reason. */
export const blockedLabels: Record<VVChatLocale, Record<BlockReason, string>> = { 'zh-CN': blockedZh, en: blockedEn };

/**
 * Every button's label after `invalid_option` (a setup error, such as a blank `openId`): a tap
 * cannot help, so the button offers none; the reason under it says to contact the merchant.
 */
export const setupErrorLabels: Record<VVChatLocale, string> = { 'zh-CN': '暂不可用', en: 'Not available' };

/** The link to the provider's `fallbackUrl` (the download page) under the reason after `not_opened`. */
const installZh = '安装 VVChat';
const installEn = 'Install VVChat';
export const installLabels: Record<VVChatLocale, string> = { 'zh-CN': installZh, en: installEn };

/** Every button's label after the user's own cancel (`login_denied`: they tapped 拒绝 in VVChat): no failure, a fresh start on offer. */
export const cancelledLabels: Record<VVChatLocale, string> = { 'zh-CN': '已取消，点此重试', en: 'Cancelled, tap to try again' };

const customerServiceZh: ButtonLabels<CustomerServiceStatus> = {
  idle: '联系客服',
  launching: '正在打开 VVChat…',
  opened: '联系客服',
  error: '打开失败，点此重试',
};

const customerServiceEn: ButtonLabels<CustomerServiceStatus> = {
  idle: 'Contact support',
  launching: 'Opening VVChat…',
  opened: 'Contact support',
  error: "Couldn't open VVChat, try again",
};

/** `CustomerServiceButton`'s texts. */
export const customerServiceLabels: Record<VVChatLocale, ButtonLabels<CustomerServiceStatus>> = { 'zh-CN': customerServiceZh, en: customerServiceEn };

type Messages = VVChatLabels['errors'];

// Every button's messages (a failure any flow can have, a blocked launch), then each flow's own:
// a button bundles only those its flow can fail with.

const errorZh: Messages = {
  default: '出了点问题，请重试。',
  not_opened: '未能打开 VVChat，请确认已安装 VVChat。',
  invalid_option: '配置有误，请联系商户。',
  'in-app-browser': '此处无法打开 VVChat，请在浏览器中打开本页。',
  desktop: '电脑上没有 VVChat，请在手机上继续。',
  'no-user-activation': '请再点一次以打开 VVChat。',
};

const errorEn: Messages = {
  default: 'Something went wrong. Please try again.',
  not_opened: "VVChat didn't open. Is the VVChat app installed?",
  invalid_option: 'This button is not set up correctly. Please contact the merchant.',
  'in-app-browser': "VVChat can't open here. Open this page in your browser.",
  desktop: "VVChat isn't on this computer. Continue on your phone.",
  'no-user-activation': 'Tap again to open VVChat.',
};

type FlowMessages = Record<VVChatLocale, Partial<Messages>>;

const loginErrorsZh: Partial<Messages> = { login_denied: '你已取消授权。', state_mismatch: '登录已失效，请重新登录。', exchange_failed: '登录失败，请稍后重试。' };
const loginErrorsEn: Partial<Messages> = {
  login_denied: 'You cancelled the login in VVChat.',
  state_mismatch: 'This login has expired. Please log in again.',
  exchange_failed: 'Login failed. Please try again later.',
};
/** @internal What the login button's screen reader hears beside every button's messages. */
export const loginErrors: FlowMessages = { 'zh-CN': loginErrorsZh, en: loginErrorsEn };

const payErrorsZh: Partial<Messages> = { order_failed: '下单失败，请稍后重试。', payment_unverified: '暂未确认到支付结果，请稍后在订单中查看。' };
const payErrorsEn: Partial<Messages> = {
  order_failed: 'The order could not be created. Please try again later.',
  payment_unverified: 'The payment is not confirmed yet. Please check your order later.',
};
/** @internal The pay button's own messages. */
export const payErrors: FlowMessages = { 'zh-CN': payErrorsZh, en: payErrorsEn };

const shareErrorsZh: Partial<Messages> = { copy_failed: '无法复制链接，请手动复制。' };
const shareErrorsEn: Partial<Messages> = { copy_failed: "The link couldn't be copied. Copy it by hand." };
/** @internal The share button's own messages. */
export const shareErrors: FlowMessages = { 'zh-CN': shareErrorsZh, en: shareErrorsEn };

/** @internal Every button's messages, by locale (without any flow's own). */
export const commonErrors: Record<VVChatLocale, Messages> = { 'zh-CN': errorZh, en: errorEn };

const merged = (all: Messages, ...own: Partial<Messages>[]): Messages => Object.assign({}, all, ...own) as Messages;

// Every message together, for `errorLabels` and `defaultLabels` (a call marked pure, so a bundle
// that uses neither drops it; an object spread would be kept).
const allErrorsZh = /* @__PURE__ */ merged(errorZh, loginErrorsZh, payErrorsZh, shareErrorsZh);
const allErrorsEn = /* @__PURE__ */ merged(errorEn, loginErrorsEn, payErrorsEn, shareErrorsEn);

/** What screen readers hear when a flow fails, by error code: every button's and every flow's messages. */
export const errorLabels: Record<VVChatLocale, VVChatLabels['errors']> = { 'zh-CN': allErrorsZh, en: allErrorsEn };

/** Every default text, per locale (the tables above, together). */
export const defaultLabels: Record<VVChatLocale, VVChatLabels> = {
  'zh-CN': {
    login: loginZh,
    pay: payZh,
    share: shareZh,
    customerService: customerServiceZh,
    blocked: blockedZh,
    install: installZh,
    errors: allErrorsZh,
  },
  en: {
    login: loginEn,
    pay: payEn,
    share: shareEn,
    customerService: customerServiceEn,
    blocked: blockedEn,
    install: installEn,
    errors: allErrorsEn,
  },
};
