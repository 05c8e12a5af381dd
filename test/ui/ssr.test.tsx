// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { trapBrowserGlobals, type Access } from '../support/serverGlobals';

/**
 * Every browser global throws when read (a `typeof` probe excepted), as on a server, from here on:
 * before the packages are imported (dynamically, below).
 */
const { accesses, touches } = trapBrowserGlobals();

let server: typeof import('react-dom/server');
let query: typeof import('@tanstack/react-query');
let vv: typeof import('@vvchat/react');
let ui: typeof import('@vvchat/ui');
let touchesAtImport: Access[];

beforeAll(async () => {
  [server, query, vv, ui] = await Promise.all([
    import('react-dom/server'),
    import('@tanstack/react-query'),
    import('@vvchat/react'),
    import('@vvchat/ui'),
  ]);
  touchesAtImport = touches();
});

function count(html: string, text: string): number {
  return html.split(text).length - 1;
}

function page(locale?: 'zh-CN' | 'en') {
  const { VVChatProvider } = vv;
  const { VVChatLoginButton, QPayButton, ShareButton, CustomerServiceButton } = ui;
  const launcher = { launch: () => Promise.resolve({ outcome: 'opened' as const, elapsedMs: 0 }) };
  return (
    <VVChatProvider appId="test" launcher={launcher} storage={null} locale={locale} queryClient={new query.QueryClient()}>
      <VVChatLoginButton exchangeCode={(code) => Promise.resolve({ code })} />
      <QPayButton createOrder={() => Promise.resolve('IMPREST-1')} amount={12} />
      <ShareButton content={{ title: '新品上市', url: 'https://shop.example/items/42' }} variant="outline" />
      <CustomerServiceButton openId="OPEN_ID" size="lg" block />
    </VVChatProvider>
  );
}

describe('server rendering of @vvchat/ui', () => {
  it('catches a read of a browser global, and lets a typeof probe through', () => {
    const before = accesses.length;
    expect(() => (globalThis as { navigator?: unknown }).navigator).toThrow(/navigator was read on the server/);
    expect(typeof window).toBe('undefined');
    expect(accesses.slice(before).map(({ name, probe }) => [name, probe])).toEqual([
      ['navigator', false],
      ['window', true],
    ]);
    accesses.length = before;
  });

  it('imports without touching browser globals', () => {
    expect(touchesAtImport).toEqual([]);
  });

  it('renders the provider with all four buttons to a string without touching browser globals', () => {
    const before = accesses.length;
    const html = server.renderToString(page());
    expect(touches(before)).toEqual([]);

    expect(count(html, '<button')).toBe(4);
    expect(count(html, 'type="button"')).toBe(4);
    expect(count(html, 'data-status="idle"')).toBe(4);
    expect(count(html, 'role="status"')).toBe(4);
    expect(html).not.toContain('aria-busy');
    expect(html).not.toContain('disabled');
    for (const label of ['VVChat 登录', 'QPay 支付 ¥12.00', '分享到 VVChat', '联系客服']) expect(html).toContain(label);
    expect(html).toContain('data-variant="outline"');
    expect(html).toContain('data-size="lg"');
    expect(html).toContain('data-block=""');
  });

  it("renders the provider's locale", () => {
    const before = accesses.length;
    const html = server.renderToString(page('en'));
    expect(touches(before)).toEqual([]);
    for (const label of ['Log in with VVChat', 'Pay with QPay ¥12.00', 'Share to VVChat', 'Contact support']) expect(html).toContain(label);
  });
});
