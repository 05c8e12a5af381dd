#!/usr/bin/env node
// Consumer tests: what an app gets from `npm i @vvchat/...`, without the workspace.
//   1. `pnpm build` when a package's dist is missing (CI has built already);
//   2. `pnpm pack` every public package under packages/ into a temporary directory
//      (pnpm applies `publishConfig` and turns `workspace:^` into versions, as on publish);
//   3. for every fixture app under test/consumers/<name>/ (or only those named on the
//      command line): copy it into the temporary directory, point its `@vvchat/*`
//      dependencies at the tarballs (`file:<tarball>`, plus `overrides` so the packages'
//      own dependencies on each other resolve to the tarballs too), `npm install` there
//      (no workspace, no links, npm's default cache), then `npm run check`.
// Prints PASS/FAIL per fixture and exits 1 on any failure. A failed fixture's directory
// is kept (its path is printed) for a look; `--keep` keeps everything. Two fixtures run at a
// time (CONSUMERS_CONCURRENCY=1 for one at a time).
//
//   pnpm test:consumers                      # every fixture
//   pnpm test:consumers typescript next-app-router

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = join(root, 'test', 'consumers');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const only = args.filter((arg) => !arg.startsWith('--'));

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

// ---------------------------------------------------------------------------
// The environment the fixtures run in: none of the variables `pnpm run` sets for its scripts
// (npm_config_globalconfig pointing at pnpm's rc, npm_config_reporter=silent, npm_package_*, …)
// except the cache and network settings, so npm reads its own config (~/.npmrc, the global
// npmrc); no workspace bins on PATH; no telemetry.

const keptNpmConfig = /^npm_config_(cache|registry|cafile|strict_ssl|proxy|https_proxy|noproxy)$/i;
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => keptNpmConfig.test(key) || !/^(npm_|pnpm_)/i.test(key)),
);
env.PATH = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((entry) => !entry.startsWith(root + sep) && entry !== root)
  .join(delimiter);
Object.assign(env, {
  NEXT_TELEMETRY_DISABLED: '1',
  NO_UPDATE_NOTIFIER: '1',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  CI: env.CI ?? '1',
});

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', env, ...options });
  if (result.error) throw result.error;
  return result;
}

