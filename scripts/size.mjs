#!/usr/bin/env node
// Size budgets for what users download: each check bundles an import from
// the BUILT packages (packages/*/dist, through their `exports` maps, never the
// `@vvchat/source` condition), minifies it, gzips it (level 9) and compares
// the result with its limit. Run `pnpm build` first.
//
// Sizes are min+gzip bytes; 1 kB = 1000 bytes.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The budgets. Two kinds of check:
 *   { name, limit, code, external? } bundles `code` (an ES module importing
 *     from '@vvchat/*') for the browser and measures the result;
 *   { name, limit, file } gzips a built file as it is (e.g. a stylesheet).
 * `limit` is in bytes (min+gzip). List an app's own dependencies in
 * `external` (react, react-dom, react/jsx-runtime, @tanstack/react-query, and
 * for the ui package clsx) so that only our code counts.
 */
const reactExternals = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
const checks = [
  // `lazyLimit` caps what the check's dynamic import()s load later (the guidance dialog and its QR
  // encoder, issue #10: at most 6.0 kB). `limit` is the issue's budget. Where a budget is not met yet, `guard` is the enforced
  // ceiling (today's size plus a little) and `why` says so: the table then shows both, and CI
  // fails only past the guard, so sizes can't creep while the budget question stays open.
  {
    name: '@vvchat/core (all)',
    code: "export * from '@vvchat/core'",
    limit: 2200,
    guard: 11400,
    why: 'issue #2 budget; core holds the flows (issue #3), as state machines since issue #9; issue #10 added environment detection, the launch decision with its evidence, blocked texts and the guidance dialog loader (+~2.5 kB); issue #11 added the return trip (context, prepare, the cross-tab channel and the callback lock, +~1 kB); issue #12 added visible reasons and the setup-error and cancel states (+~0.2 kB); issue #13 sets new budgets',
  },
  {
    name: 'buildLoginLink',
    code: "export { buildLoginLink } from '@vvchat/core'",
    limit: 450,
    guard: 600,
    why: 'issue #2 budget; VVChatError + option checks alone are ~350 B',
  },
  {
    name: '@vvchat/react (all, with core)',
    code: "export * from '@vvchat/react'",
    external: reactExternals,
    limit: 3500,
    guard: 12500,
    why: 'issue #3 budget; issue #9 made the flows state machines that own their effects (+~2 kB); issue #10 added environment detection, the launch decision with its evidence, blocked texts and the guidance dialog loader (+~2.5 kB); issue #11 added the return trip (context, prepare, the cross-tab channel and the callback lock, +~1 kB); issue #12 added visible reasons and the setup-error and cancel states (+~0.2 kB); issue #13 sets new budgets',
  },
  {
    name: '<VVChatProvider> + <VVChatLoginButton>',
    code: "export { VVChatProvider } from '@vvchat/react'; export { VVChatLoginButton } from '@vvchat/ui'",
    external: [...reactExternals, 'clsx'],
    limit: 2000,
    guard: 11700,
    why: 'issue #4 budget; issue #9 made the flows state machines that own their effects (+~2 kB); issue #10 added environment detection, the launch decision with its evidence, blocked texts and the guidance dialog loader (+~2.5 kB); issue #11 added the return trip (context, prepare, the cross-tab channel and the callback lock, +~1 kB); issue #12 added visible reasons and the setup-error and cancel states (+~0.2 kB); issue #13 sets new budgets',
    lazyLimit: 6000,
  },
  {
    name: '<VVChatProvider> + <ShareButton>',
    code: "export { VVChatProvider } from '@vvchat/react'; export { ShareButton } from '@vvchat/ui'",
    external: [...reactExternals, 'clsx'],
    limit: 1600,
    guard: 10900,
    why: 'issue #4 budget; issue #9 made the flows state machines that own their effects (+~2 kB); issue #10 added environment detection, the launch decision with its evidence, blocked texts and the guidance dialog loader (+~2.5 kB); issue #12 added visible reasons and the setup-error and cancel states (+~0.2 kB); issue #13 sets new budgets',
    lazyLimit: 6000,
  },
  {
    name: '<VVChatProvider> + <QPayButton>',
    code: "export { VVChatProvider } from '@vvchat/react'; export { QPayButton } from '@vvchat/ui'",
    external: [...reactExternals, 'clsx'],
    limit: 2400,
    guard: 12800,
    why: 'issue #4 budget; issue #9 made the flows state machines that own their effects (+~2 kB); issue #10 added environment detection, the launch decision with its evidence, blocked texts and the guidance dialog loader (+~2.5 kB); issue #11 added the return trip (context, prepare, the cross-tab channel and the callback lock, +~1 kB); issue #12 added visible reasons and the setup-error and cancel states (+~0.2 kB); issue #13 sets new budgets',
    lazyLimit: 6000,
  },
  {
    // No issue sets a budget for this one: the limit guards against growth.
    name: '<VVChatProvider> + <CustomerServiceButton>',
    code: "export { VVChatProvider } from '@vvchat/react'; export { CustomerServiceButton } from '@vvchat/ui'",
    external: [...reactExternals, 'clsx'],
    limit: 5200,
    guard: 9200,
    why: 'a growth guard; issue #9 made the flows state machines that own their effects (+~2 kB); issue #10 added environment detection, the launch decision with its evidence, blocked texts and the guidance dialog loader (+~2.5 kB); issue #12 added visible reasons and the setup-error and cancel states (+~0.2 kB); issue #13 sets new budgets',
    lazyLimit: 6000,
  },
  {
    name: '@vvchat/ui/styles.css',
    file: 'packages/ui/dist/styles.css',
    limit: 1800,
    guard: 2100,
    why: 'issue #13 budget; issue #10 added the guidance dialog (QR code, copy link, light and dark); issue #12 added visible reasons and the setup-error and cancel states (+~0.2 kB)',
  },
];

