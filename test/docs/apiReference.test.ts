import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const reference = join(root, 'node_modules/.cache/api-reference');
const manualPage = join(root, 'stories/guides/ApiReference.mdx');

const packages = ['core', 'react', 'ui', 'simulator'].map((dir) => ({
  name: `@vvchat/${dir}`,
  entry: join(root, 'packages', dir, 'src/index.ts'),
}));

/** Everything each package's src/index.ts exports, values and types, as TypeScript sees it. */
function typeScriptExports(): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram({ rootNames: packages.map((p) => p.entry), options: { ...config!.options, noEmit: true } });
  const checker = program.getTypeChecker();
  return new Map(
    packages.map(({ name, entry }) => {
      const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
      return [name, checker.getExportsOfModule(module).map((symbol) => symbol.name)];
    }),
  );
}

/** The page's `<title>`: "buildLoginLink | vvchat-react". */
const titleOf = (file: string) => /<title>([^<|]*)/.exec(readFileSync(file, 'utf8'))?.[1]?.trim();

let pages: Record<string, Record<string, string | null>>;
let exported: Map<string, string[]>;

beforeAll(async () => {
  // Builds the reference as `pnpm storybook` does (nothing to do when it is up to date).
  await promisify(execFile)(process.execPath, [join(root, 'scripts/api-docs.mjs')], { cwd: root });
  pages = JSON.parse(readFileSync(join(reference, 'exports.json'), 'utf8')) as typeof pages;
  exported = typeScriptExports();
}, 120_000);

describe('the API reference (issue 12)', () => {
  it.each(packages.map((p) => p.name))('gives every export of %s a page of its own name', (name) => {
    const names = exported.get(name)!;
    expect(names.length).toBeGreaterThan(5);
    const withoutPage = names.filter((exportName) => {
      const page = pages[name]?.[exportName];
      return !page || !existsSync(join(reference, page)) || titleOf(join(reference, page)) !== exportName;
    });
    expect(withoutPage, `exports of ${name} without a page in the API reference`).toEqual([]);
    // …and documents nothing the package does not export.
    expect(Object.keys(pages[name] ?? {}).sort()).toEqual([...names].sort());
  });

  it.each(packages)('knows every export $name has at run time', async ({ name, entry }) => {
    const module = (await import(/* @vite-ignore */ entry)) as Record<string, unknown>;
    expect(Object.keys(module).filter((key) => !exported.get(name)!.includes(key))).toEqual([]);
  });

  it('shows a re-export on the page of the package that defines it', () => {
    expect(pages['@vvchat/react']?.VVChatError).toBe(pages['@vvchat/core']?.VVChatError);
    expect(pages['@vvchat/core']?.VVChatError).toMatch(/^classes\/_vvchat_core\./);
  });

  it("is linked from the manual's API reference page, every link to a page that exists", () => {
    const mdx = readFileSync(manualPage, 'utf8');
    expect(mdx).toMatch(/<Meta title="API reference" \/>/);
    const links = [...mdx.matchAll(/href="(api-reference\/[^"#]*)[^"]*"/g)].map((match) => match[1]!);
    expect(links).toContain('api-reference/index.html');
    for (const { name } of packages) expect(links).toContain(`api-reference/modules/${name.replace(/[@/]/g, '_')}.html`);
    expect(links.filter((link) => !existsSync(join(reference, link.slice('api-reference/'.length))))).toEqual([]);
    // The links leave Storybook's docs frame for the whole window.
    expect([...mdx.matchAll(/<a [^>]*href="api-reference\/[^>]*>/g)].filter(([tag]) => !tag.includes('target="_top"'))).toEqual([]);
  });

  it('links back to the manual from its pages, at any depth', () => {
    const back = (file: string) => /<a href="([^"]*)" class="tsd-nav-link">← Manual/.exec(readFileSync(join(reference, file), 'utf8'))?.[1];
    expect(back('index.html')).toBe('../index.html?path=/docs/api-reference--docs');
    expect(back(pages['@vvchat/core']!.buildLoginLink!)).toBe('../../index.html?path=/docs/api-reference--docs');
  });
});
