// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { trapBrowserGlobals, type Access } from '../support/serverGlobals';

/**
 * Every browser global throws when read (a `typeof` probe excepted), as on a server, from here on:
 * before the packages are imported (dynamically, below).
 */
const { accesses, touches } = trapBrowserGlobals();

type Modules = [
  typeof import('react'),
  typeof import('react-dom/server'),
  typeof import('@tanstack/react-query'),
  typeof import('@vvchat/react'),
];
let modules: Modules;
let touchesAtImport: Access[];

beforeAll(async () => {
  modules = await Promise.all([import('react'), import('react-dom/server'), import('@tanstack/react-query'), import('@vvchat/react')]);
  touchesAtImport = touches();
});

function App() {
  const [{ createElement: h }, , , vv] = modules;
  function Login() {
    const { status } = vv.useVVChatLogin({ exchangeCode: (code) => Promise.resolve({ name: code }) });
    return h('p', null, `login: ${status}`);
  }
  function Pay() {
    const { status } = vv.useQPay({ createOrder: (sku: string) => Promise.resolve(`IMP-${sku}`), verifyPayment: async () => 'paid' as const });
    return h('p', null, `pay: ${status}`);
  }
  function Share() {
    const { status } = vv.useShare();
    return h('p', null, `share: ${status}`);
  }
  function Support() {
    const { status } = vv.useCustomerService({ openId: 'OPEN_ID' });
    return h('p', null, `customer service: ${status}`);
  }
  function Locale() {
    return h('p', null, `locale: ${vv.useVVChatLocale()}`);
  }
  return h('main', null, h(Login), h(Pay), h(Share), h(Support), h(Locale));
}

describe('server rendering', () => {
  it('catches a read of a browser global, and lets a typeof probe through', () => {
    const before = accesses.length;
    expect(() => (globalThis as { window?: unknown }).window).toThrow(/window was read on the server/);
    expect(typeof document).toBe('undefined');
    expect(accesses.slice(before).map(({ name, probe }) => [name, probe])).toEqual([
      ['window', false],
      ['document', true],
    ]);
    accesses.length = before;
  });

  it('imports @vvchat/react and @vvchat/core without touching browser globals', async () => {
    const before = accesses.length;
    await import('@vvchat/core');
    expect(touchesAtImport).toEqual([]);
    expect(touches(before)).toEqual([]);
  });

  it('renders the provider and every hook to a string without touching browser globals', () => {
    const [{ createElement: h }, { renderToString }, , vv] = modules;
    const before = accesses.length;

    const html = renderToString(h(vv.VVChatProvider, { appId: 'test-app' }, h(App)));

    expect(touches(before)).toEqual([]);
    expect(html).toContain('login: idle');
    expect(html).toContain('pay: idle');
    expect(html).toContain('share: idle');
    expect(html).toContain('customer service: idle');
    expect(html).toContain('locale: zh-CN');
  });

  it('renders inside an app QueryClientProvider, with every provider prop, without touching browser globals', () => {
    const [{ createElement: h }, { renderToString }, { QueryClient, QueryClientProvider }, vv] = modules;
    const before = accesses.length;
    const launcher = { launch: () => Promise.resolve({ outcome: 'opened' as const, elapsedMs: 0 }) };

    const html = renderToString(
      h(
        QueryClientProvider,
        { client: new QueryClient() },
        h(
          vv.VVChatProvider,
          {
            appId: 'test-app',
            redirectUri: 'https://shop.example/back',
            launcher,
            storage: null,
            fallbackUrl: 'https://vvchat.example/download',
            locale: 'en',
            shareResultChannel: () => () => undefined,
          },
          h(App),
        ),
      ),
    );

    expect(touches(before)).toEqual([]);
    expect(html).toContain('login: idle');
    expect(html).toContain('locale: en');
  });

  it('renders twice on one server (two requests) without sharing or touching anything', () => {
    const [{ createElement: h }, { renderToString }, , vv] = modules;
    const before = accesses.length;
    const first = renderToString(h(vv.VVChatProvider, { appId: 'a' }, h(App)));
    const second = renderToString(h(vv.VVChatProvider, { appId: 'a' }, h(App)));
    expect(second).toBe(first);
    expect(touches(before)).toEqual([]);
  });
});
