import { existsSync } from 'node:fs';

/** Debian's Chromium: the browser tests' only browser (`npx playwright install` can't download one here). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

/** Says loudly, and fails in CI, when the browser tests have no browser to run in. */
export function requireChromium(): void {
  if (existsSync(chromiumPath)) return;
  const message = `No Chromium at ${chromiumPath}: the browser tests (stories, end-to-end) need it.\nInstall it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`;
  throw new Error(message);
}
