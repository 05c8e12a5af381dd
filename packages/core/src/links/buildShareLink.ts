import { optional, param } from './query';
import { writeShareData, type ShareTemplate } from './shareTemplate';

/** Options for {@link buildShareLink}: a basic share, or an advanced one with `data`. */
export interface ShareLinkOptions {
  /** Your application's `app_id`. */
  appId: string;
  /** The card's title (`share_title`). */
  title: string;
  /** The shared page, an absolute `http:`/`https:` URL (`share_url`). */
  url: string;
  /** The card's sub-title (`sub_title`). */
  subTitle?: string | undefined;
  /** The card's thumbnail, an absolute `http:`/`https:` URL (`thumb_url`). */
  thumbUrl?: string | undefined;
  /**
   * Advanced share: a template object, written as compact JSON, or a ready string passed
   * through as it is (`share_data_url`).
   */
  data?: ShareTemplate | string | undefined;
}

/**
 * Builds the `qyx://share` link for a basic share, or an advanced share when `data` is given.
 * Throws `VVChatError` `invalid_option` naming the bad option.
 *
 * @example
 * buildShareLink({
 *   appId: 'APPID',
 *   title: '新品上市',
 *   url: 'https://shop.example/items/42',
 *   data: { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['¥99', '今日包邮'] },
 * });
 */
export function buildShareLink(options: ShareLinkOptions): string {
  const o = options as Partial<ShareLinkOptions> | undefined;
  // Checked in the parameters' order, so the first bad option is the one named.
  const appId = param(o?.appId, 'appId', true);
  const title = param(o?.title, 'title', true);
  const subTitle = optional('sub_title', param(o?.subTitle, 'subTitle'));
  const data = optional('share_data_url', param(writeShareData(o?.data), 'data'));
  const url = param(o?.url, 'url', true, true);
  const thumbUrl = optional('thumb_url', param(o?.thumbUrl, 'thumbUrl', false, true));
  return `qyx://share?app_id=${appId}&share_title=${title}${subTitle}${data}&share_url=${url}${thumbUrl}`;
}
