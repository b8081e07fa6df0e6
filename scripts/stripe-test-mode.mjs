// `npm run test:stripe-live`: the conformance kit against `createStripeDataProvider` over REAL
// Stripe, in test mode. Needs STRIPE_SECRET_KEY (a test key, `sk_test_…`; a live key is refused);
// without it the script says it was skipped and exits 0. Not part of `npm test` (no test may reach
// the network); run it by hand after `npm run build`.
//
// It seeds the test catalog once (idempotently: products and prices are found by their lookup keys
// and metadata, so a second run creates nothing new) and a fresh test customer for every check,
// then prints one line per check and exits non-zero when one fails.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What to do with the key in the environment: skip, refuse, or run. */
function stripeTestModeKey(key) {
  if (key === undefined || key.trim() === '') {
    return { action: 'skip', message: 'Stripe test mode: skipped (STRIPE_SECRET_KEY is not set).' };
  }
  if (/^(sk|rk)_live_/.test(key)) {
    return { action: 'refuse', message: 'Stripe test mode: refused, STRIPE_SECRET_KEY is a live key.' };
  }
  if (!key.startsWith('sk_test_')) {
    return {
      action: 'refuse',
      message: 'Stripe test mode: refused, STRIPE_SECRET_KEY must start with sk_test_.',
    };
  }
  return { action: 'run', message: 'Stripe test mode: running the conformance kit against Stripe.' };
}

async function main() {
  const decision = stripeTestModeKey(process.env.STRIPE_SECRET_KEY);
  if (decision.action !== 'run') {
    (decision.action === 'skip' ? console.log : console.error)(decision.message);
    return decision.action === 'skip' ? 0 : 1;
  }
  console.log(decision.message);
  if (!['dist/stripe.js', 'dist/testing.js'].every((file) => existsSync(join(root, file)))) {
    console.error('dist/ is missing: run `npm run build` first (the script uses the built package).');
    return 1;
  }
  const { runStripeTestMode } = await import('./stripe-test-mode-run.mjs');
  return runStripeTestMode(process.env.STRIPE_SECRET_KEY);
}

process.exitCode = await main();
