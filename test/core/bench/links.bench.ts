import { bench, describe } from 'vitest';
import { buildLoginLink, parseDeepLink } from '@vvchat/core';

const options = {
  appId: 'wx-test-app-0001',
  state: 'q3X0v7S2m9Jb1kQeT6yWzA',
  redirectUri: 'https://shop.example/login/callback?from=cart&lang=zh-CN',
};
const link = buildLoginLink(options);

/** The same link, written by hand: no validation, no ordering logic. */
function handWrittenLoginLink(o: typeof options): string {
  return `qyx://thirdlogin?app_id=${encodeURIComponent(o.appId)}&scope=snsapi_userinfo&state=${encodeURIComponent(
    o.state,
  )}&redirect_uri=${encodeURIComponent(o.redirectUri)}`;
}

if (handWrittenLoginLink(options) !== link) throw new Error('the baseline does not build the same login link');

let sink: unknown;

describe('build a login link', () => {
  bench('buildLoginLink(options)', () => {
    sink = buildLoginLink(options);
  });

  bench('baseline: template literal + encodeURIComponent', () => {
    sink = handWrittenLoginLink(options);
  });
});

describe('parse a login link', () => {
  bench('parseDeepLink(link)', () => {
    sink = parseDeepLink(link);
  });

  bench('baseline: new URL(link).searchParams, four get() calls', () => {
    const params = new URL(link).searchParams;
    sink = {
      appId: params.get('app_id'),
      scope: params.get('scope'),
      state: params.get('state'),
      redirectUri: params.get('redirect_uri'),
    };
  });
});

// Exported so no engine can treat the benchmarked calls as dead code.
export { sink };
