import type { BillingCapability, BillingDataProvider } from './billing-data-provider';

/** The name of any method of the contract. */
export type DataProviderMethod = keyof BillingDataProvider;

/** Methods every provider must have. */
export const requiredDataProviderMethods = [
  'getCatalog',
  'getSubscription',
  'getAccount',
  'previewChange',
  'changePlan',
] as const satisfies readonly DataProviderMethod[];

/** The optional methods, in contract order: when one is absent, the UI hides what needs it. */
export const billingCapabilities: readonly BillingCapability[] = [
  'cancelScheduledChange',
  'listInvoices',
  'getInvoice',
  'getInvoicePdf',
  'listPaymentMethods',
  'startAddPaymentMethod',
  'setDefaultPaymentMethod',
  'removePaymentMethod',
  'contactSales',
];

/** Every method of the contract, required ones first. */
export const dataProviderMethods: readonly DataProviderMethod[] = [
  ...requiredDataProviderMethods,
  ...billingCapabilities,
];

/** The methods that write: they take an `idempotencyKey` instead of a `signal`. */
export const writeDataProviderMethods: readonly DataProviderMethod[] = [
  'changePlan',
  'cancelScheduledChange',
  'startAddPaymentMethod',
  'setDefaultPaymentMethod',
  'removePaymentMethod',
  'contactSales',
];