// ---------------------------------------------------------------------------

const workspacePackage = /^@vvchat\/([^/]+)(?:\/.*)?$/;

/**
 * The root node_modules need not link the workspace packages, so resolve
 * `@vvchat/<name>[/sub]` as a self-reference from packages/<name>: esbuild
 * then reads that package.json's `exports` with the ordinary browser
 * conditions (`import`, `browser`, `module`, `default`) and lands in dist.
 * @type {esbuild.Plugin}
 */
const workspacePlugin = {
  name: 'vvchat-workspace',
  setup(build) {
    build.onResolve({ filter: workspacePackage }, async (args) => {
      if (args.pluginData === 'vvchat-workspace') return undefined;
      const name = workspacePackage.exec(args.path)?.[1] ?? '';
      const resolveDir = join(root, 'packages', name);
      if (!existsSync(join(resolveDir, 'package.json'))) return undefined;
      const result = await build.resolve(args.path, {
        resolveDir,
        kind: args.kind,
        pluginData: 'vvchat-workspace',
      });
      if (result.errors.length > 0) return { errors: result.errors };
      return { path: result.path, sideEffects: result.sideEffects };
    });
  },
};

/** packages/<name>/<default export target> for every '@vvchat/<name>' in `code`. */
function builtEntries(code) {
  const names = new Set([...code.matchAll(/['"]@vvchat\/([^/'"]+)/g)].map((m) => m[1]));
  return [...names].map((name) => {
    const dir = join(root, 'packages', name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const dot = manifest.exports?.['.'];
    const target = typeof dot === 'string' ? dot : (dot?.import ?? dot?.default ?? 'dist/index.js');
    return join(dir, target);
  });
}

async function measureCode(check) {
  const missing = builtEntries(check.code).filter((file) => !existsSync(file));
  if (missing.length > 0) {
    return { error: `missing ${missing.map((f) => relative(root, f)).join(', ')}; run pnpm build first` };
  }
  const result = await esbuild.build({
    stdin: { contents: check.code, resolveDir: root, loader: 'js', sourcefile: 'size-check.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    // Apps' bundlers (Vite, Next.js) emit UTF-8; esbuild's default ASCII escapes would bloat CJK text.
    charset: 'utf8',
    treeShaking: true,
    write: false,
    logLevel: 'silent',
    external: check.external ?? [],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [workspacePlugin],
    metafile: true,
    // Code split as an app's bundler does: what a dynamic import() loads (the guidance dialog and
    // its QR encoder) is a chunk of its own, fetched only when it runs, not part of the first load.
    splitting: true,
    outdir: join(root, '.size-out'),
  });
  const inputs = Object.keys(result.metafile.inputs);
  const fromSource = inputs.filter((input) => /(^|\/)src\//.test(input));
  if (fromSource.length > 0) {
    return { error: `bundled source instead of dist: ${fromSource.join(', ')}` };
  }
  const outputs = result.metafile.outputs;
  const gzipOf = (path) => gzipSync(result.outputFiles.find((file) => file.path === join(root, path))?.contents ?? new Uint8Array(), { level: 9 }).length;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint);
  // The first load: the entry chunk and every chunk it imports statically, transitively.
  const first = new Set();
  const visit = (path) => {
    if (first.has(path)) return;
    first.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  const lazy = Object.keys(outputs).filter((path) => !first.has(path) && path.endsWith('.js'));
  const sum = (paths) => paths.reduce((total, path) => total + gzipOf(path), 0);
  return { size: sum([...first]), lazy: sum(lazy) };
}

function measureFile(check) {
  const file = join(root, check.file);
  if (!existsSync(file)) return { error: `missing ${check.file}; run pnpm build first` };
  return { size: gzipSync(readFileSync(file), { level: 9 }).length };
}

const formatBytes = (bytes) => `${bytes.toLocaleString('en-US')} B (${(bytes / 1000).toFixed(2)} kB)`;

const rows = [];
let failed = false;
for (const check of checks) {
  let outcome;
  try {
    outcome = check.file ? measureFile(check) : await measureCode(check);
  } catch (error) {
    const messages = error?.errors?.map((e) => e.text) ?? [String(error?.message ?? error)];
    outcome = { error: messages.join('; ') };
  }
  const measured = outcome.error === undefined;
  const lazyOver = measured && check.lazyLimit !== undefined && outcome.lazy > check.lazyLimit;
  const withinBudget = measured && outcome.size <= check.limit && !lazyOver;
  const withinGuard = measured && check.guard !== undefined && outcome.size <= check.guard && !lazyOver;
  failed ||= !(withinBudget || withinGuard);
  rows.push({
    name: check.name,
    size: measured ? formatBytes(outcome.size) + (outcome.lazy ? ` + ${formatBytes(outcome.lazy)} lazy` : '') : '—',
    limit: formatBytes(check.limit),
    status: !measured
      ? 'ERROR'
      : lazyOver
        ? `lazy part OVER ${check.lazyLimit} B by ${outcome.lazy - check.lazyLimit} B`
      : withinBudget
        ? 'ok'
        : withinGuard
          ? `over budget by ${outcome.size - check.limit} B (guard ${check.guard} B: ${check.why})`
          : `OVER by ${outcome.size - check.limit} B${check.guard ? ` and past the guard ${check.guard} B` : ''}`,
    error: outcome.error,
  });
}

const headers = { name: 'name', size: 'size (min+gzip)', limit: 'limit', status: 'status' };
const columns = ['name', 'size', 'limit', 'status'];
const width = Object.fromEntries(
  columns.map((c) => [c, Math.max(headers[c].length, ...rows.map((r) => r[c].length))]),
);
// `pnpm size --markdown`: the same table as the root README's "Size budgets" (names in code
// spans, so `<VVChatProvider>` survives Markdown), to paste there when the figures change.
const markdown = process.argv.includes('--markdown');
const line = (r, header = false) =>
  markdown
    ? `| ${columns.map((c) => (c === 'name' && !header ? `\`${r[c]}\`` : r[c])).join(' | ')} |`
    : `| ${columns.map((c) => r[c].padEnd(width[c])).join(' | ')} |`;
console.log(line(headers, true));
console.log(`| ${columns.map((c) => '-'.repeat(markdown ? 3 : width[c])).join(' | ')} |`);
for (const row of rows) console.log(line(row));

const errors = rows.filter((row) => row.error);
if (errors.length > 0) console.error('');
for (const row of errors) console.error(`${row.name}: ${row.error}`);
if (failed) {
  console.error('\nsize: budget check failed');
  process.exit(1);
}
console.log(
  rows.some((row) => row.status.startsWith('over budget'))
    ? '\nsize: every guard held; the budgets marked "over budget" are not met yet'
    : '\nsize: every budget met',
);
