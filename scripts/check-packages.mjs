#!/usr/bin/env node
// Checks what npm users would actually get. For every package under packages/
// that is not `"private": true`:
//   1. `pnpm pack` into a temporary directory (pnpm applies `publishConfig`,
//      so the packed package.json must carry the publish `exports`, without
//      the `@vvchat/source` development condition);
//   2. the tarball holds only package.json, README.md, LICENSE, CHANGELOG.md,
//      dist/** and top-level *.css files;
//   3. `publint --pack pnpm --strict` in the package directory (warnings count as errors);
//   4. `attw --profile esm-only` on the pnpm tarball (the packages are ESM-only, so
//      CommonJS `require` and node10 resolution are not checked; not `attw --pack`, which
//      packs with npm and so ignores publishConfig).
// Run `pnpm build` first. Exits 1 on any failure.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const sourceCondition = '@vvchat/source';

const allowed = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/.+/,
  /^[^/]+\.css$/,
];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return result;
}

function checkPackage(dir, manifest, workDir) {
  const problems = [];
  const name = manifest.name;

  // 1. pack
  const packed = run('pnpm', ['pack', '--pack-destination', workDir], { cwd: dir });
  if (packed.status !== 0) {
    process.stderr.write(packed.stdout + packed.stderr);
    return [`pnpm pack failed (exit ${packed.status})`];
  }
  const tarballs = readdirSync(workDir).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 1) return [`expected one tarball from pnpm pack, found ${tarballs.length}`];
  const tarball = join(workDir, tarballs[0]);
  console.log(`packed ${tarballs[0]}`);

  // 2. contents
  const listing = run('tar', ['-tzf', tarball]);
  if (listing.status !== 0) return [`cannot list ${tarball}: ${listing.stderr}`];
  const files = listing.stdout
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''));
  console.log(`  ${files.length} files: ${files.join(', ')}`);
  const offenders = files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
  for (const file of offenders) problems.push(`unexpected file in tarball: ${file}`);
  if (!files.some((file) => file.startsWith('dist/'))) {
    problems.push('no dist/ files in tarball: run pnpm build first');
  }
  for (const required of ['README.md', 'LICENSE']) {
    if (!files.includes(required)) problems.push(`${required} missing from tarball`);
  }

  const packedManifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']).stdout);
  if (JSON.stringify(packedManifest.exports ?? null).includes(sourceCondition)) {
    problems.push(`packed package.json still has the "${sourceCondition}" condition: is publishConfig.exports missing?`);
  }
  if (manifest.publishConfig?.exports &&
      JSON.stringify(packedManifest.exports) !== JSON.stringify(manifest.publishConfig.exports)) {
    problems.push('packed package.json exports differ from publishConfig.exports');
  }

  // 3. publint as its docs say: `--pack pnpm` in the package's directory (it packs with pnpm, so
  //    publishConfig applies, and lints what it packed).
  console.log(`  publint --pack pnpm --strict`);
  const publint = run(bin('publint'), ['run', '--pack', 'pnpm', '--strict'], { cwd: dir, stdio: 'inherit' });
  if (publint.status !== 0) problems.push(`publint failed (exit ${publint.status})`);

  // 4. are the types wrong? Not `attw --pack`: that runs `npm pack`, which ignores pnpm's
  //    publishConfig.exports and would check the development `@vvchat/source` exports. attw reads
  //    the pnpm tarball instead, which is what users install.
  console.log(`  attw --profile esm-only`);
  // Stylesheet entry points (`@vvchat/ui/styles.css`) have no types to check.
  const cssEntries = Object.keys(packedManifest.exports ?? {}).filter((entry) => entry.endsWith(".css"));
  const exclude = cssEntries.length ? ['--exclude-entrypoints', ...cssEntries] : [];
  const attw = run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', ...exclude], {
    cwd: workDir,
    stdio: 'inherit',
  });
  if (attw.status !== 0) problems.push(`attw failed (exit ${attw.status})`);

  return problems.map((problem) => `${name}: ${problem}`);
}

const packagesDir = join(root, 'packages');
const failures = [];
let checked = 0;
for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const dir = join(packagesDir, entry.name);
  const manifestPath = join(dir, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.private === true) {
    console.log(`\n== ${manifest.name ?? entry.name}: private, skipped`);
    continue;
  }
  console.log(`\n== ${manifest.name}`);
  checked += 1;
  const workDir = mkdtempSync(join(tmpdir(), 'vvchat-pack-'));
  try {
    failures.push(...checkPackage(dir, manifest, workDir));
  } catch (error) {
    failures.push(`${manifest.name}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (checked === 0) failures.push('no publishable (non-private) packages found under packages/');

console.log('');
if (failures.length > 0) {
  for (const failure of failures) console.error(`✗ ${failure}`);
  console.error(`\ncheck:packages: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log(`check:packages: ${checked} package(s) ok`);
