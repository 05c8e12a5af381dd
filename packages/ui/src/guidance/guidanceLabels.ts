import type { InAppBrowser, VVChatLocale } from '@vvchat/react';

/** Every text of the guidance dialog, in one locale. */
export interface GuidanceLabels {
  /** The heading when an in-app browser blocked the launch. */
  inAppTitle: string;
  /** What to tap in that app's menu. */
  inAppHint: (app: InAppBrowser) => string;
  /** The heading on a desktop. */
  desktopTitle: string;
  desktopHint: string;
  /** The QR code's accessible name. */
  qrLabel: string;
  /** Read (and shown) while the QR encoder loads. */
  qrLoading: string;
  /** Shown where the QR code would be when the encoder could not load or encode. */
  qrFailed: string;
  copy: string;
  /** The copy button's text once the link is on the clipboard. */
  copied: string;
  /** What the live region says once the link is copied. */
  copiedAnnouncement: string;
  /** The label of the readonly field that holds the link when the browser refused to copy. */
  copyByHand: string;
  close: string;
}

// The apps' own names, as their users know them. `webview`: an app we cannot tell.
const appNamesZh: Record<InAppBrowser, string> = {
  wecom: '企业微信',
  wechat: '微信',
  qq: 'QQ',
  weibo: '微博',
  alipay: '支付宝',
  dingtalk: '钉钉',
  douyin: '抖音',
  tiktok: 'TikTok',
  baidu: '百度',
  instagram: 'Instagram',
  facebook: 'Facebook',
  line: 'LINE',
  webview: '此应用',
};

const appNamesEn: Record<InAppBrowser, string> = {
  wecom: 'WeCom',
  wechat: 'WeChat',
  qq: 'QQ',
  weibo: 'Weibo',
  alipay: 'Alipay',
  dingtalk: 'DingTalk',
  douyin: 'Douyin',
  tiktok: 'TikTok',
  baidu: 'Baidu',
  instagram: 'Instagram',
  facebook: 'Facebook',
  line: 'LINE',
  webview: 'this app',
};

/** WeChat, WeCom and QQ put "open in browser" under the same ··· menu at the top right. */
const dotsMenuApps: readonly InAppBrowser[] = ['wechat', 'wecom', 'qq'];

const guidanceZh: GuidanceLabels = {
  inAppTitle: '请在浏览器中打开',
  inAppHint: (app) =>
    dotsMenuApps.includes(app)
      ? '点击右上角的 ··· ，选择“在浏览器打开”'
      : `${appNamesZh[app]}中无法打开 VVChat。请在${appNamesZh[app]}的菜单中选择“在浏览器打开”，或复制链接到浏览器中打开。`,
  desktopTitle: '在手机上继续',
  desktopHint: '用手机相机或 VVChat 扫描二维码，在手机上打开此页并继续。',
  qrLabel: '二维码：在手机上打开此页',
  qrLoading: '正在生成二维码…',
  qrFailed: '二维码未能生成，请复制链接，在手机上打开。',
  copy: '复制链接',
  copied: '已复制',
  copiedAnnouncement: '链接已复制',
  copyByHand: '无法自动复制，请手动复制链接：',
  close: '关闭',
};

const guidanceEn: GuidanceLabels = {
  inAppTitle: 'Open this page in your browser',
  inAppHint: (app) =>
    dotsMenuApps.includes(app)
      ? 'Tap ··· at the top right, then Open in Browser'
      : `VVChat can't open inside ${appNamesEn[app]}. Choose Open in Browser from ${appNamesEn[app]}'s menu, or copy the link into your browser.`,
  desktopTitle: 'Continue on your phone',
  desktopHint: "Scan the QR code with your phone's camera or VVChat to open this page on your phone and continue.",
  qrLabel: 'QR code that opens this page on your phone',
  qrLoading: 'Generating QR code…',
  qrFailed: "The QR code couldn't be made. Copy the link and open it on your phone.",
  copy: 'Copy link',
  copied: 'Copied',
  copiedAnnouncement: 'Link copied',
  copyByHand: "Couldn't copy automatically. Copy the link by hand:",
  close: 'Close',
};

/** The guidance dialog's texts, per locale. */
export const guidanceLabels: Record<VVChatLocale, GuidanceLabels> = { 'zh-CN': guidanceZh, en: guidanceEn };
