// @vitest-environment node
import { describeDataProviderContract } from 'subscription-kit/testing';
import { afterEach, describe, it } from 'vitest';
import { type StripeDouble, startStripeDouble } from '../support/stripe-double';
import { seededCustomerProvider } from '../support/stripe-provider';
import { seedStripeCustomer } from '../support/stripe-seed';

/*
 * The conformance kit over the Stripe provider over the Stripe double, every scenario required:
 * each check gets a fresh double, seeded through the SDK with a customer on Support Pro since
 * December 2024 (its renewals leave 16 invoices), the clock then at 10 March 2026, noon.
 */

const seededFrom = Date.UTC(2024, 11, 1) / 1000;
const testNow = Date.UTC(2026, 2, 10, 12) / 1000;
const doubles: StripeDouble[] = [];

afterEach(async () => {
  await Promise.all(doubles.splice(0).map((double) => double.close()));
});

async function createProvider() {
  // Stripe's invoice pages are https; the double's own origin is http.
  const double = await startStripeDouble({
    now: () => seededFrom,
    pagesOrigin: 'https://stripe-double.test',
  });
  doubles.push(double);
  const { customerId } = await seedStripeCustomer(double.stripe, {
    history: { advanceTo: (seconds) => double.setNow(seconds), until: testNow },
  });
  return seededCustomerProvider(double, customerId);
}

// No optional scenarios: the seeded data holds every one of them.
describeDataProviderContract('the Stripe provider over the Stripe double', createProvider, {
  describe,
  it,
  timeoutMs: 20_000,
});
