import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { packageAliases } from '../../.storybook/package-aliases.ts';

/**
 * The page the browser benchmark drives: the library from its sources, as stories use it, built for
 * production by scripts/bench-browser.mjs.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { alias: packageAliases },
  logLevel: 'error',
  server: { host: '127.0.0.1' },
});
