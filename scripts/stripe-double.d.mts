/** Bundles one TypeScript entry (a path from the repository's root) with esbuild and imports it. */
export function importTypeScript(entry: string): Promise<Record<string, unknown>>;

/** Bundles test/support/stripe-double with esbuild and imports it. */
export function loadStripeDouble(): Promise<typeof import('../test/support/stripe-double/index.ts')>;
