export { dataProviderScope, validatedDataProvider } from './data-provider-scope';
export { discardUnobservedData } from './discard-unobserved-data';
export { isUnsafeLinkError, saveInvoicePdf } from './download-invoice-pdf';
export { createIdempotencyKey, type IdempotencyKeys, useIdempotencyKeys } from './idempotency-keys';
export {
  type BillingMutationOptions,
  type ChangePlanVariables,
  type ContactSalesVariables,
  cancelScheduledChangeMutationOptions,
  changePlanMutationOptions,
  contactSalesMutationOptions,
  type PaymentMethodWriteVariables,
  removePaymentMethodMutationOptions,
  type StartAddPaymentMethodVariables,
  setDefaultPaymentMethodMutationOptions,
  startAddPaymentMethodMutationOptions,
} from './mutation-options';
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
export { readRetryDelay, shouldRetryRead } from './retry-policy';
export { type SafeUrl, toSafeUrl } from './safe-url';
export {
  SubscriptionKitDataContext,
  type SubscriptionKitDataContextValue,
  type SubscriptionKitEvent,
  useBillingContext,
  useProvidedContext,
  useSubscriptionKitData,
} from './subscription-kit-data-context';
export { useAccount } from './use-account';
export { type BillingData, type BillingDataResult, useBillingData } from './use-billing-data';
export { useCancelScheduledChange } from './use-cancel-scheduled-change';
export { useCatalog } from './use-catalog';
export { useContactSales } from './use-contact-sales';
export { useInvoice } from './use-invoice';
export { useInvoicePdf } from './use-invoice-pdf';
export { type UseInvoicesOptions, useInvoices } from './use-invoices';
export { usePaymentMethods } from './use-payment-methods';
export { type UsePlanChangeOptions, usePlanChange } from './use-plan-change';
export {
  type RecommendationsData,
  type RecommendationsResult,
  recommendationFor,
  useRecommendations,
} from './use-recommendations';
export { useRemovePaymentMethod } from './use-remove-payment-method';
export { useSetDefaultPaymentMethod } from './use-set-default-payment-method';
export { useStartAddPaymentMethod } from './use-start-add-payment-method';
export { useSubscription } from './use-subscription';
