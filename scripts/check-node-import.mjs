// The built package loads in plain Node, as a server renderer or a test runner would load it:
// every entry, as ESM and as CommonJS, with no DOM globals and nothing read from `window` at import.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const entries = ['subscription-kit', 'subscription-kit/core', 'subscription-kit/testing'];
for (const entry of entries) {
  const esm = await import(entry);
  const cjs = require(entry);
  const names = Object.keys(esm).sort().join();
  if (names !== Object.keys(cjs).sort().join())
    throw new Error(`${entry}: ESM and CJS export different names`);
  console.log(`${entry}: ${Object.keys(esm).length} exports (ESM and CJS)`);
}
if (typeof globalThis.window !== 'undefined') throw new Error('Importing the package defined window');
