#!/usr/bin/env node
// `pnpm size`: runs size-limit (.size-limit.js: each check, its CI limit) and prints each size
// beside the budget; with `--readme` it writes that table into README.md between the
// size markers. Exits as size-limit does: non-zero past any limit. Run `pnpm build` first.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { budgets } = await import(join(root, '.size-limit.js'));

const run = spawnSync(process.execPath, [join(root, 'node_modules/size-limit/bin.js'), '--json'], { cwd: root, encoding: 'utf8' });
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(run.status || 1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const parse = (text) => {
  const [, number, unit] = /^([\d.]+)\s*(kB|B)$/.exec(text) ?? [];
  return number === undefined ? undefined : Number(number) * (unit === 'kB' ? 1000 : 1);
};

const rows = results.map(({ name, size, sizeLimit, passed }) => {
  const budget = budgets[name] === undefined ? undefined : parse(budgets[name]);
  const verdict = !passed
    ? `**over the CI limit** by ${size - sizeLimit} B`
    : budget === undefined
      ? 'within its limit (no budget set)'
      : size <= budget
        ? 'budget met'
        : `over budget by ${kB(size - budget)}`;
  return `| \`${name}\` | ${kB(size)} | ${budget === undefined ? '–' : kB(budget)} | ${kB(sizeLimit)} | ${verdict} |`;
});
const table = ['| usage | size (min+gzip) | budget (issue #13) | CI limit | status |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
console.log(table);

if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const marked = /(<!-- size-table -->)[\s\S]*?(<!-- \/size-table -->)/;
  if (!marked.test(text)) throw new Error('README.md has no <!-- size-table --> … <!-- /size-table --> markers');
  writeFileSync(readme, text.replace(marked, `$1\n${table}\n$2`));
  console.log('\nREADME.md: size table written');
}

if (run.status !== 0) {
  console.error('\nsize: a check is past its CI limit (size-limit output above)');
  process.exit(run.status);
}
