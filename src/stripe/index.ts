export { createStripeDataProvider, type StripeDataProvider } from './create-stripe-data-provider';
export type { StripeAccountDetails, StripeDataProviderOptions } from './stripe-data-provider-options';
export { toBillingError as stripeErrorToBillingError } from './stripe-errors';
