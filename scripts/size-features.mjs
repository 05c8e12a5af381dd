#!/usr/bin/env node
// `pnpm size:features [--readme]`: where each button usage's first load goes, by feature. Bundles
// each usage from the packages' source as .size-limit.js does from dist (esbuild, minified,
// production, React, React Query and clsx left out, dynamic imports external), reads esbuild's
// metafile (bytes per source file), groups the files by the feature they serve, and prints each
// feature's share of the usage's gzipped size. gzip works on the whole bundle, so a share is an
// estimate (minified bytes × the bundle's gzip ratio); the totals are measured. `--readme` writes
// the table into README.md between the size-features markers.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const usages = {
  Login: "export { VVChatProvider } from '@vvchat/react'; export { VVChatLoginButton } from '@vvchat/ui'",
  Share: "export { VVChatProvider } from '@vvchat/react'; export { ShareButton } from '@vvchat/ui'",
  QPay: "export { VVChatProvider } from '@vvchat/react'; export { QPayButton } from '@vvchat/ui'",
  'Customer service': "export { VVChatProvider } from '@vvchat/react'; export { CustomerServiceButton } from '@vvchat/ui'",
  'all of core': "export * from '@vvchat/core'",
};

/** Each source file's feature, first match wins (paths under packages/). */
const features = [
  ['the launcher: open / not-opened detection, the fallback, the blocked verdict', /core\/src\/launch\/|core\/src\/flows\/launchLink/],
  ['environment detection (in-app browsers, desktops) and continue-on-phone (issue 10)', /core\/src\/environment\/|ui\/src\/useContinue|ui\/src\/guidance\//],
  ['the login flow: state machine, CSRF state', /core\/src\/flows\/loginFlow|core\/src\/session\/(?!context|storage)|core\/src\/links\/buildLoginLink/],
  ['the pay flow: order, prepare, the launch and its return, pending order', /core\/src\/flows\/(payFlow|pendingOrder|verifyDelay)|core\/src\/links\/buildPayLink/],
  ['the share flow and its ways out (Web Share, copy)', /core\/src\/flows\/shareFlow|core\/src\/share\/|core\/src\/links\/(buildShareLink|shareTemplate)|react\/src\/shareResult/],
  ['the customer-service flow', /core\/src\/flows\/customerServiceFlow|core\/src\/links\/buildCustomerServiceLink/],
  ['finding and cleaning callbacks in the address (default redirect_uri, hash routers)', /core\/src\/callbacks\//],
  ['cross-tab returns (Web Locks) and round-trip context (issue 11)', /core\/src\/flows\/(withLock|chunks|settled)|core\/src\/session\/context/],
  ['reading any deep link (parseDeepLink)', /core\/src\/links\/parseDeepLink/],
  ['shared core: machine, errors, option checks, safe storage', /core\/src\/(flows\/|errors|links\/query|session\/storage|index)/],
  ['the React adapter: provider, hooks', /react\/src\//],
  ['button texts, zh-CN and en (labels, screen-reader messages)', /ui\/src\/(labels|useLabels)/],
  ['the button: markup, states, icon, accessibility', /ui\/src\//],
];

async function breakdown(code) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    metafile: true,
    // As size-limit does with dist: what a dynamic import() loads is not part of the first load.
    plugins: [{ name: 'lazy', setup: (build) => build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) }],
    conditions: ['@vvchat/source'],
    external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'clsx'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const text = result.outputFiles[0].text;
  const bytes = new Map();
  {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = relative(root, input).replace(/^packages\//, '');
      const feature = features.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
      bytes.set(feature, (bytes.get(feature) ?? 0) + bytesInOutput);
    }
  }
  const minified = [...bytes.values()].reduce((sum, size) => sum + size, 0);
  return { bytes, minified, gzipped: gzipSync(text, { level: 9 }).length };
}

const measured = Object.fromEntries(await Promise.all(Object.entries(usages).map(async ([name, code]) => [name, await breakdown(code)])));
const names = Object.keys(usages);
const kB = (bytes) => (bytes / 1000).toFixed(2);
const rows = [...features.map(([feature]) => feature), 'other']
  .filter((feature) => names.some((name) => measured[name].bytes.get(feature)))
  .map((feature) => {
    const cells = names.map((name) => {
      const { bytes, minified, gzipped } = measured[name];
      const size = bytes.get(feature);
      return size ? `≈ ${kB((size / minified) * gzipped)}` : '–';
    });
    return `| ${feature} | ${cells.join(' | ')} |`;
  });
const table = [
  `| feature (kB, min+gzip) | ${names.join(' | ')} |`,
  `| --- | ${names.map(() => '---').join(' | ')} |`,
  ...rows,
  `| **total, measured** (from the source; size-limit measures dist) | ${names.map((name) => `**${kB(measured[name].gzipped)}**`).join(' | ')} |`,
].join('\n');
console.log(table);

if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const marked = /(<!-- size-features -->)[\s\S]*?(<!-- \/size-features -->)/;
  if (!marked.test(text)) throw new Error('README.md has no <!-- size-features --> … <!-- /size-features --> markers');
  writeFileSync(readme, text.replace(marked, `$1\n${table}\n$2`));
  console.log('\nREADME.md: feature table written');
}
