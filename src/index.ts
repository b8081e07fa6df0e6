// The React entry: components, the React provider and their types. Pure logic lives in
// `subscription-kit/core`; the types a host touches through props are re-exported here too.

export { PlanCard, type PlanCardProps } from './components/plan-card';
export type { AccountContext, Money, Plan, PlanLimits, Subscription } from './core';
export {
  type CreateI18nOptions,
  createI18n,
  NAMESPACE,
  SUPPORTED_LOCALES,
  type SupportedLocale,
  type TranslationOverrides,
  type TranslationResource,
} from './i18n';
export {
  type BillingCapability,
  type BillingDataProvider,
  billingCapabilities,
  type ChangePlanResult,
  type ContactSalesRequest,
  createHttpDataProvider,
  createValidatedDataProvider,
  type HttpDataProviderOptions,
  type InvoicePage,
  type InvoicePdf,
  type PlanChangePreview,
  type PreviewLine,
  type ReadParams,
  type RequestMeta,
  type StartAddPaymentMethodResult,
  type WriteParams,
} from './provider';
export { accountOptions, catalogOptions, subscriptionKitKeys, subscriptionOptions } from './query';
export type { Theme } from './react/subscription-kit-context';
export {
  SubscriptionKitProvider,
  type SubscriptionKitProviderProps,
} from './react/subscription-kit-provider';
