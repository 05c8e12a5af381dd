import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCustomerServiceLink,
  buildLoginLink,
  buildPayLink,
  buildShareLink,
  parseDeepLink,
  type CustomerServiceLinkOptions,
  type DeepLink,
  type LoginLinkOptions,
  type PayLinkOptions,
  type ShareLinkOptions,
} from '@vvchat/core';
import {
  absoluteUrl,
  anyText,
  blankOptional,
  expectedDeepLink,
  linkShape,
  optionalText,
  optionalUrl,
  runs,
  shareTemplate,
  someText,
} from './support';

// Optional keys are sometimes absent, sometimes undefined, null or blank: what a JavaScript
// caller may pass. The casts to the option types only widen `string` to `string | null`.
const loginOptions = fc.record(
  { appId: someText, redirectUri: absoluteUrl, scope: optionalText, state: optionalText },
  { requiredKeys: ['appId', 'redirectUri'], noNullPrototype: true },
);
const payOptions = fc.record(
  { imprestCode: someText, appId: someText, redirectUri: optionalUrl },
  { requiredKeys: ['imprestCode', 'appId'], noNullPrototype: true },
);
const customerServiceOptions = fc.record({ openId: someText }, { noNullPrototype: true });
const shareOptions = fc.record(
  {
    appId: someText,
    title: someText,
    url: absoluteUrl,
    subTitle: optionalText,
    thumbUrl: optionalUrl,
    data: fc.oneof(shareTemplate, someText, blankOptional),
  },
  { requiredKeys: ['appId', 'title', 'url'], noNullPrototype: true },
);

/** Any valid options object, with its builder and the result parseDeepLink owes. */
const anyLink = fc.oneof(
  loginOptions.map((o) => ({ link: buildLoginLink(o as LoginLinkOptions), expected: expectedDeepLink('login', o, { scope: 'snsapi_userinfo' }) })),
  payOptions.map((o) => ({ link: buildPayLink(o as PayLinkOptions), expected: expectedDeepLink('pay', o) })),
  customerServiceOptions.map((o) => ({
    link: buildCustomerServiceLink(o),
    expected: expectedDeepLink('customer-service', o),
  })),
  shareOptions.map((o) => ({ link: buildShareLink(o as ShareLinkOptions), expected: expectedDeepLink('share', o) })),
);

/** Builds a link again from what parseDeepLink read. */
function rebuild(read: DeepLink): string {
  const { action, ...options } = read;
  switch (action) {
    case 'login':
      return buildLoginLink(options as LoginLinkOptions);
    case 'pay':
      return buildPayLink(options as PayLinkOptions);
    case 'customer-service':
      return buildCustomerServiceLink(options as CustomerServiceLinkOptions);
    case 'share':
      return buildShareLink(options as ShareLinkOptions);
  }
}

describe('parseDeepLink(buildXLink(o)) equals o with defaults filled and blank optionals dropped', () => {
  it('reads back every login link', () => {
    fc.assert(
      fc.property(loginOptions, (o) => {
        expect(parseDeepLink(buildLoginLink(o as LoginLinkOptions))).toStrictEqual(
          expectedDeepLink('login', o, { scope: 'snsapi_userinfo' }),
        );
      }),
      runs,
    );
  });

  it('reads back every pay link', () => {
    fc.assert(
      fc.property(payOptions, (o) => {
        expect(parseDeepLink(buildPayLink(o as PayLinkOptions))).toStrictEqual(expectedDeepLink('pay', o));
      }),
      runs,
    );
  });

  it('reads back every customer-service link', () => {
    fc.assert(
      fc.property(customerServiceOptions, (o) => {
        expect(parseDeepLink(buildCustomerServiceLink(o))).toStrictEqual(expectedDeepLink('customer-service', o));
      }),
      runs,
    );
  });

  it('reads back every share link, its template as a template and its data string as the string', () => {
    fc.assert(
      fc.property(shareOptions, (o) => {
        expect(parseDeepLink(buildShareLink(o as ShareLinkOptions))).toStrictEqual(expectedDeepLink('share', o));
      }),
      runs,
    );
  });

  it('reads back every share template, whatever its lines', () => {
    fc.assert(
      fc.property(shareTemplate, (data) => {
        const read = parseDeepLink(buildShareLink({ appId: 'A', title: 'T', url: 'https://a.example/', data }));
        expect(read).toStrictEqual({ action: 'share', appId: 'A', title: 'T', url: 'https://a.example/', data });
      }),
      runs,
    );
  });
});

describe('every built link holds only the characters of encodeURIComponent, & and =', () => {
  it('writes login links so', () => {
    fc.assert(
      fc.property(loginOptions, (o) => {
        expect(buildLoginLink(o as LoginLinkOptions)).toMatch(linkShape);
      }),
      runs,
    );
  });

  it('writes pay links so', () => {
    fc.assert(
      fc.property(payOptions, (o) => {
        expect(buildPayLink(o as PayLinkOptions)).toMatch(linkShape);
      }),
      runs,
    );
  });

  it('writes customer-service links so', () => {
    fc.assert(
      fc.property(customerServiceOptions, (o) => {
        expect(buildCustomerServiceLink(o)).toMatch(linkShape);
      }),
      runs,
    );
  });

  it('writes share links so', () => {
    fc.assert(
      fc.property(shareOptions, (o) => {
        expect(buildShareLink(o as ShareLinkOptions)).toMatch(linkShape);
      }),
      runs,
    );
  });

  it('writes each value exactly as encodeURIComponent does', () => {
    fc.assert(
      fc.property(someText, (openId) => {
        expect(buildCustomerServiceLink({ openId })).toBe(`qyx://openSessionView?open_id=${encodeURIComponent(openId)}`);
      }),
      runs,
    );
  });
});

describe('parseDeepLink reads any encoding of a link the way a URL query is read', () => {
  it('reads a link re-encoded as a form (spaces as +), its parameters shuffled and unknown ones added', () => {
    const extras = fc.array(fc.tuple(fc.constantFrom('utm_source', 'x', 'open_id_', 'APP_ID', 'share'), anyText), { maxLength: 3 });
    fc.assert(
      fc.property(anyLink, extras, fc.integer(), ({ link, expected }, extra, seed) => {
        const [head, query = ''] = link.split('?');
        const entries = [...new URLSearchParams(query), ...extra];
        // A deterministic shuffle, so that a failure can be replayed.
        const shuffled = entries
          .map((entry, i) => ({ entry, key: Math.imul(seed ^ (i + 1), 0x9e3779b1) }))
          .sort((a, b) => a.key - b.key)
          .map(({ entry }) => entry);
        const reencoded = `${head!}?${new URLSearchParams(shuffled).toString()}`;
        expect(parseDeepLink(reencoded)).toStrictEqual(expected);
      }),
      runs,
    );
  });

  it('reads the same options back after building again from what it read', () => {
    fc.assert(
      fc.property(anyLink, ({ link }) => {
        const read = parseDeepLink(link);
        const again = rebuild(read);
        expect(again).toBe(link);
        expect(parseDeepLink(again)).toStrictEqual(read);
      }),
      runs,
    );
  });
});
