import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumExecutable } from './test/chromium';

/**
 * Every workspace package exports `"@vvchat/source": "./src/index.ts"` ahead of
 * `types`/`default`, so with this condition `import … from '@vvchat/core'`
 * runs the TypeScript source: no build needed before `pnpm test`.
 * Published tarballs drop the condition (see `publishConfig.exports`).
 *
 * Vite keeps separate condition lists for the client environment
 * (`resolve.conditions`: jsdom/browser projects) and the server environment
 * (`ssr.resolve.conditions`: the `node` environment). Vitest merges its own
 * defaults (`node`, `development|production`) into both lists, and passes the
 * server list to the test workers as `--conditions`.
 */
const sourceCondition = '@vvchat/source';
const root = dirname(fileURLToPath(import.meta.url));

const react18Modules = resolve(root, 'test/react18/node_modules');
const react18Aliases = ['react', 'react-dom', '@tanstack/react-query', '@testing-library/react', '@testing-library/dom'].map(
  (name) => ({
    find: new RegExp(`^${name.replace('/', '\\/')}(/.*)?$`),
    replacement: `${react18Modules}/${name}$1`,
  }),
);

export default defineConfig({
  resolve: { conditions: [sourceCondition] },
  ssr: { resolve: { conditions: [sourceCondition] } },
  test: {
    // One entry per test suite. `extends: true` inherits the resolve settings
    // above; add `jsdom` and browser projects next to `core`. Arrays such as
    // `include` are concatenated with the root's when a project extends it,
    // so keep `include` and `benchmark.include` per project (benchmarks live
    // next to the tests they belong to: test/<project>/**/*.bench.ts).
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          // A hang, not a slow run, should fail: the model tests run 1,000 random sequences each
          // (1-2 s alone, 6 s seen on this 2-core machine under load, past the default 5 s).
          testTimeout: 30_000,
          include: ['test/core/**/*.test.ts'],
          benchmark: { include: ['test/core/**/*.bench.ts'] },
          typecheck: { enabled: false },
        },
      },
      {
        // The core suite again against the BUILT package (`pnpm test` builds first): the bundler
        // once dropped a "pure" decodeURIComponent check from dist that the source still had.
        extends: true,
        resolve: { alias: [{ find: /^@vvchat\/core$/, replacement: resolve(root, 'packages/core/dist/index.js') }] },
        test: {
          name: 'core-dist',
          environment: 'node',
          // A hang, not a slow run, should fail: the model tests run 1,000 random sequences each
          // (1-2 s alone, 6 s seen on this 2-core machine under load, past the default 5 s).
          testTimeout: 30_000,
          include: ['test/core/**/*.test.ts'],
          typecheck: { enabled: false },
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          env: { VVCHAT_REACT_MAJOR: '19' },
          environment: 'jsdom',
          include: ['test/react/**/*.test.{ts,tsx}'],
          typecheck: { enabled: true, include: ['test/react/**/*.test-d.{ts,tsx}'] },
        },
      },
      {
        // The hook tests again against React 18. test/react18 is a workspace package whose
        // node_modules hold React 18 and the libraries that import React; aliasing them there
        // makes our source and those libraries share the one React 18 copy.
        extends: true,
        resolve: {
          alias: react18Aliases,
        },
        test: {
          name: 'react18',
          env: { VVCHAT_REACT_MAJOR: '18' },
          environment: 'jsdom',
          include: ['test/react/**/*.test.{ts,tsx}'],
          exclude: ['test/react/**/*.react19.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/ui/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'simulator',
          environment: 'jsdom',
          include: ['test/simulator/**/*.test.ts'],
        },
      },
      {
        // The guides' example code (stories/guides/examples), run as the pages show it.
        extends: true,
        test: {
          name: 'docs',
          environment: 'node',
          include: ['test/docs/**/*.test.ts'],
        },
      },
      {
        // Every story is a test in real Chromium (Debian's, see .ci/run), a11y checks included.
        extends: true,
        plugins: [storybookTest({ configDir: resolve(root, '.storybook') })],
        test: {
          name: 'storybook',
          globalSetup: ['test/browser.globalSetup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // End to end: Playwright drives Debian's Chromium, as a phone, through the flow stories of
        // the static Storybook (built and served on 127.0.0.1 by the global setup), across real
        // page loads. `E2E_SKIP_BUILD=1` reuses an existing storybook-static/ (local iteration).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Real Chromium with REAL focus and visibility (test/chromium/harness.ts): started by hand and
        // attached over CDP without Playwright's focus emulation, serving pages bundled on the fly.
        // Its tests time real timers to tens of milliseconds, so it runs after the other projects
        // (groupOrder), not beside a Storybook build.
        extends: true,
        test: {
          name: 'chromium',
          environment: 'node',
          include: ['test/chromium/**/*.test.ts'],
          globalSetup: ['test/browser.globalSetup.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
