#!/usr/bin/env node
// `pnpm size:why [code]`: where a usage's first load goes, file by file. Bundles `code` (default:
// the provider and the login button) from the packages' TypeScript source, as .size-limit.js does
// from dist (minified, production, React and clsx left out, dynamic imports left out), and prints
// each source file's minified bytes with its share. gzip works on the whole, so the shares say
// where to look, not what each file costs gzipped.

import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const code = process.argv[2] ?? "export { VVChatProvider } from '@vvchat/react'; export { VVChatLoginButton } from '@vvchat/ui'";

const result = await esbuild.build({
  stdin: { contents: code, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  charset: 'utf8',
  splitting: true,
  outdir: '/tmp/vvchat-size-why',
  metafile: true,
  conditions: ['@vvchat/source'],
  external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'clsx'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
});

// The first load: the entry and the chunks it imports statically.
const outputs = result.metafile.outputs;
const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint);
const first = new Set();
const visit = (path) => {
  if (first.has(path)) return;
  first.add(path);
  for (const imported of outputs[path].imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
};
visit(entry);

const bytes = new Map();
for (const path of first) for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) if (bytesInOutput) bytes.set(input, (bytes.get(input) ?? 0) + bytesInOutput);
const total = [...bytes.values()].reduce((sum, size) => sum + size, 0);
const byPackage = new Map();
for (const [input, size] of bytes) {
  const area = /packages\/(\w+)\/src\/(?:(\w+)\/)?/.exec(input);
  const key = area ? `@vvchat/${area[1]}${area[2] ? `/${area[2]}` : ''}` : relative(root, input);
  byPackage.set(key, (byPackage.get(key) ?? 0) + size);
}
const line = (size, name) => `${String(size).padStart(7)} B  ${((100 * size) / total).toFixed(1).padStart(5)} %  ${name}`;
console.log(`first load of: ${code}\n${total} B minified, before gzip\n\nby area:`);
for (const [name, size] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(line(size, name));
console.log('\nby file:');
for (const [input, size] of [...bytes].sort((a, b) => b[1] - a[1])) console.log(line(size, relative(root, input).replace(/^packages\//, '')));
