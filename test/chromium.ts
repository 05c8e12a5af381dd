import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The install command named when no Chromium can be found or installed. */
export const aptCommand = 'apt-get update && apt-get install -y chromium';

/** Where a system Chromium usually is (Debian and Ubuntu, then Google's Chrome). */
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** What {@link findChromium} reads of the machine: injectable, so its choices can be tested. */
export interface ChromiumSearch {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Where Playwright's own Chromium is (or would be once installed). */
  playwrightPath: () => string | undefined;
  /** Installs Playwright's Chromium; whether it worked, and what it printed. */
  install: () => { ok: boolean; output: string };
  log: (message: string) => void;
}

const require = createRequire(import.meta.url);

const machine: ChromiumSearch = {
  env: process.env,
  exists: existsSync,
  playwrightPath() {
    try {
      return (require('playwright') as typeof import('playwright')).chromium.executablePath();
    } catch {
      return undefined;
    }
  },
  install() {
    const cli = require.resolve('playwright/cli.js');
    const run = spawnSync(process.execPath, [cli, 'install', 'chromium'], { encoding: 'utf8', timeout: 300_000 });
    return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}` };
  },
  log: (message) => console.warn(message),
};

/**
 * The Chromium the browser tests run in: `CHROMIUM_PATH` when set (it must exist), else a system
 * Chromium, else Playwright's installed one; with none, it installs Playwright's Chromium (where
 * the network allows) and uses that. Only when that fails too does it throw, naming the apt command.
 */
export function findChromium(search: ChromiumSearch = machine): string {
  const { env, exists } = search;
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, and there is no browser there.`);
  }
  const system = systemPaths.find(exists);
  if (system) return system;
  const bundled = search.playwrightPath();
  if (bundled && exists(bundled)) return bundled;
  search.log('[test] No Chromium found: installing Playwright\'s (npx playwright install chromium)…');
  const installed = search.install();
  const after = installed.ok ? search.playwrightPath() : undefined;
  if (after && exists(after)) return after;
  throw new Error(
    `No Chromium for the browser tests, and installing Playwright's failed:\n${installed.output.trim().split('\n').slice(-5).join('\n')}\n` +
      `Install one with: ${aptCommand} (or set CHROMIUM_PATH).`,
  );
}

let found: string | undefined;

/** The browser tests' Chromium, found (or installed) on first use: see {@link findChromium}. */
export function chromiumExecutable(): string {
  return (found ??= findChromium());
}

/** Flags for a headless Chromium as root on a machine with no network but the registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Finds (or installs) the browser, failing at once with the install command when there is none. */
export function requireChromium(): void {
  chromiumExecutable();
}
