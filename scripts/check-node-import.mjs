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

// The engine's build stays pure: no UI library and no client directive in either format.
const { readFileSync } = await import('node:fs');
for (const file of ['dist/core.js', 'dist/core.cjs']) {
  const code = readFileSync(file, 'utf8');
  const imported = [...code.matchAll(/(?:from\s*|require\()\s*["']([^"']+)["']/g)].map((match) => match[1]);
  if (imported.length > 0)
    throw new Error(`${file} imports ${imported.join(', ')}: the engine must import nothing`);
  if (code.includes('use client')) throw new Error(`${file} carries "use client": only the React entry may`);
  console.log(`${file}: no imports, no "use client"`);
}
