import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectEnvironment, type VVChatEnvironment } from '../../../packages/core/src/environment/detectEnvironment';
import { userAgents } from './userAgents';

const where = (environment: VVChatEnvironment) => {
  if (environment.kind === 'in-app') return `in-app ${environment.app} (${environment.os})`;
  if (environment.kind === 'mobile') return `mobile ${environment.os}`;
  return environment.kind;
};

/** `inapp-spy mobile.ts`, `ua-parser-js browser-all.json`, `code index 5508892379`. */
const shortSource = (source: string) => {
  const indexed = /^GitHub code index file (\d+)/.exec(source);
  if (indexed) return `code index ${indexed[1]!}`;
  const [repository = '', path = ''] = source.split(' ');
  const name = repository.split('/')[1];
  return `${name !== undefined && name !== '-' ? name : repository} ${path.split('/').pop() ?? path}`;
};

const rows = userAgents.map((row, index) => [`${index + 1}. ${where(row.expected)} — ${shortSource(row.source)}`, row] as const);

/** iPadOS Safari asking for the desktop page, as inapp-spy's fixtures have it. */
const desktopClassIPad =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const wecomAndroid =
  'Mozilla/5.0 (Linux; Android 8.0; BKL-AL20 Build/HUAWEIBKL-AL20; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 MQQBrowser/6.2 TBS/044304 Mobile Safari/537.36 wxwork/2.5.8 MicroMessenger/6.3.22 NetType/4G Language/zh';
const safariIPhone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const chromeAndroid =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36';

