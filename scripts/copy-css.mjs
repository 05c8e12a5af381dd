#!/usr/bin/env node
// Minifies a package's stylesheet into dist, with its `@import`s inlined: `node copy-css.mjs <from> <to>`
// (paths relative to the cwd).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: copy-css.mjs <from> <to>');
  process.exit(1);
}
const result = await build({ entryPoints: [from], bundle: true, write: false, minify: true, target: ['chrome100', 'safari15'], logLevel: 'silent' });
const code = result.outputFiles[0].text;
mkdirSync(dirname(to), { recursive: true });
writeFileSync(to, code);
