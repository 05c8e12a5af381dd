// "Guides/Your backend" and "Guides/On a real phone": they compile as Storybook compiles them, show
// the real example files, and link only to pages that exist.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toId } from 'storybook/internal/csf';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const guides = join(root, 'stories/guides');
const pages = ['Backend.mdx', 'RealPhone.mdx'];

/** The MDX options the manual gives addon-docs in .storybook/main.ts (remark-gfm, for tables). */
async function manualMdxOptions(): Promise<object> {
  const { default: config } = await import('../../.storybook/main');
  const docs = config.addons?.find((addon) => typeof addon === 'object' && addon.name === '@storybook/addon-docs');
  return (docs as { options?: { mdxPluginOptions?: object } } | undefined)?.options?.mdxPluginOptions ?? {};
}

/** Compiles MDX with Storybook's own loader (the one its builder runs) and the manual's options, so a page that would not build fails here. */
async function compileMdx(source: string, path: string): Promise<string> {
  const { default: loader } = await import('@storybook/addon-docs/mdx-loader');
  const options = await manualMdxOptions();
  return new Promise((resolvePromise, reject) => {
    const done = (error: unknown, code?: string) => (error || code === undefined ? reject(new Error(`${path} does not compile`, { cause: error })) : resolvePromise(code));
    loader.call({ async: () => done, getOptions: () => options, resourcePath: path }, source);
  });
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Every docs page's id: the MDX pages' `<Meta title>`, and the stories with autodocs. */
async function docsIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const file of await filesUnder(join(root, 'stories'))) {
    const source = await readFile(file, 'utf8');
    const title = file.endsWith('.mdx')
      ? /<Meta\s+title="([^"]+)"/.exec(source)?.[1]
      : file.endsWith('.stories.tsx') && source.includes("'autodocs'")
        ? /^\s+title: '([^']+)'/m.exec(source)?.[1]
        : undefined;
    if (title) ids.add(toId(title, 'Docs'));
  }
  return ids;
}

// Issue 12, seen in the built manual: the guides' Markdown tables printed as lines of `|` text
// (MDX without GitHub-flavoured Markdown).
describe('every MDX page of the manual', () => {
  it('renders its Markdown tables as tables', async () => {
    const mdx = (await filesUnder(join(root, 'stories'))).filter((file) => file.endsWith('.mdx'));
    const withTables = [];
    for (const file of mdx) {
      const source = await readFile(file, 'utf8');
      if (!/^\|.*\|\s*\n\|[\s:|-]+\|\s*$/m.test(source)) continue;
      withTables.push(relative(root, file));
      const code = await compileMdx(source, file);
      expect(code, relative(root, file)).toContain('_components.table');
      expect(code, relative(root, file)).not.toMatch(/\| ?---/);
    }
    expect(withTables.length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(pages)('%s', (page) => {
  it('compiles as Storybook compiles MDX', async () => {
    const source = await readFile(join(guides, page), 'utf8');
    await expect(compileMdx(source, join(guides, page))).resolves.toContain('_createMdxContent');
  });

  it('links only to docs pages that exist', async () => {
    const source = await readFile(join(guides, page), 'utf8');
    const links = [...source.matchAll(/\?path=\/docs\/([\w-]+)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(0);
    const ids = await docsIds();
    expect(links.filter((link) => !ids.has(link))).toEqual([]);
  });
});

describe('Backend.mdx', () => {
  it('has the title the other pages link to', async () => {
    const ids = await docsIds();
    expect(ids).toContain('guides-your-backend--docs');
    expect(ids).toContain('guides-on-a-real-phone--docs');
  });

  it('shows every file of examples/backend, imported as raw text and shown with <Source>', async () => {
    const source = await readFile(join(guides, 'Backend.mdx'), 'utf8');
    const imports = new Map([...source.matchAll(/^import (\w+) from '\.\/(examples\/backend\/[^']+)\?raw';$/gm)].map((match) => [match[2]!, match[1]!]));
    const files = (await filesUnder(join(guides, 'examples/backend'))).map((file) => relative(guides, file).split('\\').join('/'));
    expect([...imports.keys()].sort()).toEqual(files.sort());
    for (const name of imports.values()) expect(source).toContain(`<Source code={${name}} language=`);
  });
});
