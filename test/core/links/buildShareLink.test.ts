import { describe, expect, it } from 'vitest';
import { buildShareLink, type ShareLinkOptions, type ShareTemplate } from '@vvchat/core';
import {
  absoluteHttpUrls,
  blankOptionals,
  expectInvalidOption,
  linkShape,
  loneSurrogates,
  missingOrBlank,
  nonStrings,
  notAbsoluteHttpUrls,
} from './support';

/** The basic-share example of the platform document. */
const basic = {
  appId: 'APPID',
  title: 'ShareTitle',
  subTitle: 'SubTitle',
  url: 'https://xxxxxx/',
  thumbUrl: 'http://xxxx/xxx',
} satisfies ShareLinkOptions;

/** The advanced-share template of the platform document. */
const template: ShareTemplate = { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['内容1', '内容2'] };

const required = { appId: 'APPID', title: 'ShareTitle', url: 'https://xxxxxx/' } satisfies ShareLinkOptions;

/** Calls the builder with options a JavaScript caller might pass, typed or not. */
const build = (options: unknown) => buildShareLink(options as ShareLinkOptions);

/** The `share_data_url` value of a share link, decoded. */
const shareData = (link: string) => {
  const value = /[?&]share_data_url=([^&]*)/.exec(link)?.[1];
  return value === undefined ? undefined : decodeURIComponent(value);
};

