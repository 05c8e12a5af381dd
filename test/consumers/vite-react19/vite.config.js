import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // dist/.vite/manifest.json tells check.mjs which files the entry loads.
  build: { manifest: true },
  logLevel: 'warn',
});
