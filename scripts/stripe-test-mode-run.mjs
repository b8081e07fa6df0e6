// The part of `scripts/stripe-test-mode.mjs` that talks to Stripe: imported only once a test key
// is known to be set. Every customer gets its own test clock, so its history (renewals, invoices)
// is made by advancing the clock, as the double does with `setNow`; the provider reads the clock's
// time as "now".
import Stripe from 'stripe';
import { createStripeDataProvider } from 'subscription-kit/stripe';
import { runDataProviderContract } from 'subscription-kit/testing';
import { importTypeScript } from './stripe-double.mjs';

/** Months of paid history per customer: enough invoices to page through with `pageSize`. */
const HISTORY_MONTHS = 3;
const PAGE_SIZE = 2;
/** One check seeds a customer and advances its clock month by month: minutes, not seconds. */
const CHECK_TIMEOUT_MS = 10 * 60_000;

/** Advances a test clock and waits until Stripe has finished the work up to it. */
async function advanceClock(stripe, clockId, seconds) {
  let clock = await stripe.testHelpers.testClocks.advance(clockId, { frozen_time: seconds });
  while (clock.status === 'advancing') {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    clock = await stripe.testHelpers.testClocks.retrieve(clockId);
  }
  if (clock.status !== 'ready') throw new Error(`test clock ${clockId} is ${clock.status}`);
}

/** Seeds a fresh customer on its own test clock and returns the provider for it. */
async function freshProvider(stripe, seeding) {
  const now = Math.floor(Date.now() / 1000);
  const start = now - HISTORY_MONTHS * 31 * 86_400;
  const clock = await stripe.testHelpers.testClocks.create({
    frozen_time: start,
    name: 'subscription-kit kit',
  });
  let frozen = start;
  const { customerId } = await seeding.seedStripeCustomer(stripe, {
    testClock: clock.id,
    history: {
      // Stripe advances a clock by at most two billing intervals at a time: month by month.
      async advanceTo(until) {
        while (frozen < until) {
          frozen = Math.min(until, frozen + 28 * 86_400);
          await advanceClock(stripe, clock.id, frozen);
        }
      },
      until: now,
    },
  });
  return createStripeDataProvider({
    stripe,
    customerId,
    seller: seeding.stripeSeedSeller,
    getAccountDetails: () => seeding.stripeSeedAccount,
    now: () => new Date(frozen * 1000),
  });
}

/** Seeds the catalog, runs every check of the kit, prints the results; the exit code. */
export async function runStripeTestMode(key) {
  const stripe = new Stripe(key, { maxNetworkRetries: 2, appInfo: { name: 'subscription-kit test mode' } });
  const seeding = await importTypeScript('test/support/stripe-seed.ts');
  await seeding.seedStripeCatalog(stripe);
  console.log('Catalog seeded (products and prices found by id and lookup key, created where missing).');
  const results = await runDataProviderContract(() => freshProvider(stripe, seeding), {
    pageSize: PAGE_SIZE,
    timeoutMs: CHECK_TIMEOUT_MS,
  });
  for (const result of results) {
    console.log(`${result.passed ? ' ✓' : ' ✗'} ${result.name}`);
    if (result.error) console.log(`   → ${String(result.error.message).split('\n').join('\n     ')}`);
  }
  const passed = results.filter((result) => result.passed).length;
  console.log(`\n${passed} passed, ${results.length - passed} failed (Stripe test mode)`);
  return passed === results.length && passed > 0 ? 0 : 1;
}
