import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCustomerServiceLink,
  buildLoginLink,
  buildPayLink,
  buildShareLink,
  parseDeepLink,
  type CustomerServiceLinkOptions,
  type LoginLinkOptions,
  type PayLinkOptions,
  type ShareLinkOptions,
} from '@vvchat/core';
import { absoluteUrl, anyTextWithSurrogates, anything, hostileKey, linkShape, onlyVVChatError, runs, stringLike } from './support';

/** Text a query is made of: separators, escapes and their broken forms, parameter names, JSON. */
const queryPiece = fc.oneof(
  anyTextWithSurrogates,
  fc.constantFrom(
    '&', '=', '?', '#', '+', '%', '%2', '%zz', '%E4', '%E4%B8', '%ED%A0%80', '%FF', '%00', '%20', '%2B', '%26', '%3D',
    'app_id=', 'scope=', 'state=', 'redirect_uri=', 'imprest_code=', 'open_id=', 'share_title=', 'sub_title=',
    'share_data_url=', 'share_url=', 'thumb_url=', 'https://a.example/', 'javascript:alert(1)', '//evil.example',
    '{"tpl_header":"h","tpl_version":"v","tpl_type":"t","data":["a"]}', '{"tpl_header":', '["', 'null', '\uD800', '\uDFFF',
  ),
);
const junkQuery = fc.array(queryPiece, { maxLength: 12 }).map((pieces) => pieces.join(''));

/** A query of known and unknown parameters with junk values, each raw or encoded. */
const junkParams = fc
  .array(
    fc.tuple(
      fc.constantFrom('app_id', 'scope', 'state', 'redirect_uri', 'imprest_code', 'open_id', 'share_title', 'sub_title',
        'share_data_url', 'share_url', 'thumb_url', 'x', ''),
      fc.oneof(queryPiece, absoluteUrl),
      fc.boolean(),
    ),
    { maxLength: 8 },
  )
  .map((params) =>
    params
      .map(([key, value, encode]) => {
        if (!encode) return `${key}=${value}`;
        try {
          return `${key}=${encodeURIComponent(value)}`;
        } catch {
          return `${key}=${value}`; // a lone surrogate: write it raw
        }
      })
      .join('&'),
  );

const prefix = fc.constantFrom(
  'qyx://share?', 'qyx://thirdlogin?', 'qyx://qpay?', 'qyx://openSessionView?', 'QYX://share?', 'qyx://share', 'qyx://', '',
);

/** Junk handed to parseDeepLink: any value, any text, and text that starts like a link. */
const junkLink = fc.oneof(
  anything,
  anyTextWithSurrogates,
  junkQuery.map((query) => `qyx://share?${query}`),
  fc.tuple(prefix, junkQuery).map(([head, query]) => head + query),
  fc.tuple(prefix, junkParams).map(([head, query]) => head + query),
);

/** Junk option values: any value, text with lone surrogates, URLs, templates of junk. */
const junkValue = fc.oneof(
  anything,
  stringLike,
  queryPiece,
  absoluteUrl,
  fc.record(
    { tplHeader: fc.oneof(anything, queryPiece), tplVersion: fc.oneof(anything, queryPiece), tplType: queryPiece, data: fc.oneof(anything, fc.array(fc.oneof(queryPiece, anything))) },
    { requiredKeys: [] },
  ),
);

/** Options every builder accepts. */
const valid = {
  appId: 'A', redirectUri: 'https://a.example/', imprestCode: 'I', openId: 'O', title: 'T', url: 'https://a.example/',
};

/** Junk handed to a builder: any value, or an object whose options (and hostile keys) hold junk. */
const junkOptions = fc.oneof(
  anything,
  junkLink,
  fc.record(
    {
      appId: junkValue, redirectUri: junkValue, scope: junkValue, state: junkValue, imprestCode: junkValue,
      openId: junkValue, title: junkValue, url: junkValue, subTitle: junkValue, thumbUrl: junkValue, data: junkValue,
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(hostileKey, junkValue, { maxKeys: 4 }),
  // Valid options for every builder, with junk in one or two of them: reaches the later checks.
  fc
    .dictionary(
      fc.constantFrom('appId', 'redirectUri', 'scope', 'state', 'imprestCode', 'openId', 'title', 'url', 'subTitle', 'thumbUrl', 'data'),
      junkValue,
      { minKeys: 1, maxKeys: 2 },
    )
    .map((junk) => ({ ...valid, ...junk })),
);

const actions = ['login', 'pay', 'customer-service', 'share'];

describe('junk in never throws anything but a VVChatError', () => {
  it('parseDeepLink returns a link of a known action or throws a VVChatError', () => {
    fc.assert(
      fc.property(junkLink, (link) => {
        const read = onlyVVChatError(() => parseDeepLink(link as string));
        if (read !== undefined) expect(actions).toContain(read.action);
      }),
      runs,
    );
  });

  it('parseDeepLink refuses strings starting with qyx://share? and junk, or reads them, never crashing', () => {
    fc.assert(
      fc.property(junkQuery, (query) => {
        const read = onlyVVChatError(() => parseDeepLink(`qyx://share?${query}`));
        if (read !== undefined) expect(read.action).toBe('share');
      }),
      runs,
    );
  });

  it.each([
    ['buildLoginLink', (o: unknown) => buildLoginLink(o as LoginLinkOptions)],
    ['buildPayLink', (o: unknown) => buildPayLink(o as PayLinkOptions)],
    ['buildCustomerServiceLink', (o: unknown) => buildCustomerServiceLink(o as CustomerServiceLinkOptions)],
    ['buildShareLink', (o: unknown) => buildShareLink(o as ShareLinkOptions)],
  ])('%s returns a well-formed link or throws a VVChatError', (_, build) => {
    fc.assert(
      fc.property(junkOptions, (options) => {
        const link = onlyVVChatError(() => build(options));
        if (link !== undefined) expect(link).toMatch(linkShape);
      }),
      runs,
    );
  });

  it('reads back whatever a builder accepted from junk', () => {
    fc.assert(
      fc.property(junkOptions, (options) => {
        const link = onlyVVChatError(() => buildShareLink(options as ShareLinkOptions));
        if (link !== undefined) expect(parseDeepLink(link).action).toBe('share');
      }),
      runs,
    );
  });
});
