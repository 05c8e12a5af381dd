import type { VVChatEnvironment } from '../../../packages/core/src/environment/detectEnvironment';

/** A real user agent, what `detectEnvironment` should make of it, and where it was found. */
export interface UserAgentRow {
  ua: string;
  /** The device's touch points, for an iPad that asks for desktop pages with a Mac's user agent. */
  maxTouchPoints?: number;
  expected: VVChatEnvironment;
  /** Repository and path (or page) the string was copied from, verbatim unless it says otherwise. */
  source: string;
}

/**
 * User agents seen in the wild, copied verbatim from public fixtures and code:
 * - shalanah/inapp-spy @ 5a9065efd49159a94497182ef16aa91f64d229c8
 * - faisalman/ua-parser-js @ 18d39b53dd803710cb8e76856d18c1dcf7533d11
 * - bowser-js/bowser @ cf397a4b506f59b3cc96e2daeaa4a0a62ae124e4
 * - matomo-org/device-detector @ 3856a28692d45317d3f15f6f81ca31a06067182a
 * - WhichBrowser/Parser-PHP @ 581d614d686bfbec3529ad60562a5213ac5d8d72
 * - aiHiNiHao/- @ 5350111d97a40313cc166826732fd2cb5c0b61dd (a 2018 list of Chinese phones' user agents)
 * - a few strings from GitHub code whose repository the search index did not name (its file id is given)
 *
 * Left out on purpose: inapp-spy rows that carry its fixtures' `{useragents: [` copy artefact,
 * and apps whose in-app browser we take no position on (Snapchat).
 */