/** Runs a command, appending its output to `log`; resolves with its exit code. */
function runLogged(command, commandArgs, cwd, log) {
  return new Promise((resolvePromise, reject) => {
    log.push(`$ ${command} ${commandArgs.join(' ')}   (in ${cwd})\n`);
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => log.push(chunk.toString()));
    child.stderr.on('data', (chunk) => log.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

// ---------------------------------------------------------------------------
// 1. the public packages, built

const packages = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')))
  .map((entry) => {
    const dir = join(root, 'packages', entry.name);
    return { dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
  })
  .filter(({ manifest }) => manifest.private !== true);

if (packages.length === 0) {
  console.error('test:consumers: no public packages under packages/');
  process.exit(1);
}

const unbuilt = packages.filter(({ dir }) => !existsSync(join(dir, 'dist', 'index.js')));
if (unbuilt.length > 0) {
  console.log(`dist missing for ${unbuilt.map(({ manifest }) => manifest.name).join(', ')}: pnpm build`);
  const build = spawnSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('test:consumers: pnpm build failed');
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------
// 2. pack

const fixtures = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(fixturesDir, entry.name, 'package.json')))
  .map((entry) => entry.name)
  .sort();
const unknown = only.filter((name) => !fixtures.includes(name));
if (unknown.length > 0) {
  console.error(`test:consumers: no fixture named ${unknown.join(', ')} (have: ${fixtures.join(', ')})`);
  process.exit(1);
}
const selected = only.length > 0 ? fixtures.filter((name) => only.includes(name)) : fixtures;

const workDir = mkdtempSync(join(tmpdir(), 'vvchat-consumers-'));
const tarballDir = join(workDir, 'tarballs');
mkdirSync(tarballDir);
console.log(`work dir: ${workDir}`);

/** package name → absolute tarball path */
const tarballs = new Map();
for (const { dir, manifest } of packages) {
  const dest = join(tarballDir, manifest.name.replace(/^@/, '').replace('/', '-'));
  mkdirSync(dest);
  const packed = run('pnpm', ['pack', '--pack-destination', dest], { cwd: dir });
  const files = packed.status === 0 ? readdirSync(dest).filter((file) => file.endsWith('.tgz')) : [];
  if (files.length !== 1) {
    process.stderr.write(packed.stdout + packed.stderr);
    console.error(`test:consumers: pnpm pack failed for ${manifest.name}`);
    process.exit(1);
  }
  tarballs.set(manifest.name, join(dest, files[0]));
  console.log(`packed ${manifest.name} -> ${files[0]}`);
}

// ---------------------------------------------------------------------------
// 3. the fixtures

const copyFilter = (source) => !/[\\/](node_modules|dist|\.next|package-lock\.json)$/.test(source);

function prepare(name) {
  const appDir = join(workDir, name);
  cpSync(join(fixturesDir, name), appDir, { recursive: true, filter: copyFilter });
  const manifestPath = join(appDir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const problems = [];
  for (const field of ['dependencies', 'devDependencies']) {
    for (const dep of Object.keys(manifest[field] ?? {})) {
      if (!dep.startsWith('@vvchat/')) continue;
      const tarball = tarballs.get(dep);
      if (tarball) manifest[field][dep] = `file:${tarball}`;
      else problems.push(`depends on ${dep}, which is not a public package under packages/`);
    }
  }
  // @vvchat/ui depends on @vvchat/react@^0.1.0, which depends on @vvchat/core: none of them is
  // on the registry (yet), so every one of them resolves to its tarball.
  manifest.overrides = { ...manifest.overrides };
  for (const [dep, tarball] of tarballs) {
    const direct = manifest.dependencies?.[dep] ?? manifest.devDependencies?.[dep];
    manifest.overrides[dep] = direct ? `$${dep}` : `file:${tarball}`;
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { appDir, problems };
}

async function testFixture(name) {
  const fixtureStarted = Date.now();
  const log = [];
  const { appDir, problems } = prepare(name);
  if (problems.length > 0) {
    return { name, ok: false, step: 'preparing', appDir, log: `${problems.join('\n')}\n`, time: seconds(fixtureStarted), installTime: '-' };
  }
  const installStarted = Date.now();
  let code = await runLogged('npm', ['install', '--no-audit', '--no-fund'], appDir, log);
  const installTime = seconds(installStarted);
  let step = 'npm install';
  if (code === 0) {
    step = 'npm run check';
    code = await runLogged('npm', ['run', 'check'], appDir, log);
  }
  return {
    name,
    ok: code === 0,
    step,
    appDir,
    log: log.join(''),
    time: seconds(fixtureStarted),
    installTime,
  };
}

// Installs are mostly network and disk, checks mostly CPU: two fixtures at a time keep both
// cores busy without starving a `next build`.
const concurrency = Math.max(1, Number(process.env.CONSUMERS_CONCURRENCY ?? 2));
const queue = [...selected];
const results = [];
await Promise.all(
  Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      console.log(`\n== ${name}: started`);
      const result = await testFixture(name);
      results.push(result);
      const where = result.ok ? '' : ` (${result.step} failed)`;
      console.log(`\n== ${name}: ${result.ok ? 'PASS' : 'FAIL'}${where} in ${result.time} (install ${result.installTime})`);
      // The check's own output says what was checked; on failure it is the diagnosis.
      const shown = result.ok ? result.log.slice(result.log.lastIndexOf('$ npm run check')) : result.log;
      process.stdout.write(shown.replace(/^/gm, `  ${name} | `).trimEnd() + '\n');
    }
  }),
);

// ---------------------------------------------------------------------------

results.sort((a, b) => selected.indexOf(a.name) - selected.indexOf(b.name));
console.log('\nconsumer tests:');
for (const result of results) {
  console.log(`  ${result.ok ? 'PASS' : 'FAIL'}  ${result.name.padEnd(18)} ${result.time.padStart(7)}${result.ok ? '' : `  ${result.step} failed; kept ${result.appDir}`}`);
}
const failed = results.filter((result) => !result.ok);
console.log(`\ntest:consumers: ${results.length - failed.length}/${results.length} passed in ${seconds(started)}`);

if (!keep) {
  if (failed.length === 0) rmSync(workDir, { recursive: true, force: true });
  else {
    for (const result of results) if (result.ok) rmSync(result.appDir, { recursive: true, force: true });
  }
}
process.exit(failed.length > 0 ? 1 : 0);
