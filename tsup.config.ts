import { cp } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  splitting: false,
  // TypeScript 6 deprecates the baseUrl that tsup injects for declaration builds.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  external: ['react', 'react-dom', 'react/jsx-runtime'],
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    // The React entry only: `core` and `testing` also run in servers and test runners.
    banner: { js: '"use client";' },
    async onSuccess() {
      await cp('src/styles/index.css', 'dist/styles.css');
      await cp('locales', 'dist/locales', { recursive: true });
    },
  },
  {
    ...shared,
    entry: { core: 'src/core/index.ts', testing: 'src/testing/index.ts' },
  },
]);