describe('detectEnvironment', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  describe('tells real user agents apart', () => {
    it('has a table of at least 120 real user agents', () => {
      expect(userAgents.length).toBeGreaterThanOrEqual(120);
    });

    it.each(rows)('%s', (_name, { ua, maxTouchPoints, expected }) => {
      expect(detectEnvironment(ua, maxTouchPoints)).toEqual(expected);
    });
  });

  describe('VVChat’s own webview (assumed tokens VVChat/ and QYX/)', () => {
    // Adapted: a real Chrome Android user agent with the token we assume VVChat appends.
    it.each([
      ['Chrome Android + VVChat/2.3.0', `${chromeAndroid} VVChat/2.3.0`],
      ['Safari iPhone + qyx/1.0', `${safariIPhone} qyx/1.0`],
      ['WeCom Android + QYX/5.1', `${wecomAndroid} QYX/5.1`],
    ])('is vvchat for %s, whatever else the user agent says', (_name, ua) => {
      expect(detectEnvironment(ua)).toEqual({ kind: 'vvchat' });
    });

    it('needs the token to start a word and end in a slash', () => {
      expect(detectEnvironment(`${chromeAndroid} NotVVChat/1.0 QYX`)).toEqual({ kind: 'mobile', os: 'android' });
    });
  });

  describe('first match wins', () => {
    it('calls WeCom wecom although its user agent says MicroMessenger too', () => {
      expect(wecomAndroid).toContain('MicroMessenger/');
      expect(detectEnvironment(wecomAndroid)).toEqual({ kind: 'in-app', app: 'wecom', os: 'android' });
    });

    it('calls TikTok tiktok although its user agent says BytedanceWebview like Douyin', () => {
      const tiktok = userAgents.find((row) => row.ua.includes('musical_ly') && row.ua.includes('BytedanceWebview'));
      expect(tiktok?.expected).toMatchObject({ app: 'tiktok' });
      expect(detectEnvironment(tiktok?.ua)).toMatchObject({ kind: 'in-app', app: 'tiktok' });
    });

    it('calls a named app by its name before calling it a webview', () => {
      expect(detectEnvironment(wecomAndroid)).not.toMatchObject({ app: 'webview' });
    });
  });

  describe('iPad asking for desktop pages', () => {
    it('is a desktop on the user agent alone', () => {
      expect(detectEnvironment(desktopClassIPad)).toEqual({ kind: 'desktop' });
    });

    it('is mobile ios with more than one touch point', () => {
      expect(detectEnvironment(desktopClassIPad, 5)).toEqual({ kind: 'mobile', os: 'ios' });
    });

    it.each([0, 1, Number.NaN])('stays a desktop (a Mac) with %s touch points', (points) => {
      expect(detectEnvironment(desktopClassIPad, points)).toEqual({ kind: 'desktop' });
    });

    it('ignores touch points on a Windows touch screen', () => {
      const windows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Safari/537.36';
      expect(detectEnvironment(windows, 10)).toEqual({ kind: 'desktop' });
    });

    it('reads navigator.maxTouchPoints along with navigator.userAgent', () => {
      vi.stubGlobal('navigator', { userAgent: desktopClassIPad, maxTouchPoints: 5 });
      expect(detectEnvironment()).toEqual({ kind: 'mobile', os: 'ios' });
    });

    it('does not read navigator.maxTouchPoints for a user agent it was given', () => {
      vi.stubGlobal('navigator', { userAgent: safariIPhone, maxTouchPoints: 5 });
      expect(detectEnvironment(desktopClassIPad)).toEqual({ kind: 'desktop' });
    });

    it('takes the touch points it was given over navigator’s', () => {
      vi.stubGlobal('navigator', { userAgent: desktopClassIPad, maxTouchPoints: 5 });
      expect(detectEnvironment(undefined, 0)).toEqual({ kind: 'desktop' });
    });
  });

  describe('defaults to the browser’s navigator', () => {
    it('reads navigator.userAgent when no user agent is passed', () => {
      vi.stubGlobal('navigator', { userAgent: wecomAndroid, maxTouchPoints: 5 });
      expect(detectEnvironment()).toEqual({ kind: 'in-app', app: 'wecom', os: 'android' });
    });

    it('prefers the user agent it was given', () => {
      vi.stubGlobal('navigator', { userAgent: wecomAndroid });
      expect(detectEnvironment(safariIPhone)).toEqual({ kind: 'mobile', os: 'ios' });
    });

    it('is unknown without a navigator (a server)', () => {
      vi.stubGlobal('navigator', undefined);
      expect(typeof navigator).toBe('undefined');
      expect(detectEnvironment()).toEqual({ kind: 'unknown' });
    });

    it.each(['Node.js/22', 'Deno/2.1.4', 'Bun/1.1.38'])('is unknown for a server runtime’s navigator (%s)', (userAgent) => {
      vi.stubGlobal('navigator', { userAgent });
      expect(detectEnvironment()).toEqual({ kind: 'unknown' });
    });

    it.each([null, {}, { userAgent: 42 }, { userAgent: '' }])('is unknown for a navigator like %j', (fake) => {
      vi.stubGlobal('navigator', fake);
      expect(detectEnvironment()).toEqual({ kind: 'unknown' });
    });
  });

  describe('junk in', () => {
    it.each([
      ['an empty string', ''],
      ['null', null],
      ['a number', 42],
      ['an object', { userAgent: safariIPhone }],
      ['a String object', new String(safariIPhone)],
      ['a symbol', Symbol('ua')],
    ])('is unknown for %s', (_name, junk) => {
      expect(detectEnvironment(junk as string)).toEqual({ kind: 'unknown' });
    });

    it('never throws on random text, and always answers one of the five kinds', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.anything(), (ua, touchPoints) => {
          const { kind } = detectEnvironment(ua, touchPoints as number);
          expect(['vvchat', 'in-app', 'mobile', 'desktop', 'unknown']).toContain(kind);
        }),
        { numRuns: 1000 },
      );
    });

    it('never throws on real user agents cut or spliced at random', () => {
      const real = fc.constantFrom(...userAgents.map((row) => row.ua));
      fc.assert(
        fc.property(real, real, fc.nat(), fc.nat(), (a, b, cut, at) => {
          const ua = a.slice(0, cut % (a.length + 1)) + b.slice(at % (b.length + 1));
          expect(() => detectEnvironment(ua)).not.toThrow();
        }),
        { numRuns: 1000 },
      );
    });

    it.each([
      ['an iPhone webview', `Mozilla/5.0 (iPhone; ${'x; '.repeat(350_000)}) AppleWebKit/605.1.15`, 'webview'],
      ['a browser on Android WebView', `Mozilla/5.0 (Linux; Android 14${'; wv)'.repeat(200_000)} Browser/1.0`, undefined],
    ])('reads a 1 MB user agent (%s) in well under a second', (_name, huge, app) => {
      const start = performance.now();
      const found = detectEnvironment(huge);
      expect(performance.now() - start).toBeLessThan(1000);
      expect(found.kind === 'in-app' ? found.app : undefined).toBe(app);
    });
  });
});