export const userAgents: readonly UserAgentRow[] = [
  // shalanah/inapp-spy
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/334.0.674067880 Mobile/15E148 Safari/604.1',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/482.2.0.68.110;FBBV/658316928;FBDV/iPhone12,8;FBMD/iPhone;FBSN/iOS;FBSV/18.1;FBSS/2;FBCR/;FBID/phone;FBLC/en_US;FBOP/80]',
    expected: { kind: 'in-app', app: 'facebook', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22B83 [FBAN/FBIOS;FBAV/488.0.0.68.101;FBBV/658219612;FBDV/iPhone12,8;FBMD/iPhone;FBSN/iOS;FBSV/18.1;FBSS/2;FBID/phone;FBLC/en_US;FBOP/5;FBRV/0;IABMV/1]',
    expected: { kind: 'in-app', app: 'facebook', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22G100 Safari/604.1 MetaIAB Facebook',
    expected: { kind: 'in-app', app: 'facebook', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.3.12 (KHTML, like Gecko) Mobile/14D27 Twitter for iPhone',
    expected: { kind: 'in-app', app: 'webview', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 (KHTML, like Gecko) Mobile/14D27 Safari Line/7.3.2',
    expected: { kind: 'in-app', app: 'line', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 (KHTML, like Gecko) Mobile/14D27 Instagram 10.21.0 (iPhone7,2; iOS 10_2_1; zh-Hant_JP; zh-Hant-JP; scale=2.00; gamut=normal; 750x1334)',
    expected: { kind: 'in-app', app: 'instagram', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22B83 Instagram 354.0.0.29.90 (iPhone12,8; iOS 18_1; en_US; en; scale=2.00; 750x1334; 654111336; IABMV/1)',
    expected: { kind: 'in-app', app: 'instagram', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22F76 Instagram 393.1.0.36.70 (iPhone15,3; iOS 18_5; en_US; en; scale=3.00; 1290x2796; IABMV/1; 776538208) Safari/604.1)',
    expected: { kind: 'in-app', app: 'instagram', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 (KHTML, like Gecko) Mobile/14D27 MicroMessenger/6.5.8 NetType/WIFI Language/zh_CN',
    expected: { kind: 'in-app', app: 'wechat', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 26_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0.1 Mobile/15E148 Safari/604.1 [WAiOS/2.25.31]',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 BytedanceWebview/d8a21c6 musical_ly_33.2.1 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/US FalconTag/BDB55B46-0286-4504-847E-C8300CB9F79D',
    expected: { kind: 'in-app', app: 'tiktok', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari/604.1 musical_ly_41.9.0',
    expected: { kind: 'in-app', app: 'tiktok', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.4 Mobile/15E148 Safari/604.1',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.1.50 (KHTML, like Gecko) CriOS/58.0.3029.113 Mobile/14D27 Safari/602.1',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 YaBrowser/24.7.7.799.10 SA/3 Mobile/15E148 Safari/604.1',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1 OPT/5.0.7',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/130.1  Mobile/15E148 Safari/605.1.15',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) EdgiOS/128.0.2739.82 Version/18.0 Mobile/15E148 Safari/604.1',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 (KHTML, like Gecko) Version/10.0 Mobile/14D27 Safari/602.1',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; D6653 Build/23.5.A.0.575; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 Line/7.4.0/IAB',
    expected: { kind: 'in-app', app: 'line', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; D6653 Build/23.5.A.0.575; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 Instagram 10.21.0 Android (23/6.0.1; 480dpi; 1080x1776; Sony; D6653; D6653; qcom; zh_TW)',
    expected: { kind: 'in-app', app: 'instagram', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; D6653 Build/23.5.A.0.575; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 MicroMessenger/6.5.7.1041 NetType/WIFI Language/zh_TW',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; D6653 Build/23.5.A.0.575) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.83 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 11; Mi A3 Build/RKQ1.200903.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.14 Mobile Safari/537.36 Instagram 355.0.0.37.103 Android (30/11; 320dpi; 720x1411; Xiaomi; Mi A3; laurel_sprout; qcom; pt_BR; 657300861)',
    expected: { kind: 'in-app', app: 'instagram', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.83 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/488.0.0.62.79;IABMV/1;]',
    expected: { kind: 'in-app', app: 'facebook', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/482.0.0.71.108;]',
    expected: { kind: 'in-app', app: 'facebook', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36 Instagram 355.1.0.44.103 Android (34/14; 420dpi; 1080x2205; Google/google; Pixel 8; shiba; shiba; en_US; 658190016)',
    expected: { kind: 'in-app', app: 'instagram', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36 Barcelona 355.0.0.39.109 Android (34/14; 420dpi; 1080x2205; Google/google; Pixel 8; shiba; shiba; en_US; 657318936)',
    expected: { kind: 'in-app', app: 'webview', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A.240105.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/121.0.6167.143 Mobile Safari/537.36 musical_ly_2023303040 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/33.3.4 ByteLocale/en ByteFullLocale/en Region/US AppId/1233 Spark/1.5.0.5-alpha.2 AppVersion/33.3.4 BytedanceWebview/d8a21c6',
    expected: { kind: 'in-app', app: 'tiktok', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.7390.124 Mobile Safari/537.36 [WA4A/2.25.32.75;]',
    expected: { kind: 'mobile', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 7.1.2; Pixel Build/N2G47E; zh-tw) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/42.0.2311.135 Mobile Safari/537.36 Puffin/6.0.9.15863AP',
    expected: { kind: 'mobile', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 12; Pixel 3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/102.0.0.0 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SM-N9208 Build/MMB29K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 Line/7.4.0/IAB',
    expected: { kind: 'in-app', app: 'line', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SM-N9208 Build/MMB29K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 MicroMessenger/6.5.7.1041 NetType/WIFI Language/zh_TW',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SM-N9208 Build/MMB29K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 Instagram 10.22.0 Android (23/6.0.1; 560dpi; 1440x2560; samsung; SM-N9208; noblelte; samsungexynos7420; zh_TW)',
    expected: { kind: 'in-app', app: 'instagram', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SM-N9208 Build/MMB29K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.83 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Android 4.4.2; Mobile; rv:53.0) Gecko/53.0 Firefox/53.0',
    expected: { kind: 'mobile', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; Redmi Note 3 Build/MMB29M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 Line/7.4.0/IAB',
    expected: { kind: 'in-app', app: 'line', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; Redmi Note 3 Build/MMB29M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/58.0.3029.83 Mobile Safari/537.36 Instagram 10.21.0 Android (23/6.0.1; 480dpi; 1080x1920; Xiaomi; Redmi Note 3; kate; qcom; zh_TW)',
    expected: { kind: 'in-app', app: 'instagram', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 6.0.1; zh-tw; Redmi Note 3 Build/MMB29M) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/53.0.2785.146 Mobile Safari/537.36 XiaoMi/MiuiBrowser/8.5.8',
    expected: { kind: 'mobile', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; Redmi Note 3 Build/MMB29M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.83 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'shalanah/inapp-spy src/tests/mobile.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPad; CPU OS 10_3_1 like Mac OS X) AppleWebKit/602.3.12 (KHTML, like Gecko) Mobile/14E304 Twitter for iPhone',
    expected: { kind: 'in-app', app: 'webview', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/tablet.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPad; CPU OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Mobile/14E304 Safari Line/7.3.0',
    expected: { kind: 'in-app', app: 'line', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/tablet.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Mobile/14E304 Instagram 10.20.0 (iPad4,4; iOS 10_3_1; zh_TW; zh-TW; scale=2.00; gamut=normal; 640x960)',
    expected: { kind: 'in-app', app: 'instagram', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/tablet.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPad; CPU OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Mobile/14E304 MicroMessenger/6.5.8 NetType/WIFI Language/zh_TW',
    expected: { kind: 'in-app', app: 'wechat', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/tablet.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPad; CPU OS 10_3_1 like Mac OS X) AppleWebKit/602.1.50 (KHTML, like Gecko) CriOS/58.0.3029.83 Mobile/14E304 Safari/602.1',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/tablet.ts',
  },
  {
    ua: 'Mozilla/5.0 (iPad; CPU OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/tablet.ts',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    maxTouchPoints: 5,
    expected: { kind: 'mobile', os: 'ios' },
    source: 'shalanah/inapp-spy src/tests/tablet.ts (IPAD not_inapp SAFARI: the same desktop-class UA; the fixture marks touch with document.ontouchend, here maxTouchPoints 5 as an iPad reports)',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0.1 Safari/605.1.15',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.110 Safari/537.36',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:141.0) Gecko/20100101 Firefox/141.0',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.110 Safari/537.36',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:53.0) Gecko/20100101 Firefox/53.0',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },
  {
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3100.0 Safari/537.36',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },
  {
    ua: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:53.0) Gecko/20100101 Firefox/53.0',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },
  {
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.114 Safari/537.36 Vivaldi/1.9.818.50',
    expected: { kind: 'desktop' },
    source: 'shalanah/inapp-spy src/tests/desktop.ts',
  },

  // faisalman/ua-parser-js
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 10; zh-CN; V2034A Build/QP1A.190711.020) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.2.33 Mobile Safari/537.36 UCBS/3.22.2.33_211025173018 NebulaSDK/1.8.100112 Nebula AlipayDefined(nt:WIFI,ws:360|0|2.0) AliApp(AP/10.2.51.7100) AlipayClient/10.2.51.7100 Language/zh-Hans useStatusBar/true isConcaveScreen/true Region/CNAriver/1.0.0',
    expected: { kind: 'in-app', app: 'alipay', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Alipay")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; VOG-AL00 Build/HUAWEIVOG-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/105.0.5195.148 MYWeb/0.2.103.0_20230131112530 UWS/3.22.2.9999 UCBS/3.22.2.9999_220000000000 Mobile Safari/537.36 NebulaSDK/1.8.100112 Nebula AlipayDefined(nt:WIFI,ws:360|0|3.0) AliApp(AP/10.3.50.9999) AlipayClient/10.3.50.9999 Language/en isConcaveScreen/true Region/CN ProductType/devAriver/1.0.0',
    expected: { kind: 'in-app', app: 'alipay', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Alipay")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/16C101 main%2F1.0 baiduboxapp/11.12.0.18 (Baidu; P2 12.1.2)',
    expected: { kind: 'in-app', app: 'baidu', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("baidu app on iOS")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 8.1.0; BKK-AL10 Build/HONORBKK-AL10; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/63.0.3239.83 Mobile Safari/537.36 T7/11.11 baiduboxapp/11.11.0.0 (Baidu; P1 8.1.0)',
    expected: { kind: 'in-app', app: 'baidu', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("baidu app on Android")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 9; Redmi Note 5 Build/PKQ1.180904.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/110.0.5481.153 Mobile Safari/537.36 bdbrowser/6.4.0.4',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Baidu")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 7.0; MI NOTE Pro Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/61.0.3163.98 Mobile Safari/537.36 Mb2345Browser/15.6.2',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("2345 Browser")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 13; 23049RAD8C; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/87.0.4280.141 Mobile Safari/537.36 VivoBrowser/16.7.1.1',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Vivo Browser")',
  },
  {
    ua: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.0.0 Safari/537.36',
    expected: { kind: 'desktop' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Chrome 111.0 on ChromeOS")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 5.0; SM-G900P Build/LRX21T; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/43.0.2357.121 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/35.0.0.48.273;]',
    expected: { kind: 'in-app', app: 'facebook', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Facebook in-App Browser for Android with version")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Mobile/14E304 [FBAN/FBIOS;FBAV/91.0.0.41.73;FBBV/57050710;FBDV/iPhone8,1;FBMD/iPhone;FBSN/iOS;FBSV/10.3.1;FBSS/2;FBCR/Telekom.de;FBID/phone;FBLC/de_DE;FBOP/5;FBRV/0])',
    expected: { kind: 'in-app', app: 'facebook', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Facebook in-App Browser for iOS with version")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 142.0.0.22.109 (iPhone12,5; iOS 14_1; en_US; en-US; scale=3.00; 1242x2688; 214888322) NW/1',
    expected: { kind: 'in-app', app: 'instagram', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Instagram in-App Browser for iOS")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; LYA-AL00；HMSCore/4.0.0 GMS/10.4 ) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.64 HuaweiBrowser/10.0.3.102 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("HuaweiBrowser")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 5.0; ASUS_Z00AD Build/LRX21V; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/51.0.2704.81 Mobile Safari/537.36 Line/6.5.1/IAB',
    expected: { kind: 'in-app', app: 'line', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("LINE on Android")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 11_2_6 like Mac OS X) AppleWebKit/604.5.6 (KHTML, like Gecko) Mobile/15D100 Safari Line/8.4.1',
    expected: { kind: 'in-app', app: 'line', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("LINE on iOS")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 4.2.2; ru-ru; 2013023 Build/HM2013023) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30 XiaoMi/MiuiBrowser/1.0',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("MIUI Browser on Xiaomi Hongmi WCDMA (HM2013023)")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 4.4.4; zh-cn; OPPO R7s Build/KTU84P) AppleWebKit/537.36 (KHTML, like Gecko)Version/4.0 Chrome/37.0.0.0 MQQBrowser/7.1 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("QQBrowser")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 9; zh-cn; vivo X21 Build/PKQ1.180819.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.126 MQQBrowser/9.9 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("QQBrowser")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 12; zh-Hans-CN; JLH-AN00 Build/HONORJLH-AN00) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 Quark/5.8.2.221 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Quark")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SAMSUNG-SM-G925A Build/MMB29K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/4.0 Chrome/44.0.2403.133 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Samsung Internet for Android")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; Redmi 8A) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Samsung Internet in Redmi 8A")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 6.0.1; en-US; Lenovo P2a42 Build/MMB29M) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 UCBrowser/11.2.0.915 U3/0.8.0 Mobile Safari/534.30',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("UC Browser")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 8_4_1 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Mobile/12H321 MicroMessenger/6.3.6 NetType/WIFI Language/zh_CN',
    expected: { kind: 'in-app', app: 'wechat', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("WeChat on iOS")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 5.1; zh-cn; Lenovo K50-t5 Build/LMY47D) AppleWebKit/533.1 (KHTML, like Gecko)Version/4.0 MQQBrowser/5.4 TBS/025478 Mobile Safari/533.1 MicroMessenger/6.3.5.50_r1573191.640 NetType/WIFI Language/zh_CN',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("WeChat on Android")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/16A366 Weibo (iPhone8,2__weibo__8.9.3__iphone__os12.0)',
    expected: { kind: 'in-app', app: 'weibo', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("WeiBo on Android")',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.1108.55 Safari/537.36 Edg/100.0.1108.55',
    expected: { kind: 'desktop' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Microsoft Edge 100")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 11_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/11.0 EdgiOS/42.1.1.0 Mobile/15F79 Safari/605.1.15',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Microsoft Edge on iOS")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 8.0.0; G8441 Build/47.1.A.12.270) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.123 Mobile Safari/537.36 EdgA/42.0.0.2529',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Microsoft Edge on Android")',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.48 Safari/537.36 Edg/74.1.96.24',
    expected: { kind: 'desktop' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Microsoft Edge Chromium")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_0_2 like Mac OS X) AppleWebKit/602.1.50 (KHTML, like Gecko) Mobile/14A456 QQ/6.5.3.410 V1_IPH_SQ_6.5.3_1_APP_A Pixel/1080 Core/UIWebView NetType/WIFI Mem/26',
    expected: { kind: 'in-app', app: 'qq', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("QQ on iOS")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0; PRO 6 Build/MRA58K) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/37.0.0.0 Mobile MQQBrowser/6.8 TBS/036824 Safari/537.36 V1_AND_SQ_6.5.8_422_YYB_D PA QQ/6.5.8.2910 NetType/WIFI WebP/0.3.0 Pixel/1080',
    expected: { kind: 'in-app', app: 'qq', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("QQ on Android")',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/39.0.2171.95 Safari/537.36 MicroMessenger/6.5.2.501 NetType/WIFI WindowsWechat QBCore/3.43.901.400 QQBrowser/9.0.2524.400',
    expected: { kind: 'in-app', app: 'wechat', os: 'other' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("WeChat Desktop for Windows Built-in Browser")',
  },
  {
    ua: 'mozilla/5.0 (windows nt 10.0; wow64) applewebkit/537.36 (khtml, like gecko) chrome/53.0.2785.116 safari/537.36 qbcore/4.0.1301.400 qqbrowser/9.0.2524.400 mozilla/5.0 (windows nt 6.1; wow64) applewebkit/537.36 (khtml, like gecko) chrome/81.0.4044.138 safari/537.36 nettype/wifi micromessenger/7.0.20.1781(0x6700143b) windowswechat',
    expected: { kind: 'in-app', app: 'wechat', os: 'other' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("WeChat Desktop for Windows Built-in Browser major version in 4")',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.124 Safari/537.36 qblink wegame.exe WeGame/5.1.1.11100 QBCore/3.70.107.400 QQBrowser/9.0.2524.400',
    expected: { kind: 'desktop' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Supposed not to be detected as WeChat")',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_1) AppleWebKit/602.2.14 (KHTML, like Gecko) Version/10.0.1 Safari/602.2.14 QQBrowserLite/1.1.0',
    expected: { kind: 'desktop' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("QQBrowserLite")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 11; 21061119AG Build/RP1A.200720.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/92.0.4515.131 Mobile Safari/537.36 trill_2022109040 JsSdk/1.0 NetType/MOBILE Channel/googleplay AppName/musical_ly app_version/21.9.4 ByteLocale/ru-RU ByteFullLocale/ru-RU Region/KG BytedanceWebview/d8a21c6',
    expected: { kind: 'in-app', app: 'tiktok', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("TikTok")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_21.1.0 JsSdk/2.0 NetType/4G Channel/App Store ByteLocale/ru Region/RU ByteFullLocale/ru-RU isDarkMode/1 WKWebView/1 BytedanceWebview/d8a21c6',
    expected: { kind: 'in-app', app: 'tiktok', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("TikTok")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; STK-LX1 Build/HONORSTK-LX1; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/110.0.5481.153 Mobile Safari/537.36 musical_ly_2022803040 JsSdk/1.0 NetType/WIFI Channel/huaweiadsglobal_int AppName/musical_ly app_version/28.3.4 ByteLocale/en ByteFullLocale/en Region/IQ Spark/1.2.7-alpha.8 AppVersion/28.3.4 PIA/1.5.11 BytedanceWebview/d8a21c6',
    expected: { kind: 'in-app', app: 'tiktok', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("TikTok")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari/604.1 trill_43.0.0 BytedanceWebview/d8a21c6',
    expected: { kind: 'in-app', app: 'tiktok', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("TikTok")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 5.1.1; Nexus 5 Build/LMY48B; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/43.0.2357.65 Mobile Safari/537.36',
    expected: { kind: 'in-app', app: 'webview', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Chrome WebView")',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Safari/537.36',
    expected: { kind: 'desktop' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Chrome 112.0 on Win10")',
  },
  {
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.0.0 Safari/537.36',
    expected: { kind: 'desktop' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Chrome 111.0 on Linux")',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:100.0) Gecko/20100101 Firefox/100.0',
    expected: { kind: 'desktop' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Firefox")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)  Mobile/15E148 Safari/604.1',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Mobile Safari")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/112.0 Mobile/15E148 Safari/605.1.15',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Firefox on iOS")',
  },
  {
    ua: 'Mozilla/5.0 (iPad; CPU OS 16_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.4 YaBrowser/23.3.3.330 Mobile/15E148 Safari/605.1',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Yandex on iPad")',
  },
  {
    ua: 'Mozilla/5.0 (Android 5.0; Mobile; rv:41.0) Gecko/41.0 Firefox/41.0',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Firefox Mobile")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 11; SM-T870) AppleWebKit/537.36 (KHTML, like Gecko) Brave Chrome/88.0.4324.96 Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Brave")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_4_1 like Mac OS X) AppleWebKit/607.3.9 (KHTML, like Gecko) Mobile/16G102 QHBrowser/317 QihooBrowser/4.0.10',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("360 Browser on iOS")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU; iPhone OS 15_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 BizWebView KAKAOTALK 9.7.6',
    expected: { kind: 'in-app', app: 'webview', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("KakaoTalk App iOS")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 12; moto g(60)s Build/S3RLS32.114-25-13; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 Klarna/23.36.215',
    expected: { kind: 'in-app', app: 'webview', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/browser/browser-all.json ("Klarna in-App Browser for Android")',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 TeamsMobile-iOS',
    expected: { kind: 'in-app', app: 'webview', os: 'ios' },
    source: 'faisalman/ua-parser-js test/data/ua/extension/inapp.json ("Microsoft Teams on iPhone")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; HarmonyOS; YAL-AL10; HMSCore 6.3.0.327; GMSCore 21.48.15) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/92.0.4515.105 HuaweiBrowser/12.0.3.310 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'harmony' },
    source: 'faisalman/ua-parser-js test/data/ua/os/harmonyos.json ("HarmonyOS")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; STK-AL00 Build/HUAWEISTK-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/88.0.4324.93 Mobile Safari/537.36 BDOS/1.0 (HarmonyOS 2.2.0) SP-engine/2.72.0 baiduboxapp/13.34.5.10 (Baidu; P1 10) NABar/1.0',
    expected: { kind: 'in-app', app: 'baidu', os: 'harmony' },
    source: 'faisalman/ua-parser-js test/data/ua/os/harmonyos.json ("HarmonyOS 2")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 12; Huawei P60 Pro Build/HarmonyOS 3.1.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.1.6136.139 Mobile Safari/537.36 OPR/111.11',
    expected: { kind: 'mobile', os: 'harmony' },
    source: 'faisalman/ua-parser-js test/data/ua/os/harmonyos.json ("HarmonyOS 3")',
  },
  {
    ua: 'Mozilla/5.0 (Android 12; HarmonyOS 4.0.0.118; OXF-AN00 Build/HUAWEIOXF-AN00; HMSCore 6.13.0.302; wv) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36 EdgA/125.0.0.0 Language/zh_TW ABI/arm64-v8a',
    expected: { kind: 'mobile', os: 'harmony' },
    source: 'faisalman/ua-parser-js test/data/ua/os/harmonyos.json ("HarmonyOS 4")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 12; HarmonyOS/4.0.3.601; JAD-AL50; HMSCore/6.13.0.320 Build/AP31.240223.016.A3; x64; ARM64) AppleWebKit/537.36 (KHTML, like Gecko) HuaweiBrowser/14.0.7.302 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'harmony' },
    source: 'faisalman/ua-parser-js test/data/ua/os/harmonyos.json ("HarmonyOS 4")',
  },
  {
    ua: 'Mozilla/5.0 (PC; OpenHarmony 5.0; HarmonyOS 5.0) AppleWebKit/537.36 (KHTML,like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Browser/harmony360Browser/1.0.0',
    expected: { kind: 'desktop' },
    source: 'faisalman/ua-parser-js test/data/ua/os/harmonyos.json ("HarmonyOS 5")',
  },
  {
    ua: 'Mozilla/5.0 (Phone; OpenHarmony 4.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile',
    expected: { kind: 'mobile', os: 'harmony' },
    source: 'faisalman/ua-parser-js test/data/ua/os/openharmony.json ("OpenHarmony")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 13; zh-CN; GDI-W09 Build/HONORGDI-W09) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/16.3.9.1290 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/device/honor.json ("Honor MagicPad 13 WiFi")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 8.0; GEM-703L Build/HUAWEIGEM-703L; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 MQQBrowser/6.2 TBS/043906 Mobile Safari/537.36 MicroMessenger/6.6.3.1260(0x26060339) NetType/WIFI Language/zh_',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/device/huawei.json ("HUAWEI MediaPad X2")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; HarmonyOS; BAH3-W09; HMSCore 6.14.0.322) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.196 HuaweiBrowser/15.0.4.312 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'harmony' },
    source: 'faisalman/ua-parser-js test/data/ua/device/huawei.json ("Huawei MatePad 10.4")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 12; zh-CN; Mi 11 Lite 5G Build/SKQ1.211006.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.136 Mobile Safari/537.36 XiaoMi/MiuiBrowser/13.17.0-gn',
    expected: { kind: 'mobile', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/device/xiaomi.json ("Xiaomi Mi 11 Lite 5G")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 15; Pixel 7 Pro Build/AP4A.250205.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/133.0.6943.121 Mobile Safari/537.36 musical_ly_2023808030 BytedanceWebview/d8a21c6',
    expected: { kind: 'in-app', app: 'tiktok', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/device/google.json ("Google Pixel 7 Pro")',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 9; NX629J Build/PKQ1.190321.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.126 MQQBrowser/6.2 TBS/45016 Mobile Safari/537.36 MMWEBID/4064 MicroMessenger/7.0.10.1580(0x27000A34) Process/tools NetType/WIFI Language/zh_CN ABI/arm64',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'faisalman/ua-parser-js test/data/ua/extension/extra-devices.json ("ZTE Nubia Red Magic 3")',
  },

  // bowser-js/bowser
  {
    ua: 'Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile HuaweiBrowser/5.1.5.352',
    expected: { kind: 'mobile', os: 'harmony' },
    source: 'bowser-js/bowser test/acceptance/useragentstrings.yml',
  },
  {
    ua: 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Ddg/7.120.0',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'bowser-js/bowser test/acceptance/useragentstrings.yml',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Chrome/39.0.2171.95 Safari/537.36 MicroMessenger/6.5.2.501 NetType/WIFI WindowsWechat',
    expected: { kind: 'in-app', app: 'wechat', os: 'other' },
    source: 'bowser-js/bowser test/acceptance/useragentstrings.yml',
  },
  {
    ua: 'Mozilla/5.0 (iPad; U; CPU OS 9 like Mac OS X; en-us; iPad4,4) AppleWebKit/534.46 (KHTML, like Gecko) MicroMessenger/6.5.2.501 U3/1 Safari/7543.48.3',
    expected: { kind: 'in-app', app: 'wechat', os: 'ios' },
    source: 'bowser-js/bowser test/acceptance/useragentstrings.yml',
  },
  {
    ua: 'Mozilla/5.0 (iPad; U; CPU OS 9 like Mac OS X; en-us; iPad4,4) AppleWebKit/534.46 (KHTML, like Gecko) UCBrowser/2.4.0.367 U3/1 Safari/7543.48.3',
    expected: { kind: 'mobile', os: 'ios' },
    source: 'bowser-js/bowser test/acceptance/useragentstrings.yml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 9; fr-fr; Redmi Note 8 Pro Build/PPR1.180610.011) AppleWebKit/537.36 (KHTML like Gecko) Version/4.0 Chrome/71.0.3578.141 Mobile Safari/537.36 XiaoMi/MiuiBrowser/11.9.3-',
    expected: { kind: 'mobile', os: 'android' },
    source: 'bowser-js/bowser test/acceptance/useragentstrings.yml',
  },
  {
    ua: 'Mozilla/5.0 (X11; CrOS i686 4319.74.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/29.0.1547.57 Safari/537.36',
    expected: { kind: 'desktop' },
    source: 'bowser-js/bowser test/acceptance/useragentstrings.yml',
  },

  // matomo-org/device-detector
  {
    ua: 'Mozilla/5.0 (Linux; Android 9; SM-G965F Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.62 XWEB/2889 MMWEBSDK/20210902 Mobile Safari/537.36 MMWEBID/4096 MicroMessenger/8.0.15.2001(0x28000F41) Process/toolsmp WeChat/arm64 Weixin GPVersion/1 NetType/WIFI Language/en ABI/arm64',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'matomo-org/device-detector Tests/fixtures/clienthints-app.yml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0; HUAWEI MLA-AL10 Build/HUAWEIMLA-AL10; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/73.0.3683.90 Mobile Safari/537.36 Weibo (HUAWEI-HUAWEI MLA-AL10__weibo__9.4.3__android__android6.0)',
    expected: { kind: 'in-app', app: 'weibo', os: 'android' },
    source: 'matomo-org/device-detector Tests/fixtures/clienthints-app.yml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 4.2.2; zh-cn; Evo 3D GSM Build/JDQ39E) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30HTC-Evo 3D GSM__weibo__4.2.6__android__android4.2.2',
    expected: { kind: 'in-app', app: 'weibo', os: 'android' },
    source: 'matomo-org/device-detector Tests/fixtures/smartphone-5.yml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 10; zh-CN; BLM-00 Build/HUAWEIBLM-00) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.1.228 Mobile Safari/537.36 AliApp(DingTalk/6.5.30) com.alibaba.android.rimet/25293052 Channel/227200 language/zh-CN abi/64 Pad/APad Hmos/1 UT4Aplus/0.2.25 colorScheme/light',
    expected: { kind: 'in-app', app: 'dingtalk', os: 'android' },
    source: 'matomo-org/device-detector Tests/fixtures/smart_display.yml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 7.1.1; zh-CN; Readboy_G550A Build/NMF26F) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.1.233 Mobile Safari/537.36 AliApp(DingTalk/6.5.57.23) com.alibaba.android.rimet/27727534 Channel/10002068 language/zh-CN abi/64 Pad/APad colorScheme/light',
    expected: { kind: 'in-app', app: 'dingtalk', os: 'android' },
    source: 'matomo-org/device-detector Tests/fixtures/tablet-9.yml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 13; PHF110 Build/RKQ1.211119.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20231202 MMWEBID/4213 MicroMessenger/8.0.46.2540(0x28002E3C) WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'matomo-org/device-detector Tests/fixtures/smartphone-39.yml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 12; PCE-W40 Build/HUAWEIPCE-W40; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Safari/537.36 XWEB/1160117 MMWEBSDK/20240404 MMWEBID/998 MicroMessenger/8.0.49.2600(0x28003133) WeChat/arm64 Weixin Android Tablet NetType/WIFI Language/zh_CN ABI/arm64',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'matomo-org/device-detector Tests/fixtures/tablet-11.yml',
  },
  {
    ua: 'Mozilla/5.0 (PC; OpenHarmony 6.1; Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 ArkWeb/6.1.0.100 HuaweiBrowser/6.1.3.321',
    expected: { kind: 'desktop' },
    source: 'matomo-org/device-detector Tests/fixtures/desktop-1.yml',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/121.0',
    expected: { kind: 'desktop' },
    source: 'matomo-org/device-detector Tests/fixtures/clienthints-app.yml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 9; HP Chromebook x360 11 G1 EE Build/R92-13982.69.0; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/92.0.4515.131 Safari/537.36 trill_2022007050 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/20.7.5 ByteLocale/en ByteFullLocale/en Region/US',
    expected: { kind: 'in-app', app: 'tiktok', os: 'android' },
    source: 'matomo-org/device-detector Tests/fixtures/mobile_apps.yml',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0.14393.187; osmeta 8.3.40109042) AppleWebKit/602.1.1 (KHTML, like Gecko) Version/9.0 Safari/602.1.1 osmeta/8.3.40109042 Build/40109042 [FBAN/FBW;FBAV/65.0.0.44.139;FBBV/40161482;FBRV/0;FBDV/WindowsDevice;FBMD/Aspire E5-421G;FBSN/Windows;FBSV/10.0.14393.321;FBSS/1;FBCR/;FBID/desktop;FBLC/en_US;FBOP/45]',
    expected: { kind: 'in-app', app: 'facebook', os: 'other' },
    source: 'matomo-org/device-detector Tests/fixtures/desktop.yml',
  },

  // WhichBrowser/Parser-PHP
  {
    ua: 'Mozilla/5.0 (Linux; Android 4.4.4; MI 4LTE Build/KTU84P) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/33.0.0.0 Mobile Safari/537.36 AlipayDefined(nt:WIFI,ws:360|640|3.0) AliApp(AP/8.6.0.042102) AlipayClient/8.6.0.042102',
    expected: { kind: 'in-app', app: 'alipay', os: 'android' },
    source: 'WhichBrowser/Parser-PHP tests/data/mobile/app-other.yaml',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_2_1 like Mac OS X) AppleWebKit/602.4.6 (KHTML, like Gecko) Mobile/14D27 ChannelId(11) Nebula PSDType(1) AlipayDefined(nt:WIFI,ws:375|647|2.0) AliApp(AP/10.0.3.020920) AlipayClient/10.0.3.020920 Alipay Language/zh-Hans',
    expected: { kind: 'in-app', app: 'alipay', os: 'ios' },
    source: 'WhichBrowser/Parser-PHP tests/data/mobile/app-other.yaml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0; Le X620 Build/HEXCNFN5801607142S; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/48.0.2564.116 Mobile Safari/537.36 browser/7.8.12.0 (; P1 6.0)',
    expected: { kind: 'mobile', os: 'android' },
    source: 'WhichBrowser/Parser-PHP tests/data/mobile/browser-baidu.yaml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 5.0.2; HTC 802w Build/LRX22G; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/42.0.2311.137 Mobile Safari/537.36; 360 Aphone Browser (6.9.7)',
    expected: { kind: 'mobile', os: 'android' },
    source: 'WhichBrowser/Parser-PHP tests/data/mobile/browser-360.yaml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 9; SM-G950F Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/79.0.3945.79 Mobile Safari/537.36 Viber/12.0.0.4',
    expected: { kind: 'in-app', app: 'webview', os: 'android' },
    source: 'WhichBrowser/Parser-PHP tests/data/mobile/app-chat.yaml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 5.1.1; MX4 Pro Build/LMY48Y) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/39.0.0.0 Mobile Safari/537.36 V1_AND_SQ_6.2.0_320_YYB_D QQ/6.2.0.2655 NetType/WIFI WebP/0.4.1 Pixel/1536',
    expected: { kind: 'in-app', app: 'qq', os: 'android' },
    source: 'WhichBrowser/Parser-PHP tests/data/mobile/browser-qq.yaml',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0; Le X509 Build/DHXOSOP5801911241S; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/49.0.2623.91 Mobile Safari/537.36 [FB_IAB/MESSENGER;FBAV/134.0.0.18.91;]',
    expected: { kind: 'in-app', app: 'facebook', os: 'android' },
    source: 'WhichBrowser/Parser-PHP tests/data/mobile/app-chat.yaml',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 8_1_2 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Mobile/12B440 Line/9.8.0',
    expected: { kind: 'in-app', app: 'line', os: 'ios' },
    source: 'WhichBrowser/Parser-PHP tests/data/mobile/app-chat.yaml',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_1_1 like Mac OS X) AppleWebKit/602.2.14 (KHTML, like Gecko) Mobile/14B100 KAKAOTALK 5.9.2',
    expected: { kind: 'in-app', app: 'webview', os: 'ios' },
    source: 'WhichBrowser/Parser-PHP tests/data/mobile/app-chat.yaml',
  },

  // aiHiNiHao/-
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 11_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15G77 wxwork/2.5.8 MicroMessenger/6.3.22 Language/zh',
    expected: { kind: 'in-app', app: 'wecom', os: 'ios' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 8.0; BKL-AL20 Build/HUAWEIBKL-AL20; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 MQQBrowser/6.2 TBS/044304 Mobile Safari/537.36 wxwork/2.5.8 MicroMessenger/6.3.22 NetType/4G Language/zh',
    expected: { kind: 'in-app', app: 'wecom', os: 'android' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/16A366 wxwork/2.5.8 MicroMessenger/6.3.22 Language/zh',
    expected: { kind: 'in-app', app: 'wecom', os: 'ios' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 8.0.0; zh-CN; BAC-AL00 Build/HUAWEIBAC-AL00) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 UCBrowser/11.9.4.974 UWS/2.13.1.48 Mobile Safari/537.36 AliApp(DingTalk/4.5.11) com.alibaba.android.rimet/10487439 Channel/227200 language/zh-CN',
    expected: { kind: 'in-app', app: 'dingtalk', os: 'android' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java (labelled UC浏览器 there; the AliApp(DingTalk/…) token is DingTalk\'s)',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/16A366 MicroMessenger/6.7.3(0x16070321) NetType/WIFI Language/zh_CN',
    expected: { kind: 'in-app', app: 'wechat', os: 'ios' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 8.1; EML-AL00 Build/HUAWEIEML-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/53.0.2785.143 Crosswalk/24.53.595.0 XWEB/358 MMWEBSDK/23 Mobile Safari/537.36 MicroMessenger/6.7.2.1340(0x2607023A) NetType/4G Language/zh_CN',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 7.1.2; vivo X9 Build/N2G47H; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 MQQBrowser/6.2 TBS/044303 Mobile Safari/537.36 V1_AND_SQ_7.8.0_922_YYB_D QQ/7.8.0.3740 NetType/WIFI WebP/0.3.0 Pixel/1080 StatusBarHeight/72',
    expected: { kind: 'in-app', app: 'qq', os: 'android' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 8.1; 16th Plus Build/OPM1.171019.026; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 MQQBrowser/6.2 TBS/044304 Mobile Safari/537.36 V1_AND_SQ_7.1.0_0_TIM_D TIM/2.2.9.1822 QQ/6.5.5 NetType/WIFI WebP/0.3.0 Pixel/1080',
    expected: { kind: 'in-app', app: 'qq', os: 'android' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java (TIM, Tencent\'s office QQ)',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SM-N9109W Build/MMB29M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/48.0.2564.116 Mobile Safari/537.36 T7/10.6 baiduboxapp/10.6.0.11 (Baidu; P1 6.0.1)',
    expected: { kind: 'in-app', app: 'baidu', os: 'android' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 8.0.0; MI 6 Build/OPR1.170623.027) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/62.0.3202.84 Mobile Safari/537.36 Maxthon/3235',
    expected: { kind: 'mobile', os: 'android' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 8.1.0; zh-cn; Mi Note 3 Build/OPM1.171019.019) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/61.0.3163.128 Mobile Safari/537.36 XiaoMi/MiuiBrowser/10.0.2',
    expected: { kind: 'mobile', os: 'android' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 7.0; zh-CN; HUAWEI NXT-AL10 Build/HUAWEINXT-AL10) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 UCBrowser/12.1.4.994 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },
  {
    ua: 'Mozilla/5.0 (Linux; U; Android 8.0.0; zh-cn; EVA-AL10 Build/HUAWEIEVA-AL10) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 MQQBrowser/8.9 Mobile Safari/537.36',
    expected: { kind: 'mobile', os: 'android' },
    source: 'aiHiNiHao/- app/src/main/java/com/example/apple/recognizeer/Constants.java',
  },

  // GitHub
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.0.0.0 Safari/537.36 NetType/WIFI MicroMessenger/6.8.0(0x16080000) MacWechat/3.8.6(0x13080611) XWEB/1152 Flue',
    expected: { kind: 'in-app', app: 'wechat', os: 'other' },
    source: 'GitHub code index file 5508892379 (Java WebViewSettings, package com.zhangqiang.web.settings; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.0.0.0 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090819) XWEB/8519 Flue',
    expected: { kind: 'in-app', app: 'wechat', os: 'other' },
    source: 'GitHub code index file 5508892379 (Java WebViewSettings, package com.zhangqiang.web.settings; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160043 MMWEBSDK/20231105 MMWEBID/4478 MicroMessenger/8.0.44.2502(0x28002C51) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'GitHub code index file 5508892379 (Java WebViewSettings, package com.zhangqiang.web.settings; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; HD1900 Build/QKQ1.190716.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/75.0.3770.156 Mobile Safari/537.36 aweme_230400 JsSdk/1.0 NetType/WIFI AppName/aweme app_version/23.4.0 ByteLocale/zh-CN Region/CN AppSkin/white AppTheme/light BytedanceWebview/d8a21c6 WebView/075113004008',
    expected: { kind: 'in-app', app: 'douyin', os: 'android' },
    source: 'GitHub code index file 5508892379 (Java WebViewSettings, package com.zhangqiang.web.settings; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/6.2 TBS/046905 Mobile Safari/537.36 V1_AND_SQ_9.0.0_5282_YYB_D PA QQ/9.0.0.14110 NetType/WIFI WebP/0.3.0 AppId/537194356 Pixel/1220 StatusBarHeight/89 SimpleUISwitch/1 QQTheme/2971 StudyMode/0 CurrentMode/1 CurrentFontScale/1.0 GlobalDensityScale/1.0166667 AllowLandscape/false InMagicWin/0',
    expected: { kind: 'in-app', app: 'qq', os: 'android' },
    source: 'GitHub code index file 5508892379 (Java WebViewSettings, package com.zhangqiang.web.settings; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 15; V2232A Build/AP3A.240905.015.A2; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/134.0.6998.136 Mobile Safari/537.36 XWEB/1340157 MMWEBSDK/20250201 MMWEBID/140 wxwork/4.1.38 MicroMessenger/7.0.1 NetType/WIFI Language/zh Lang/zh ColorScheme/Light wwmver/3.26.38.639',
    expected: { kind: 'in-app', app: 'wecom', os: 'android' },
    source: 'GitHub code index file 48420223765 (Swift HTTP client headers; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Language/zh ColorScheme/Light DistType/publish-website wxwork/4.1.36 (MicroMessenger/6.2) WeChat/2.0.4 wwmver/3.26.36.625 Safari/605.1.15',
    expected: { kind: 'in-app', app: 'wecom', os: 'other' },
    source: 'GitHub code index file 32531430535 (Python request headers, deskwx.xdf.cn; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.1.12.0 Safari/537.36 Language/zh wxwork/4.1.3 (MicroMessenger/6.2) WindowsWechat  MailPlugin_Electron WeMail embeddisk',
    expected: { kind: 'in-app', app: 'wecom', os: 'other' },
    source: 'GitHub code index file 18007820351 (JavaScript, an nginx access log from May 2023; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; ONEPLUS A6000 Build/QKQ1.190716.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/81.0.4044.138 Mobile Safari/537.36  aweme_170401 JsSdk/1.0 NetType/WIFI Channel/update AppName/aweme app_version/17.4.0 ByteLocale/zh-CN Region/CN AppTheme/light SystemFontScale/1.0 BytedanceWebview/d8a21c6',
    expected: { kind: 'in-app', app: 'douyin', os: 'android' },
    source: 'GitHub code index file 49506510722 (Python Douyin video script; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 10; WLZ-AN00 Build/HUAWEIWLZ-AN00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/75.0.3770.156 Mobile Safari/537.36 aweme_130600 JsSdk/1.0 NetType/4G Channel/huawei_1 AppName/aweme app_version/13.6.0 ByteLocale/zh-Hans-CN Region/CN AppSkin/black AppTheme/dark TTWebView/0751130011409',
    expected: { kind: 'in-app', app: 'douyin', os: 'android' },
    source: 'GitHub code index file 31208728137 (Java UserAgentUtils test; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 12; M2102J2SC Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/75.0.3770.156 Mobile Safari/537.36 aweme_210600 JsSdk/1.0 NetType/4G Channel/xiaomi_1128_64 AppName/aweme app_version/21.6.0 ByteLocale/zh-CN Region/CN AppSkin/black AppTheme/dark BytedanceWebview/d8a21c6 TTWebView/0751130025454',
    expected: { kind: 'in-app', app: 'douyin', os: 'android' },
    source: 'GitHub code index file 7245071860 (Python UA_DOUYIN constant; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 12; M2102J2SC Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/88.0.4324.181 Mobile Safari/537.36 JsSdk/2 NewsArticle/8.8.5 NetType/4g TTWebView/0881130037409',
    expected: { kind: 'in-app', app: 'webview', os: 'android' },
    source: 'GitHub code index file 7245071860 (Python UA_TOUTIAO constant; repository not named by the index): Toutiao, a ByteDance app without the BytedanceWebview token',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.42(0x18002a2c) NetType/WIFI Language/zh_CN',
    expected: { kind: 'in-app', app: 'wechat', os: 'ios' },
    source: 'GitHub code index file 8846932200 (JavaScript request headers; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.31(0x18001f2e) NetType/4G Language/en',
    expected: { kind: 'in-app', app: 'wechat', os: 'ios' },
    source: 'GitHub code index file 52735325370 (React request headers; repository not named by the index)',
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230303 MMWEBID/6973 MicroMessenger/8.0.34.2340(0x2800225B) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
    expected: { kind: 'in-app', app: 'wechat', os: 'android' },
    source: 'GitHub code index file 41229441420 (Python Selenium mobile emulation; repository not named by the index)',
  },
];
