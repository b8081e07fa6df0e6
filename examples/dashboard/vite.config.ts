import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/*
 * The demo dashboard, built like any host app. It imports the library by its public names, resolved
 * to the BUILT package in dist/ (run `npm run build` first; `npm run demo` does): so the demo and
 * its end-to-end test exercise exactly the files that are published, "use client" banner, CSS
 * layer and locale JSON included. The repository root has no node_modules/subscription-kit to find
 * them in, hence the aliases.
 */

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^subscription-kit\/core$/, replacement: fromRoot('dist/core.js') },
      { find: /^subscription-kit\/testing$/, replacement: fromRoot('dist/testing.js') },
      { find: /^subscription-kit\/http$/, replacement: fromRoot('dist/http.js') },
      { find: /^subscription-kit\/styles\.css$/, replacement: fromRoot('dist/styles.css') },
      { find: /^subscription-kit\/locales\/(.*)$/, replacement: fromRoot('dist/locales/$1') },
      { find: /^subscription-kit$/, replacement: fromRoot('dist/index.js') },
    ],
  },
  server: {
    host: '127.0.0.1',
    // The billing API is examples/server; proxied so the dashboard calls it same-origin (no CORS).
    proxy: { '/api': `http://127.0.0.1:${process.env.DEMO_API_PORT ?? '8787'}` },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // React DOM, the library with its dependencies and four locales in one chunk: fine for a demo.
    chunkSizeWarningLimit: 800,
    // The library marks its React entry "use client"; harmless in a client-only app.
    rolldownOptions: {
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
