export { dataProviderScope, validatedDataProvider } from './data-provider-scope';
export { subscriptionKitKeys } from './query-keys';
export {
  accountOptions,
  type BillingQueryOptions,
  catalogOptions,
  type InvoicesInfiniteQueryOptions,
  invoiceOptions,
  invoicesInfiniteOptions,
  paymentMethodsOptions,
  previewChangeOptions,
  subscriptionOptions,
} from './query-options';
