// The built package loads in plain Node, as a server renderer or a test runner would load it:
// every entry, as ESM and as CommonJS, with no DOM globals and nothing read from `window` at import.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const entries = [
  'subscription-kit',
  'subscription-kit/core',
  'subscription-kit/testing',
  'subscription-kit/http',
  'subscription-kit/server',
  'subscription-kit/stripe',
];
for (const entry of entries) {
  const esm = await import(entry);
  const cjs = require(entry);
  const names = Object.keys(esm).sort().join();
  if (names !== Object.keys(cjs).sort().join())
    throw new Error(`${entry}: ESM and CJS export different names`);
  console.log(`${entry}: ${Object.keys(esm).length} exports (ESM and CJS)`);
}
if (typeof globalThis.window !== 'undefined') throw new Error('Importing the package defined window');

// One BillingError across entries and formats: an error made with the engine's class is an instance
// of the main entry's class, as hosts that import both expect.
for (const [format, load] of [
  ['ESM', (entry) => import(entry)],
  ['CJS', async (entry) => require(entry)],
]) {
  const [{ BillingError: CoreError }, { BillingError: MainError }, testing, http] = await Promise.all(
    ['subscription-kit/core', 'subscription-kit', 'subscription-kit/testing', 'subscription-kit/http'].map(
      load,
    ),
  );
  if (!(new CoreError('network') instanceof MainError) || CoreError !== MainError)
    throw new Error(
      `${format}: subscription-kit/core and subscription-kit hold different BillingError classes`,
    );
  const rejected = await testing
    .createTestDataProvider()
    .getCatalog({})
    .catch((error) => error);
  if (!(rejected instanceof CoreError))
    throw new Error(`${format}: subscription-kit/testing rejects with another BillingError class`);
  const refused = await http
    .createHttpDataProvider({
      baseUrl: 'https://billing.example',
      fetch: async () => new Response('', { status: 404 }),
    })
    .getCatalog({})
    .catch((error) => error);
  if (!(refused instanceof MainError) || refused.code !== 'not_found')
    throw new Error(`${format}: subscription-kit/http rejects with another BillingError class`);
  console.log(`${format}: one BillingError class across entries`);
}

// The engine's build stays pure: neither it nor any chunk it loads imports a package or carries the
// client directive, in either format. The HTTP provider and the server handler import only the
// engine, so they hold no copy of another entry's code.
const { readFileSync } = await import('node:fs');
const { dirname, join } = await import('node:path');
// The Stripe provider takes the SDK's types only: the host's own `stripe` is never bundled or loaded.
for (const entry of [
  'dist/http.js',
  'dist/http.cjs',
  'dist/server.js',
  'dist/server.cjs',
  'dist/stripe.js',
  'dist/stripe.cjs',
]) {
  const code = readFileSync(entry, 'utf8');
  const imported = [
    ...new Set([...code.matchAll(/(?:from\s*|require\()\s*["']([^"']+)["']/g)].map(([, name]) => name)),
  ];
  if (imported.join() !== 'subscription-kit/core')
    throw new Error(
      `${entry} imports ${imported.join(', ') || 'nothing'}: it must import subscription-kit/core alone`,
    );
  if (code.includes('use client')) throw new Error(`${entry} carries "use client": only the React entry may`);
  console.log(`${entry}: imports subscription-kit/core alone, no "use client"`);
}
for (const entry of ['dist/core.js', 'dist/core.cjs']) {
  const pending = [entry];
  const seen = new Set();
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from\s*|require\()\s*["']([^"']+)["']/g)) {
      if (!specifier.startsWith('.'))
        throw new Error(`${file} (loaded by ${entry}) imports ${specifier}: the engine must import nothing`);
      pending.push(join(dirname(file), specifier));
    }
    if (code.includes('use client'))
      throw new Error(`${file} (loaded by ${entry}) carries "use client": only the React entry may`);
  }
  console.log(`${entry}: ${seen.size} files, no package imports, no "use client"`);
}
