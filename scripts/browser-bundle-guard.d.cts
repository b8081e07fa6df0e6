import type { BuildOptions } from 'esbuild';

/** Strings only server-only code carries. */
export const SERVER_ONLY_TEXT: readonly string[];
/** What in a bundle's inputs and text betrays server-only code (empty: nothing). */
export function serverOnlyFindings(inputs: string[], text: string): string[];
/** Bundles for the browser, with a plugin failing the build on server-only code. */
export function guardBrowserBundle(config: BuildOptions): BuildOptions;
