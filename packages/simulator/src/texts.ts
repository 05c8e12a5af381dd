/** The languages the simulator speaks. */
export type SimulatorLocale = 'zh-CN' | 'en';

/** @internal Every text the simulated app shows. */
export const texts = {
  'zh-CN': {
    app: 'VVChat（模拟器）',
    loginTitle: '授权登录',
    loginBody: (appId: string, scope: string) => `应用 ${appId} 请求获取你的 VVChat 账号信息（${scope}）。`,
    allow: '允许',
    deny: '拒绝',
    payTitle: 'QPay 支付',
    payBody: (imprestCode: string) => `预支付订单 ${imprestCode}`,
    amount: '金额',
    pay: '确认支付',
    cancel: '取消',
    shareTitle: '分享到 VVChat',
    share: '分享',
    chatTitle: '客服会话',
    chatGreeting: '你好，请问有什么可以帮你？',
    chatPlaceholder: '输入消息…',
    send: '发送',
    close: '关闭',
    invalidTitle: '无效的 VVChat 链接',
    notInstalledTitle: '未安装 VVChat',
    notInstalledBody: '在真实设备上，页面此时会前往：',
    noFallback: '（VVChatProvider 未设置 fallbackUrl）',
    shareCancelled: '用户取消了分享',
  },
  en: {
    app: 'VVChat (simulator)',
    loginTitle: 'Log in with VVChat',
    loginBody: (appId: string, scope: string) => `The app ${appId} asks for your VVChat profile (${scope}).`,
    allow: 'Allow',
    deny: 'Deny',
    payTitle: 'Pay with QPay',
    payBody: (imprestCode: string) => `Order ${imprestCode}`,
    amount: 'Amount',
    pay: 'Pay',
    cancel: 'Cancel',
    shareTitle: 'Share to VVChat',
    share: 'Share',
    chatTitle: 'Customer service',
    chatGreeting: 'Hello! How can we help you?',
    chatPlaceholder: 'Type a message…',
    send: 'Send',
    close: 'Close',
    invalidTitle: 'Invalid VVChat link',
    notInstalledTitle: 'VVChat is not installed',
    notInstalledBody: 'On a real phone the page would now go to:',
    noFallback: '(VVChatProvider has no fallbackUrl)',
    shareCancelled: 'The user cancelled the share',
  },
} as const;

/** @internal The texts of one locale. */
export type SimulatorTexts = (typeof texts)[SimulatorLocale];
