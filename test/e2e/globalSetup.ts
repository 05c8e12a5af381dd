import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { requireChromium } from '../chromium';
import { serveStatic } from './staticServer';
import { storyIds } from './stories';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The static Storybook's base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
    storybookUrl: string;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const staticDir = resolve(root, 'storybook-static');

function build(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('pnpm', ['build-storybook'], { cwd: root, stdio: 'inherit' });
    child.once('error', fail);
    child.once('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`pnpm build-storybook failed (${signal ?? `exit code ${code}`}): the end-to-end tests need storybook-static/.`)),
    );
  });
}

function checkBuild(): void {
  const index = resolve(staticDir, 'index.json');
  if (!existsSync(index)) throw new Error(`No ${index}: run \`pnpm build-storybook\` (or unset E2E_SKIP_BUILD).`);
  const { entries } = JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, unknown> };
  const missing = Object.values(storyIds).filter((id) => !(id in entries));
  if (missing.length) throw new Error(`storybook-static has no story ${missing.join(', ')}: rebuild it with \`pnpm build-storybook\`.`);
}

/**
 * The end-to-end tests run in Debian's Chromium against the static Storybook, served on
 * 127.0.0.1 as a merchant would host it. `E2E_SKIP_BUILD=1` reuses an existing build (local
 * iteration only: the stories and packages may have changed since).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  requireChromium();
  const skip = process.env.E2E_SKIP_BUILD === '1' && existsSync(resolve(staticDir, 'index.json'));
  if (skip) console.warn('[e2e] E2E_SKIP_BUILD=1: testing the existing storybook-static/ without rebuilding it.');
  else await build();
  checkBuild();
  const server = await serveStatic(staticDir);
  project.provide('storybookUrl', server.url);
  return server.close;
}
