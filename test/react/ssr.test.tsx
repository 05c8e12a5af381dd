// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * A server has no `window`, `document`, `navigator`, `location` or storage. Each of them becomes a
 * getter on `globalThis` that records who read it and throws, before the packages are imported.
 * The one read allowed is a `typeof x` probe (how code finds out it runs on a server): a getter
 * can't tell that read from others, so it looks at the calling source line, and answers
 * `undefined` there, as a server would.
 */
const browserGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'history', 'self'];

interface Access {
  name: string;
  at: string;
  probe: boolean;
}

const accesses: Access[] = [];
const lines = new Map<string, string[]>();

function sourceLine(file: string, line: number): string {
  if (!lines.has(file)) {
    try {
      lines.set(file, readFileSync(file.startsWith('file:') ? fileURLToPath(file) : file, 'utf8').split('\n'));
    } catch {
      lines.set(file, []);
    }
  }
  return lines.get(file)![line - 1] ?? '';
}

/** Whether the caller reads `name` as `typeof name` (or `typeof globalThis.name`). */
function isTypeofProbe(name: string, caller: string): boolean {
  const frame = /\(?((?:file:\/\/)?\/[^()]+?):(\d+):(\d+)\)?$/.exec(caller.trim());
  if (!frame) return false;
  const line = sourceLine(frame[1]!, Number(frame[2]));
  const column = Number(frame[3]) - 1;
  const at = line.slice(Math.max(0, column - 20), column + 40);
  return new RegExp(`typeof\\s*\\(?\\s*(?:globalThis\\.|window\\.)?${name}\\b`).test(at);
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

/** Accesses that were not `typeof` probes. */
const touches = (since = 0) => accesses.slice(since).filter((access) => !access.probe);

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
