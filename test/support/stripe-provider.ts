import type Stripe from 'stripe';
import type { BillingDataProvider } from 'subscription-kit';
import type { BillingInterval } from 'subscription-kit/core';
import { createStripeDataProvider, type StripeDataProviderOptions } from 'subscription-kit/stripe';
import { stripeSeedAccount, stripeSeedSeller } from './stripe-seed';

/** The Stripe provider for a seeded customer, on the clock of `stripe` (the double's, in seconds). */
export function seededCustomerProvider(
  source: { stripe: Stripe; now(): number },
  customerId: string,
  options: Partial<StripeDataProviderOptions> = {},
) {
  return createStripeDataProvider({
    stripe: source.stripe,
    customerId,
    seller: stripeSeedSeller,
    getAccountDetails: () => stripeSeedAccount,
    now: () => new Date(source.now() * 1000),
    ...options,
  });
}

/** Previews a change and confirms it at the previewed amount, as the modal does. */
export async function previewAndChange(
  provider: BillingDataProvider,
  planId: string,
  interval: BillingInterval,
  idempotencyKey: string,
) {
  const preview = await provider.previewChange({ planId, interval });
  return provider.changePlan({ planId, interval, expectedAmountDue: preview.amountDue, idempotencyKey });
}
