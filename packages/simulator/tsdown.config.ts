import { defineConfig } from 'tsdown';
import base from '../../tsdown.base';

// tsdown.base.ts (the shared build, at the repository root) is one config object.
if (Array.isArray(base)) throw new Error('tsdown.base.ts must export one config object');

// The shared build, with a second entry for the test helpers: `@vvchat/simulator/testing` →
// dist/testing.js + dist/testing.d.ts.
export default defineConfig({
  ...base,
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
});
