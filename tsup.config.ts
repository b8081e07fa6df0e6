import { cp, readFile, writeFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const CORE_DIRECTORY = resolve('src/core');

/**
 * The main, testing and http entries load the engine as `subscription-kit/core` instead of carrying a copy
 * of it: a class such as `BillingError` then exists once, so an error made with the engine's class
 * passes `instanceof` against the main entry's. (Shared chunks would do the same, but cost hosts
 * about 2 kB gzip in what their bundlers can no longer drop.)
 */
const engineAsPackage: EsbuildPlugin = {
  name: 'engine-as-package',
  setup(build) {
    build.onResolve({ filter: /(^|\/)core(\/[\w-]+)?$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      const inEngine = target === CORE_DIRECTORY || target.startsWith(`${CORE_DIRECTORY}${sep}`);
      return inEngine ? { path: 'subscription-kit/core', external: true } : undefined;
    });
  },
};

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
    esbuildPlugins: [engineAsPackage],
    // The React entry only: `core` and `testing` also run in servers and test runners.
    banner: { js: '"use client";' },
    async onSuccess() {
      // One stylesheet for hosts: the parts `src/styles/index.css` imports, inlined in its order.
      const index = await readFile('src/styles/index.css', 'utf8');
      const imports = [...index.matchAll(/^@import "(.+)";\n/gm)];
      const parts = await Promise.all(
        imports.map(([, path = '']) => readFile(resolve('src/styles', path), 'utf8')),
      );
      await writeFile('dist/styles.css', [index.replace(/^@import .+\n/gm, ''), ...parts].join(''));
      await cp('locales', 'dist/locales', { recursive: true });
    },
  },
  { ...shared, entry: { core: 'src/core/index.ts' } },
  { ...shared, entry: { testing: 'src/testing/index.ts' }, esbuildPlugins: [engineAsPackage] },
  // The HTTP provider: its own entry, so hosts with their own provider do not carry it. It imports
  // only the engine and types (test/architecture), so it holds no copy of the main entry's code.
  { ...shared, entry: { http: 'src/http/index.ts' }, esbuildPlugins: [engineAsPackage] },
  // The REST handler for servers: no browser bundle imports it (test/architecture).
  { ...shared, entry: { server: 'src/server/index.ts' }, esbuildPlugins: [engineAsPackage] },
  // The Stripe provider, server only: the host's own `stripe` SDK (an optional peer) is never bundled.
  {
    ...shared,
    entry: { stripe: 'src/stripe/index.ts' },
    esbuildPlugins: [engineAsPackage],
    external: [...(shared.external ?? []), 'stripe'],
  },
]);
