import { fileURLToPath } from 'node:url';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * Stories and tests import the package by its public names; these resolve them to the sources,
 * so they exercise exactly what a host imports.
 */
export const packageAliases = [
  { find: /^subscription-kit\/core$/, replacement: fromRoot('src/core/index.ts') },
  { find: /^subscription-kit\/testing$/, replacement: fromRoot('src/testing/index.ts') },
  { find: /^subscription-kit\/http$/, replacement: fromRoot('src/http/index.ts') },
  { find: /^subscription-kit\/server$/, replacement: fromRoot('src/server/index.ts') },
  { find: /^subscription-kit\/stripe$/, replacement: fromRoot('src/stripe/index.ts') },
  { find: /^subscription-kit\/styles\.css$/, replacement: fromRoot('src/styles/index.css') },
  { find: /^subscription-kit$/, replacement: fromRoot('src/index.ts') },
];
