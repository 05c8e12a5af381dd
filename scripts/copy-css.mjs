#!/usr/bin/env node
// Minifies a package's stylesheet into dist: `node copy-css.mjs <from> <to>` (paths relative to the cwd).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { transform } from 'esbuild';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: copy-css.mjs <from> <to>');
  process.exit(1);
}
const { code } = await transform(readFileSync(from, 'utf8'), { loader: 'css', minify: true, target: ['chrome100', 'safari15'] });
mkdirSync(dirname(to), { recursive: true });
writeFileSync(to, code);
