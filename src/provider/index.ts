export type {
  BillingCapability,
  BillingDataProvider,
  ChangePlanResult,
  ContactSalesRequest,
  InvoicePage,
  InvoicePdf,
  PlanChangePreview,
  PreviewLine,
  ReadParams,
  RequestMeta,
  StartAddPaymentMethodResult,
  WriteParams,
} from './billing-data-provider';
export { createValidatedDataProvider } from './create-validated-data-provider';
export {
  billingCapabilities,
  type DataProviderMethod,
  dataProviderMethods,
  requiredDataProviderMethods,
  writeDataProviderMethods,
} from './data-provider-methods';
export { expectedAmountDueOf } from './expected-amount-due';
export { validateDataProviderResult } from './validate-data-provider-result';
