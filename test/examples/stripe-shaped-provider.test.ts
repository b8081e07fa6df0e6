import { describeDataProviderContract } from 'subscription-kit/testing';
import { describe, it } from 'vitest';
import { createStripeShapedBackend } from '../../examples/stripe-shaped-provider/create-stripe-shaped-backend';
import { createStripeShapedProvider } from '../../examples/stripe-shaped-provider/create-stripe-shaped-provider';
import {
  createStripeShapedTestData,
  stripeShapedTestCustomerId,
  stripeShapedTestNow,
  stripeShapedTestSeller,
} from '../../examples/stripe-shaped-provider/create-stripe-shaped-test-data';

/** A provider over a backend with fresh test data, on the test clock. */
function createProvider() {
  const now = () => stripeShapedTestNow;
  return createStripeShapedProvider({
    stripe: createStripeShapedBackend({ data: createStripeShapedTestData(), now }),
    customerId: stripeShapedTestCustomerId,
    seller: stripeShapedTestSeller,
    now,
  });
}

// No optional scenarios: the test data holds every one of them.
describeDataProviderContract('the Stripe-shaped provider', createProvider, { describe, it });
