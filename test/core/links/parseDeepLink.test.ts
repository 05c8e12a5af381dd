import { describe, expect, it } from 'vitest';
import { VVChatError, parseDeepLink, type ShareTemplate } from '@vvchat/core';
import { expectVVChatError } from './support';

/** Calls the parser with whatever a JavaScript caller might pass. */
const parse = (link: unknown) => parseDeepLink(link as string);

const expectInvalidLink = (link: unknown) => expectVVChatError(() => parse(link), 'invalid_link');

const template: ShareTemplate = { tplHeader: 'vctalk', tplVersion: 'v1', tplType: 'MultipleLine', data: ['内容1', '内容2'] };
const templateJson = '{"tpl_header":"vctalk","tpl_version":"v1","tpl_type":"MultipleLine","data":["内容1","内容2"]}';

const share = 'qyx://share?app_id=APPID&share_title=ShareTitle&share_url=https%3A%2F%2Fxxxxxx%2F';
const shareOptions = { action: 'share', appId: 'APPID', title: 'ShareTitle', url: 'https://xxxxxx/' };
const login = 'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&redirect_uri=http%3A%2F%2Fxxxx.com';

describe('parseDeepLink', () => {
  describe("reads the platform document's example links", () => {
    it.each([
      [
        'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&state=xxxxx&redirect_uri=http%3A%2F%2Fxxxx.com',
        { action: 'login', appId: 'test', scope: 'snsapi_userinfo', state: 'xxxxx', redirectUri: 'http://xxxx.com' },
      ],
      [
        'qyx://qpay?imprest_code=IMPREST_CODE&app_id=APP_ID&redirect_uri=http%3A%2F%2Fxxxx%2Fxxx',
        { action: 'pay', imprestCode: 'IMPREST_CODE', appId: 'APP_ID', redirectUri: 'http://xxxx/xxx' },
      ],
      ['qyx://openSessionView?open_id=OPEN_ID', { action: 'customer-service', openId: 'OPEN_ID' }],
      [
        'qyx://share?app_id=APPID&share_title=ShareTitle&sub_title=SubTitle&share_url=https%3A%2F%2Fxxxxxx%2F&thumb_url=http%3A%2F%2Fxxxx%2Fxxx',
        { ...shareOptions, subTitle: 'SubTitle', thumbUrl: 'http://xxxx/xxx' },
      ],
      [
        'qyx://share?app_id=APPID&share_title=ShareTitle&sub_title=SubTitle&share_data_url=ShareDataUrl&share_url=https%3A%2F%2Fxxxxxx%2F&thumb_url=http%3A%2F%2Fxxxx%2Fxxx',
        { ...shareOptions, subTitle: 'SubTitle', data: 'ShareDataUrl', thumbUrl: 'http://xxxx/xxx' },
      ],
    ])('reads %s', (link, expected) => {
      expect(parseDeepLink(link)).toStrictEqual(expected);
    });

    it.each([
      [
        'qyx://thirdlogin?app_id=test&scope=snsapi_userinfo&state=xxxxx&redirect_uri=http://xxxx.com',
        { action: 'login', appId: 'test', scope: 'snsapi_userinfo', state: 'xxxxx', redirectUri: 'http://xxxx.com' },
      ],
      [
        'qyx://qpay?imprest_code=IMPREST_CODE&app_id=APP_ID&redirect_uri=http://xxxx/xxx',
        { action: 'pay', imprestCode: 'IMPREST_CODE', appId: 'APP_ID', redirectUri: 'http://xxxx/xxx' },
      ],
      [
        'qyx://share?app_id=APPID&share_title=ShareTitle&sub_title=SubTitle&share_data_url=ShareDataUrl&share_url=https://xxxxxx/&thumb_url=http://xxxx/xxx',
        { ...shareOptions, subTitle: 'SubTitle', data: 'ShareDataUrl', thumbUrl: 'http://xxxx/xxx' },
      ],
    ])('reads the raw, unencoded form %s as the document writes it', (link, expected) => {
      expect(parseDeepLink(link)).toStrictEqual(expected);
    });

    it('reads the advanced-share template back as a ShareTemplate', () => {
      expect(parseDeepLink(`${share}&share_data_url=${encodeURIComponent(templateJson)}`)).toStrictEqual({
        ...shareOptions,
        data: template,
      });
    });
  });

  describe('reads values with URL query rules', () => {
    it('reads + as a space', () => {
      expect(parseDeepLink('qyx://openSessionView?open_id=a+b')).toStrictEqual({ action: 'customer-service', openId: 'a b' });
    });

    it('reads %2B as a plus and %20 as a space', () => {
      expect(parseDeepLink('qyx://openSessionView?open_id=a%2Bb%20c')).toStrictEqual({
        action: 'customer-service',
        openId: 'a+b c',
      });
    });

    it('decodes UTF-8, CJK and emoji', () => {
      expect(parseDeepLink('qyx://openSessionView?open_id=%E5%AE%A2%E6%9C%8D%F0%9F%98%80')).toStrictEqual({
        action: 'customer-service',
        openId: '客服😀',
      });
    });

    it('decodes a redirect URI once, leaving its own encoding in place', () => {
      expect(
        parseDeepLink('qyx://qpay?imprest_code=I&app_id=A&redirect_uri=https%3A%2F%2Fx.example%2F%3Fnext%3D%252Fhome'),
      ).toStrictEqual({ action: 'pay', imprestCode: 'I', appId: 'A', redirectUri: 'https://x.example/?next=%2Fhome' });
    });

    it('reads the scheme in any case', () => {
      expect(parseDeepLink('QYX://openSessionView?open_id=O')).toStrictEqual({ action: 'customer-service', openId: 'O' });
      expect(parseDeepLink('Qyx://qpay?imprest_code=I&app_id=A')).toStrictEqual({ action: 'pay', imprestCode: 'I', appId: 'A' });
    });

    it('reads parameters in any order', () => {
      expect(parseDeepLink('qyx://thirdlogin?redirect_uri=https%3A%2F%2Fa.example&state=S&scope=s&app_id=A')).toStrictEqual({
        action: 'login',
        appId: 'A',
        scope: 's',
        state: 'S',
        redirectUri: 'https://a.example',
      });
    });

    it('ignores parameters it does not know', () => {
      expect(parseDeepLink('qyx://openSessionView?utm_source=x&open_id=O&extra=%E4%B8%AD&open_id_2=1&=&&')).toStrictEqual({
        action: 'customer-service',
        openId: 'O',
      });
    });

    it('ignores parameters that belong to another action', () => {
      expect(parseDeepLink('qyx://openSessionView?open_id=O&app_id=A&redirect_uri=javascript:x')).toStrictEqual({
        action: 'customer-service',
        openId: 'O',
      });
    });

    it.each(['', '%20', '+', '%09%0A'])('drops a blank optional parameter written as %j', (blank) => {
      expect(parseDeepLink(`${login}&state=${blank}`)).toStrictEqual({
        action: 'login',
        appId: 'test',
        scope: 'snsapi_userinfo',
        redirectUri: 'http://xxxx.com',
      });
      expect(parseDeepLink(`${share}&sub_title=${blank}&share_data_url=${blank}&thumb_url=${blank}`)).toStrictEqual(
        shareOptions,
      );
    });

    it('keeps the spaces around a value that has text in it', () => {
      expect(parseDeepLink('qyx://openSessionView?open_id=%20O+')).toStrictEqual({ action: 'customer-service', openId: ' O ' });
    });

    it('names each action login, pay, customer-service or share', () => {
      expect(parseDeepLink(login).action).toBe('login');
      expect(parseDeepLink('qyx://qpay?imprest_code=I&app_id=A').action).toBe('pay');
      expect(parseDeepLink('qyx://openSessionView?open_id=O').action).toBe('customer-service');
      expect(parseDeepLink(share).action).toBe('share');
    });
  });

  describe('reads share data', () => {
    it('returns data that is exactly the compact template JSON as a ShareTemplate', () => {
      const json = '{"tpl_header":"h","tpl_version":"v","tpl_type":"t","data":[""," ","a&b"]}';
      expect(parseDeepLink(`${share}&share_data_url=${encodeURIComponent(json)}`)).toStrictEqual({
        ...shareOptions,
        data: { tplHeader: 'h', tplVersion: 'v', tplType: 't', data: ['', ' ', 'a&b'] },
      });
    });

    it.each([
      ['JSON with spaces', '{"tpl_header": "vctalk", "tpl_version": "v1", "tpl_type": "MultipleLine", "data": ["内容1"]}'],
      ['JSON with its keys in another order', '{"tpl_version":"v1","tpl_header":"vctalk","tpl_type":"MultipleLine","data":[]}'],
      ['JSON with an extra key', '{"tpl_header":"vctalk","tpl_version":"v1","tpl_type":"MultipleLine","data":[],"x":1}'],
      ['JSON without data', '{"tpl_header":"vctalk","tpl_version":"v1","tpl_type":"MultipleLine"}'],
      ['JSON with a number line', '{"tpl_header":"vctalk","tpl_version":"v1","tpl_type":"MultipleLine","data":[1]}'],
      ['JSON with a blank header', '{"tpl_header":" ","tpl_version":"v1","tpl_type":"MultipleLine","data":[]}'],
      ['JSON with an escaped lone surrogate', '{"tpl_header":"vctalk","tpl_version":"v1","tpl_type":"MultipleLine","data":["\\ud800"]}'],
      ['JSON null', 'null'],
      ['a JSON array', '["内容1"]'],
      ['a JSON string', '"vctalk"'],
      ['broken JSON', '{"tpl_header":'],
      ['plain text', 'ShareDataUrl'],
    ])('returns data that is %s as the string', (_, data) => {
      expect(parseDeepLink(`${share}&share_data_url=${encodeURIComponent(data)}`)).toStrictEqual({ ...shareOptions, data });
    });
  });

  describe('refuses anything else with invalid_link', () => {
    it.each([
      ['another scheme', 'https://thirdlogin?app_id=a&scope=s&redirect_uri=https%3A%2F%2Fa.example'],
      ['a weixin: link', 'weixin://qpay?imprest_code=I&app_id=A'],
      ['a scheme without slashes', 'qyx:openSessionView?open_id=O'],
      ['a scheme with one slash', 'qyx:/openSessionView?open_id=O'],
      ['a scheme with three slashes', 'qyx:///openSessionView?open_id=O'],
      ['a space before the scheme', ' qyx://openSessionView?open_id=O'],
      ['an unknown action', 'qyx://pay?imprest_code=I&app_id=A'],
      ['the login action in another case', 'qyx://ThirdLogin?app_id=a&scope=s&redirect_uri=https%3A%2F%2Fa.example'],
      ['the pay action in capitals', 'qyx://QPAY?imprest_code=I&app_id=A'],
      ['the customer-service action in lower case', 'qyx://opensessionview?open_id=O'],
      ['the share action in capitals', 'qyx://SHARE?app_id=A&share_title=T&share_url=https%3A%2F%2Fa.example'],
      ['an action name such as constructor', 'qyx://constructor?open_id=O'],
      ['an action name such as __proto__', 'qyx://__proto__?open_id=O'],
      ['an action name such as toString', 'qyx://toString?open_id=O'],
      ['a path after the action', 'qyx://openSessionView/x?open_id=O'],
      ['a link without a query', 'qyx://openSessionView'],
      ['a link with an empty query', 'qyx://openSessionView?'],
      ['a fragment', 'qyx://openSessionView?open_id=O#top'],
      ['an empty fragment', 'qyx://openSessionView?open_id=O#'],
      ['a fragment holding the query', 'qyx://openSessionView#?open_id=O'],
      ['an empty string', ''],
      ['a bare scheme', 'qyx://'],
      ['text', 'open_id=O'],
    ])('refuses %s', (_, link) => {
      expectInvalidLink(link);
    });

    it.each([
      ['undefined', undefined],
      ['null', null],
      ['a number', 42],
      ['an object', { action: 'customer-service', openId: 'O' }],
      ['an array', ['qyx://openSessionView?open_id=O']],
      ['a URL object', new URL('qyx://openSessionView?open_id=O')],
      ['a String object', Object('qyx://openSessionView?open_id=O')],
      ['a symbol', Symbol('qyx://openSessionView?open_id=O')],
      ['a function', () => 'qyx://openSessionView?open_id=O'],
    ])('refuses a link that is %s', (_, link) => {
      expectInvalidLink(link);
    });

    it.each([
      ['a lone %', 'qyx://openSessionView?open_id=50%'],
      ['a % before non-hex digits', 'qyx://openSessionView?open_id=%zz'],
      ['a % with one hex digit', 'qyx://openSessionView?open_id=%4'],
      ['a truncated UTF-8 sequence', 'qyx://openSessionView?open_id=%E4%B8'],
      ['an invalid UTF-8 byte', 'qyx://openSessionView?open_id=%FF'],
      ['an encoded lone surrogate', 'qyx://openSessionView?open_id=%ED%A0%80'],
      ['malformed encoding in a parameter it ignores', 'qyx://openSessionView?open_id=O&x=%E4'],
      ['malformed encoding in a name', 'qyx://openSessionView?open_id=O&%zz=1'],
    ])('refuses malformed percent-encoding: %s', (_, link) => {
      expectInvalidLink(link);
    });

    it.each([
      ['open_id', 'qyx://openSessionView?open_id=O&open_id=O'],
      ['open_id, once empty', 'qyx://openSessionView?open_id=O&open_id='],
      ['state', `${login}&state=a&state=b`],
      ['scope', `${login}&scope=snsapi_userinfo`],
      ['imprest_code', 'qyx://qpay?imprest_code=I&app_id=A&imprest_code=J'],
      ['redirect_uri', 'qyx://qpay?imprest_code=I&app_id=A&redirect_uri=https%3A%2F%2Fa.example&redirect_uri=https%3A%2F%2Fb.example'],
      ['share_data_url', `${share}&share_data_url=a&share_data_url=b`],
      ['thumb_url', `${share}&thumb_url=https%3A%2F%2Fa.example&thumb_url=https%3A%2F%2Fa.example`],
    ])('refuses a repeated %s', (_, link) => {
      expectInvalidLink(link);
    });

    it.each([
      ['a login link without app_id', 'qyx://thirdlogin?scope=s&redirect_uri=https%3A%2F%2Fa.example'],
      ['a login link without scope', 'qyx://thirdlogin?app_id=a&redirect_uri=https%3A%2F%2Fa.example'],
      ['a login link with a blank scope', 'qyx://thirdlogin?app_id=a&scope=+&redirect_uri=https%3A%2F%2Fa.example'],
      ['a login link without redirect_uri', 'qyx://thirdlogin?app_id=a&scope=s'],
      ['a pay link without imprest_code', 'qyx://qpay?app_id=A'],
      ['a pay link without app_id', 'qyx://qpay?imprest_code=I'],
      ['a customer-service link with a blank open_id', 'qyx://openSessionView?open_id=%20'],
      ['a share link without app_id', 'qyx://share?share_title=T&share_url=https%3A%2F%2Fa.example'],
      ['a share link without share_title', 'qyx://share?app_id=A&share_url=https%3A%2F%2Fa.example'],
      ['a share link without share_url', 'qyx://share?app_id=A&share_title=T'],
      ['a parameter written in another case', 'qyx://openSessionView?OPEN_ID=O'],
    ])('refuses %s', (_, link) => {
      expectInvalidLink(link);
    });

    it.each([
      ['a javascript: redirect_uri', `qyx://thirdlogin?app_id=a&scope=s&redirect_uri=${encodeURIComponent('javascript:alert(1)')}`, 'redirectUri'],
      ['a raw javascript: redirect_uri', 'qyx://thirdlogin?app_id=a&scope=s&redirect_uri=javascript:alert(1)', 'redirectUri'],
      ['a data: redirect_uri on a pay link', 'qyx://qpay?imprest_code=I&app_id=A&redirect_uri=data:text/html,x', 'redirectUri'],
      ['a protocol-relative redirect_uri', 'qyx://qpay?imprest_code=I&app_id=A&redirect_uri=%2F%2Fevil.example', 'redirectUri'],
      ['a relative share_url', 'qyx://share?app_id=A&share_title=T&share_url=%2Fitems%2F1', 'url'],
      ['a share_url with a space', 'qyx://share?app_id=A&share_title=T&share_url=https://a.example/a+b', 'url'],
      ['a javascript: thumb_url', `${share}&thumb_url=javascript:alert(1)`, 'thumbUrl'],
    ])('refuses %s, with the builder’s invalid_option error as its cause', (_, link, option) => {
      const error = expectInvalidLink(link);
      expect(error.cause).toBeInstanceOf(VVChatError);
      expect((error.cause as VVChatError).code).toBe('invalid_option');
      expect((error.cause as VVChatError).message.startsWith(`${option} `)).toBe(true);
    });

    it('gives the decoding error as the cause of malformed encoding', () => {
      expect(expectInvalidLink('qyx://openSessionView?open_id=%E4').cause).toBeInstanceOf(Error);
    });
  });
});