describe('buildShareLink', () => {
  describe('writes a basic share', () => {
    it("writes the platform document's basic-share example, with its URLs encoded", () => {
      expect(buildShareLink(basic)).toBe(
        'qyx://share?app_id=APPID&share_title=ShareTitle&sub_title=SubTitle' +
          '&share_url=https%3A%2F%2Fxxxxxx%2F&thumb_url=http%3A%2F%2Fxxxx%2Fxxx',
      );
    });

    it('writes only the required parameters when the optional ones are absent', () => {
      expect(buildShareLink(required)).toBe('qyx://share?app_id=APPID&share_title=ShareTitle&share_url=https%3A%2F%2Fxxxxxx%2F');
    });

    it.each(blankOptionals)('leaves out a sub_title that is %s', (_, subTitle) => {
      expect(build({ ...basic, subTitle })).toBe(
        'qyx://share?app_id=APPID&share_title=ShareTitle&share_url=https%3A%2F%2Fxxxxxx%2F&thumb_url=http%3A%2F%2Fxxxx%2Fxxx',
      );
    });

    it.each(blankOptionals)('leaves out a thumb_url that is %s', (_, thumbUrl) => {
      expect(build({ ...basic, thumbUrl })).toBe(
        'qyx://share?app_id=APPID&share_title=ShareTitle&sub_title=SubTitle&share_url=https%3A%2F%2Fxxxxxx%2F',
      );
    });

    it.each(blankOptionals)('leaves out share_data_url when data is %s', (_, data) => {
      expect(build({ ...basic, data })).toBe(buildShareLink(basic));
    });

    it('encodes every value with encodeURIComponent: a space is %20, never +', () => {
      expect(buildShareLink({ appId: 'a+b', title: '新品上市 ¥99', subTitle: '50% off & more', url: 'https://x.example/?q=a+b' })).toBe(
        'qyx://share?app_id=a%2Bb&share_title=%E6%96%B0%E5%93%81%E4%B8%8A%E5%B8%82%20%C2%A599' +
          '&sub_title=50%25%20off%20%26%20more&share_url=https%3A%2F%2Fx.example%2F%3Fq%3Da%2Bb',
      );
    });

    it('writes only characters of encodeURIComponent, & and =', () => {
      expect(buildShareLink({ ...basic, title: '#?&=+% "\'', subTitle: '😀\u3000', data: template })).toMatch(linkShape);
    });

    it.each(absoluteHttpUrls)('accepts %s as url and as thumbUrl', (url) => {
      expect(buildShareLink({ ...required, url, thumbUrl: url })).toBe(
        `qyx://share?app_id=APPID&share_title=ShareTitle&share_url=${encodeURIComponent(url)}&thumb_url=${encodeURIComponent(url)}`,
      );
    });
  });

  describe('writes an advanced share', () => {
    it("writes the platform document's advanced-share example with its template, encoded", () => {
      expect(buildShareLink({ ...basic, data: template })).toBe(
        'qyx://share?app_id=APPID&share_title=ShareTitle&sub_title=SubTitle' +
          '&share_data_url=%7B%22tpl_header%22%3A%22vctalk%22%2C%22tpl_version%22%3A%22v1%22%2C%22tpl_type%22' +
          '%3A%22MultipleLine%22%2C%22data%22%3A%5B%22%E5%86%85%E5%AE%B91%22%2C%22%E5%86%85%E5%AE%B92%22%5D%7D' +
          '&share_url=https%3A%2F%2Fxxxxxx%2F&thumb_url=http%3A%2F%2Fxxxx%2Fxxx',
      );
    });

    it("writes the platform document's advanced-share example link with its string data as is", () => {
      expect(buildShareLink({ ...basic, data: 'ShareDataUrl' })).toBe(
        'qyx://share?app_id=APPID&share_title=ShareTitle&sub_title=SubTitle&share_data_url=ShareDataUrl' +
          '&share_url=https%3A%2F%2Fxxxxxx%2F&thumb_url=http%3A%2F%2Fxxxx%2Fxxx',
      );
    });

    it('writes share_data_url between sub_title and share_url', () => {
      const link = buildShareLink({ ...basic, data: 'D' });
      expect(link.indexOf('&sub_title=')).toBeLessThan(link.indexOf('&share_data_url='));
      expect(link.indexOf('&share_data_url=')).toBeLessThan(link.indexOf('&share_url='));
    });

    it('writes a template as compact JSON with tpl_header, tpl_version, tpl_type and data in that order', () => {
      const shuffled = { data: ['a'], tplType: 'T', tplVersion: 'V', tplHeader: 'H' } as ShareTemplate;
      expect(shareData(buildShareLink({ ...required, data: shuffled }))).toBe(
        '{"tpl_header":"H","tpl_version":"V","tpl_type":"T","data":["a"]}',
      );
    });

    it('writes only the four template keys', () => {
      const extra = { ...template, tplExtra: 'x', tpl_header: 'y' } as ShareTemplate;
      expect(shareData(buildShareLink({ ...required, data: extra }))).toBe(
        '{"tpl_header":"vctalk","tpl_version":"v1","tpl_type":"MultipleLine","data":["内容1","内容2"]}',
      );
    });

    it('keeps empty and blank template lines', () => {
      expect(shareData(buildShareLink({ ...required, data: { ...template, data: ['', ' ', '内容'] } }))).toBe(
        '{"tpl_header":"vctalk","tpl_version":"v1","tpl_type":"MultipleLine","data":[""," ","内容"]}',
      );
    });

    it('writes a template without lines', () => {
      expect(shareData(buildShareLink({ ...required, data: { ...template, data: [] } }))).toBe(
        '{"tpl_header":"vctalk","tpl_version":"v1","tpl_type":"MultipleLine","data":[]}',
      );
    });

    it('escapes quotes, backslashes and newlines in template lines as JSON does', () => {
      const lines = ['say "hi"', 'C:\\path', 'two\nlines', '&=+%#'];
      expect(shareData(buildShareLink({ ...required, data: { ...template, data: lines } }))).toBe(
        JSON.stringify({ tpl_header: 'vctalk', tpl_version: 'v1', tpl_type: 'MultipleLine', data: lines }),
      );
    });

    it('passes a string through as it is, spaces and all', () => {
      const data = ' {"tpl_header": "vctalk", "data": ["内容1"]} ';
      expect(shareData(buildShareLink({ ...required, data }))).toBe(data);
      expect(buildShareLink({ ...required, data })).toContain(`&share_data_url=${encodeURIComponent(data)}&`);
    });
  });

  describe('refuses bad options with invalid_option naming the option', () => {
    it.each(missingOrBlank)('refuses an appId that is %s', (_, appId) => {
      expectInvalidOption(() => build({ ...basic, appId }), 'appId');
    });

    it.each(missingOrBlank)('refuses a title that is %s', (_, title) => {
      expectInvalidOption(() => build({ ...basic, title }), 'title');
    });

    it.each(missingOrBlank)('refuses a url that is %s', (_, url) => {
      expectInvalidOption(() => build({ ...basic, url }), 'url');
    });

    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a number', 3],
      ['an empty object', {}],
    ])('refuses options that are %s, naming appId', (_, options) => {
      expectInvalidOption(() => build(options), 'appId');
    });

    describe.each(['appId', 'title', 'subTitle', 'url', 'thumbUrl'])('%s', (option) => {
      it.each(nonStrings)(`refuses ${option} as %s`, (_, value) => {
        expectInvalidOption(() => build({ ...basic, [option]: value }), option);
      });

      it.each(loneSurrogates)(`refuses ${option} holding %s`, (_, text) => {
        const value = option.endsWith('rl') ? `https://x.example/?q=${text}` : text;
        expectInvalidOption(() => build({ ...basic, [option]: value }), option);
      });
    });

    it('refuses a title that is an object with a trim property, as invalid_option, not a TypeError', () => {
      expectInvalidOption(() => build({ ...basic, title: { trim: 0 } }), 'title');
    });

    it.each(notAbsoluteHttpUrls)('refuses a url that is %s', (_, url) => {
      expectInvalidOption(() => buildShareLink({ ...basic, url }), 'url');
    });

    it.each(notAbsoluteHttpUrls)('refuses a thumbUrl that is %s', (_, thumbUrl) => {
      expectInvalidOption(() => buildShareLink({ ...basic, thumbUrl }), 'thumbUrl');
    });

    it.each([
      ['a number', 1],
      ['a boolean', false],
      ['a symbol', Symbol('data')],
      ['a function', () => template],
      ['a bigint', 2n],
    ])('refuses data that is %s', (_, data) => {
      expectInvalidOption(() => build({ ...basic, data }), 'data');
    });

    it.each(loneSurrogates)('refuses a data string holding %s', (_, data) => {
      expectInvalidOption(() => build({ ...basic, data }), 'data');
    });

    it.each([
      ['missing', undefined],
      ['null', null],
      ['a string', '内容1'],
      ['an object', { 0: '内容1', length: 1 }],
    ])('refuses template lines that are %s, naming data.data', (_, lines) => {
      expectInvalidOption(() => build({ ...basic, data: { ...template, data: lines } }), 'data.data');
    });

    it('refuses an array as data, naming data', () => {
      expectInvalidOption(() => build({ ...basic, data: ['内容1', '内容2'] }), 'data');
    });

    it.each([
      ['a number', 1],
      ['null', null],
      ['undefined', undefined],
      ['an array', ['x']],
      ['a String object', Object('x')],
    ])('refuses a template line that is %s, naming data.data[1]', (_, line) => {
      expectInvalidOption(() => build({ ...basic, data: { ...template, data: ['内容1', line] } }), 'data.data[1]');
    });

    it('refuses a template line missing from a sparse array, naming data.data[0]', () => {
      const lines: string[] = [];
      lines[1] = '内容2';
      expectInvalidOption(() => buildShareLink({ ...basic, data: { ...template, data: lines } }), 'data.data[0]');
    });

    it.each(loneSurrogates)('refuses a template line holding %s, naming data.data[1]', (_, line) => {
      expectInvalidOption(() => buildShareLink({ ...basic, data: { ...template, data: ['内容1', line] } }), 'data.data[1]');
    });

    describe.each(['tplHeader', 'tplVersion', 'tplType'])('%s', (key) => {
      it.each(missingOrBlank)(`refuses a template ${key} that is %s, naming data.${key}`, (_, value) => {
        expectInvalidOption(() => build({ ...basic, data: { ...template, [key]: value } }), `data.${key}`);
      });

      it.each(nonStrings)(`refuses a template ${key} that is %s, naming data.${key}`, (_, value) => {
        expectInvalidOption(() => build({ ...basic, data: { ...template, [key]: value } }), `data.${key}`);
      });

      it.each(loneSurrogates)(`refuses a template ${key} holding %s, naming data.${key}`, (_, value) => {
        expectInvalidOption(() => build({ ...basic, data: { ...template, [key]: value } }), `data.${key}`);
      });
    });
  });
});
