import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { storyNameFromExport } from 'storybook/internal/csf';
import { snippet } from '../../stories/components/snippet';

/** Each component's stories, as Storybook reads them: the meta's args under each story's. */
const modules = {
  VVChatLoginButton: () => import('../../stories/components/VVChatLoginButton.stories'),
  QPayButton: () => import('../../stories/components/QPayButton.stories'),
  ShareButton: () => import('../../stories/components/ShareButton.stories'),
  CustomerServiceButton: () => import('../../stories/components/CustomerServiceButton.stories'),
  GuidanceDialog: () => import('../../stories/GuidanceDialog.stories'),
};

type Module = { default: { args?: Record<string, unknown> } } & Record<string, unknown>;

/** TypeScript's syntax errors for `code` as the body of a TSX module. */
function syntaxErrors(code: string): string[] {
  const [imports, ...rest] = code.split('\n\n');
  const source = `${imports}\nconst api: any = {};\nexport const page = (\n<>\n${rest.join('\n\n')}\n</>\n);\n`;
  const file = ts.createSourceFile('snippet.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  return (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('"Show code" on the component stories (issue 12: `exchangeCode={function hY(){}}` and gallery wrappers)', () => {
  it.each(Object.keys(modules) as (keyof typeof modules)[])('gives pasteable code for every story of %s', async (component) => {
    const module = (await modules[component]()) as Module;
    const stories = Object.entries(module).filter(([name, value]) => name !== 'default' && typeof value === 'object' && value !== null);
    expect(stories.length).toBeGreaterThan(3);
    for (const [exportName, story] of stories) {
      const { name, args } = story as { name?: string; args?: Record<string, unknown> };
      const code = snippet(component, name ?? storyNameFromExport(exportName), { ...module.default.args, ...args });
      expect(code, exportName).toMatch(new RegExp(`^import \\{ ${component} \\} from '@vvchat/ui';\\n\\n`));
      expect(code, exportName).toContain(`<${component}`);
      expect(code, exportName).not.toMatch(/function|noRefCheck|mock|never\(\)|\[object Object\]|=\{undefined\}/);
      expect(syntaxErrors(code), `${exportName}:\n${code}`).toEqual([]);
    }
  });

  it('writes the calls a real page makes for the function props, and leaves the defaults out', () => {
    const code = snippet('QPayButton', 'Paid', {
      createOrder: () => Promise.resolve('IMP'),
      verifyPayment: async () => 'paid',
      amount: 12,
      size: 'md',
      variant: 'primary',
      block: false,
      labels: { idle: "去'支付" },
    });
    expect(code).toBe(
      [
        "import { QPayButton } from '@vvchat/ui';",
        '',
        '<QPayButton',
        '  createOrder={(input) => api.createOrder(input)}',
        '  verifyPayment={(order) => api.orderStatus(order.imprestCode)}',
        '  amount={12}',
        "  labels={{ idle: '去\\'支付' }}",
        '/>',
      ].join('\n'),
    );
  });

  it('shows a gallery story as one element per value, and the dark one inside data-theme="dark"', () => {
    expect(snippet('ShareButton', 'Sizes', { content: { title: 'T', url: '/x' } })).toBe(
      [
        "import { ShareButton } from '@vvchat/ui';",
        '',
        "<ShareButton content={{ title: 'T', url: '/x' }} size=\"sm\" />",
        "<ShareButton content={{ title: 'T', url: '/x' }} />",
        "<ShareButton content={{ title: 'T', url: '/x' }} size=\"lg\" />",
      ].join('\n'),
    );
    expect(snippet('CustomerServiceButton', 'Dark Theme', { openId: 'o' })).toBe(
      [
        "import { CustomerServiceButton } from '@vvchat/ui';",
        '',
        '<div data-theme="dark">',
        '  <CustomerServiceButton openId="o" />',
        '  <CustomerServiceButton openId="o" variant="outline" />',
        '  <CustomerServiceButton openId="o" variant="ghost" />',
        '</div>',
      ].join('\n'),
    );
  });

  it('breaks a long object a key per line', () => {
    const content = { title: '新品上市', subTitle: '限时 8 折', url: 'https://shop.example/items/42', data: { tplHeader: 'vctalk', data: ['¥99 起', '今日包邮'] } };
    expect(snippet('ShareButton', 'Default', { content })).toBe(
      [
        "import { ShareButton } from '@vvchat/ui';",
        '',
        '<ShareButton',
        '  content={{',
        "    title: '新品上市',",
        "    subTitle: '限时 8 折',",
        "    url: 'https://shop.example/items/42',",
        "    data: { tplHeader: 'vctalk', data: ['¥99 起', '今日包邮'] },",
        '  }}',
        '/>',
      ].join('\n'),
    );
  });

  it('puts children between the tags and a block button in a phone-width column', () => {
    expect(snippet('VVChatLoginButton', 'Block', { block: true, children: '登录' })).toBe(
      ["import { VVChatLoginButton } from '@vvchat/ui';", '', '<div style={{ maxInlineSize: 320 }}>', '  <VVChatLoginButton block>登录</VVChatLoginButton>', '</div>'].join('\n'),
    );
  });
});
