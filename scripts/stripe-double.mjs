// TypeScript from the repository for scripts that run under plain Node: the Stripe double
// (test/support/stripe-double/) for the demo server's Stripe mode and the end-to-end test over it,
// and the Stripe test data seeding for the test-mode script. Bundled on the fly with esbuild
// (already installed through tsup and Vite) to one .mjs under node_modules/.cache, where its imports
// (`stripe`) resolve from the repository's node_modules; nothing is downloaded.
import { mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles one TypeScript entry (a path from the repository's root) and imports it. */
export async function importTypeScript(entry) {
  const outDir = join(root, 'node_modules/.cache/subscription-kit');
  mkdirSync(outDir, { recursive: true });
  // One file per entry and process: two runs at once never import each other's half-written bundle.
  const outfile = join(outDir, `${basename(entry).replace(/\.ts$/, '')}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** The Stripe double: `const { startStripeDouble } = await loadStripeDouble()`. */
export function loadStripeDouble() {
  return importTypeScript('test/support/stripe-double/index.ts');
}
