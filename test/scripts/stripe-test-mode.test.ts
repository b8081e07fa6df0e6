// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The test-mode script runs the kit against real Stripe only with a test key; here it never gets
// one, so it never reaches the network: it skips without a key and refuses a live one.
const script = fileURLToPath(new URL('../../scripts/stripe-test-mode.mjs', import.meta.url));

function run(key: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.STRIPE_SECRET_KEY;
  if (key !== undefined) env.STRIPE_SECRET_KEY = key;
  return spawnSync(process.execPath, [script], { env, encoding: 'utf8', timeout: 20_000 });
}

describe('scripts/stripe-test-mode.mjs', () => {
  it('says it was skipped and exits 0 without STRIPE_SECRET_KEY', () => {
    const result = run(undefined);
    expect(result.stdout.trim()).toBe('Stripe test mode: skipped (STRIPE_SECRET_KEY is not set).');
    expect(result.status).toBe(0);
  });

  it('refuses a live key, and any key that is not a secret test key', () => {
    for (const key of ['sk_live_123', 'rk_live_123', 'pk_test_123']) {
      const result = run(key);
      expect(result.stderr).toMatch(/^Stripe test mode: refused/);
      expect(result.status).toBe(1);
    }
  });
});
