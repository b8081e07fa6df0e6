// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { guardBrowserBundle, serverOnlyFindings } from '../../scripts/browser-bundle-guard.cjs';

/*
 * The size check's guard (`.size-limit.cjs`): a browser bundle of the main entry must hold nothing
 * of the server entries or the stripe SDK. Here it bundles sources the same way, so it is shown
 * both to pass the main entry and to fail what it must refuse.
 */

const root = join(import.meta.dirname, '../..');
const outdir = mkdtempSync(join(tmpdir(), 'sk-guard-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

async function guardedBuild(source: string): Promise<string[]> {
  try {
    await build(
      guardBrowserBundle({
        stdin: { contents: source, resolveDir: root, loader: 'ts' },
        outdir,
        bundle: true,
        minify: true,
        write: true,
        logLevel: 'silent',
        external: [
          'react',
          'react-dom',
          'react/jsx-runtime',
          'i18next',
          'react-i18next',
          '@tanstack/*',
          '@radix-ui/*',
        ],
      }),
    );
    return [];
  } catch (error) {
    return ((error as { errors?: { text: string }[] }).errors ?? []).map((entry) => entry.text);
  }
}

describe('the browser bundle guard', () => {
  it('names what betrays server-only code: an input, or a string only it carries', () => {
    expect(serverOnlyFindings(['dist/index.js', 'dist/chunk-1.js'], 'const a = "plan";')).toEqual([]);
    expect(serverOnlyFindings(['dist/server.js', 'node_modules/stripe/esm/stripe.core.js'], '')).toEqual([
      'reads dist/server.js',
      'reads node_modules/stripe/esm/stripe.core.js',
    ]);
    expect(serverOnlyFindings([], 'x={proration_behavior:"always_invoice"}')).toEqual([
      'contains "always_invoice"',
    ]);
  });

  it('passes a bundle of the main entry', { timeout: 60_000 }, async () => {
    expect(await guardedBuild("export * from './src/index.ts';")).toEqual([]);
  });

  it('fails a bundle that reaches the server entry or the stripe SDK', { timeout: 60_000 }, async () => {
    const server = await guardedBuild("export * from './src/server/index.ts';");
    expect(server).toContain('a browser bundle of the main entry contains "idempotency_key_in_use"');
    const sdk = await guardedBuild("export { default } from 'stripe';");
    expect(sdk.some((text) => text.includes('reads node_modules/stripe/'))).toBe(true);
  });
});
