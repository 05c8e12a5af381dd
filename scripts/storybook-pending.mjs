#!/usr/bin/env node
// Placeholder for `pnpm storybook` and `pnpm build-storybook` until Storybook lands.
console.error(
  [
    'Storybook is not set up yet: it arrives with a later issue',
    '("The simulator, the Storybook manual..."), together with @vvchat/simulator.',
    'Until then: `pnpm test` runs every test; packages/core/README.md shows usage.',
  ].join('\n'),
);
process.exit(1);
