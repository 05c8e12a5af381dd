import { defineConfig } from 'tsdown';

/** Every package builds the same way: `src/index.ts` → ESM `dist/index.js` + `dist/index.d.ts`. */
export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  dts: true,
  sourcemap: false,
  clean: true,
});
