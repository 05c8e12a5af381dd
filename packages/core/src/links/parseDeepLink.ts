import { VVChatError } from '../errors';
import { buildCustomerServiceLink, type CustomerServiceLinkOptions } from './buildCustomerServiceLink';
import { buildLoginLink, type LoginLinkOptions } from './buildLoginLink';
import { buildPayLink, type PayLinkOptions } from './buildPayLink';
import { buildShareLink, type ShareLinkOptions } from './buildShareLink';
import { readShareData } from './shareTemplate';

/** A deep link read back by {@link parseDeepLink}: the action plus the builder's option names. */
export type DeepLink =
  | ({ action: 'login' } & LoginLinkOptions & { scope: string })
  | ({ action: 'pay' } & PayLinkOptions)
  | ({ action: 'customer-service' } & CustomerServiceLinkOptions)
  | ({ action: 'share' } & ShareLinkOptions);

/** Each action: its name, the builder that checks it, and its parameters' option names. */
type Action = [DeepLink['action'], (options: never) => string, Record<string, string>];

/** The actions by host. A `Map`, so that a host such as `constructor` finds nothing. */
const actions = new Map<string, Action>([
  ['thirdlogin', ['login', buildLoginLink, { app_id: 'appId', scope: 'scope', state: 'state', redirect_uri: 'redirectUri' }]],
  ['qpay', ['pay', buildPayLink, { imprest_code: 'imprestCode', app_id: 'appId', redirect_uri: 'redirectUri' }]],
  ['openSessionView', ['customer-service', buildCustomerServiceLink, { open_id: 'openId' }]],
  [
    'share',
    [
      'share',
      buildShareLink,
      {
        app_id: 'appId',
        share_title: 'title',
        sub_title: 'subTitle',
        share_data_url: 'data',
        share_url: 'url',
        thumb_url: 'thumbUrl',
      },
    ],
  ],
]);

/**
 * Reads any of the four VVChat deep links back into its options, checked exactly as the
 * builders check them. `parseDeepLink(buildXLink(o))` equals `o` with defaults filled and
 * blank optionals dropped. Values are decoded with URL query rules (`+` is a space).
 * Throws `VVChatError` `invalid_link` for another scheme, an unknown action, a missing or
 * repeated parameter, malformed encoding or a value the builder would refuse.
 *
 * @example
 * parseDeepLink('qyx://openSessionView?open_id=OPEN_ID');
 * // { action: 'customer-service', openId: 'OPEN_ID' }
 */
export function parseDeepLink(link: string): DeepLink {
  const invalid = (reason: string, cause?: unknown) => new VVChatError('invalid_link', 'not a VVChat link: ' + reason, { cause });
  const [, host = '', query = ''] = /^qyx:\/\/(\w+)\?([^#]*)$/i.exec(typeof link === 'string' ? link : '') ?? [];
  const action = actions.get(host);
  if (!action) throw invalid('unknown scheme or action');
  let params: URLSearchParams;
  try {
    // URLSearchParams reads malformed percent-encoding leniently; decodeURIComponent throws on it.
    // Its result (truthy whenever `query` is not empty) is used so that bundlers, which take the
    // call for pure, keep it.
    params = new URLSearchParams(decodeURIComponent(query) && query);
  } catch (error) {
    throw invalid('malformed percent-encoding', error);
  }
  const [name, build, names] = action;
  const options: Record<string, unknown> = {};
  for (const param in names) {
    const [value, repeated] = params.getAll(param);
    if (repeated !== undefined) throw invalid(param + ' appears twice');
    if (value?.trim()) options[names[param]!] = value;
  }
  if (name === 'login' && !options.scope) throw invalid('scope is required');
  if (options.data) options.data = readShareData(options.data as string);
  try {
    build(options as never);
  } catch (error) {
    throw invalid((error as Error).message, error);
  }
  return { action: name, ...options } as DeepLink;
}
