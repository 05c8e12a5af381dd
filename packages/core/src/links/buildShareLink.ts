import { text, writeLink } from './query';
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
  const o = Object(options) as Partial<ShareLinkOptions>;
  return writeLink('share', {
    app_id: text(o.appId, 'appId', true),
    share_title: text(o.title, 'title', true),
    sub_title: text(o.subTitle, 'subTitle'),
    share_data_url: writeShareData(o.data),
    share_url: text(o.url, 'url', true, true),
    thumb_url: text(o.thumbUrl, 'thumbUrl', false, true),
  });
}
