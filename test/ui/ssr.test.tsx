// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * A server has no `window`, `document`, `navigator`, `location` or storage. Each becomes a
 * getter on `globalThis` that records the read and throws, before the packages are imported
 * (dynamically, below). The one read allowed is a `typeof x` probe, which is how code finds out
 * it runs on a server: a getter can't tell that read from others, so it looks at the calling
 * source line and answers `undefined` there, as a server would.
 */
const browserGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'history', 'self'];

interface Access {
  name: string;
  at: string;
  probe: boolean;
}

const accesses: Access[] = [];
const sources = new Map<string, string[]>();

function sourceLine(file: string, line: number): string {
  if (!sources.has(file)) {
    try {
      sources.set(file, readFileSync(file.startsWith('file:') ? fileURLToPath(file) : file, 'utf8').split('\n'));
    } catch {
      sources.set(file, []);
    }
  }
  return sources.get(file)![line - 1] ?? '';
}

/** Whether the caller reads `name` as `typeof name` (or `typeof globalThis.name`). */
function isTypeofProbe(name: string, caller: string): boolean {
  const frame = /\(?((?:file:\/\/)?\/[^()]+?):(\d+):(\d+)\)?$/.exec(caller.trim());
  if (!frame) return false;
  const line = sourceLine(frame[1]!, Number(frame[2]));
  const column = Number(frame[3]) - 1;
  const around = line.slice(Math.max(0, column - 20), column + 40);
  return new RegExp(`typeof\\s*\\(?\\s*(?:globalThis\\.|window\\.)?${name}\\b`).test(around);
}

for (const name of browserGlobals) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const caller = (new Error().stack ?? '').split('\n')[2] ?? '';
      const access = { name, at: caller.trim(), probe: isTypeofProbe(name, caller) };
      accesses.push(access);
      if (access.probe) return undefined;
      throw new Error(`${name} was read on the server ${access.at}`);
    },
  });
}

/** Reads that were not `typeof` probes. */
const touches = (since = 0) => accesses.slice(since).filter((access) => !access.probe);

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
