// The React entry: components, hooks, the React provider and data-provider helpers. Pure logic
// lives in `subscription-kit/core`; the types a host touches through props are re-exported here.

export {
  BillingErrorMessage,
  type BillingErrorMessageProps,
  isPaymentFailureCode,
  type PaymentFailureCode,
} from './components/billing-error-message';
export {
  BillingIntervalSwitch,
  type BillingIntervalSwitchProps,
} from './components/billing-interval-switch';
export {
  BillingSummary,
  type BillingSummaryProps,
} from './components/billing-summary';
export { EnterpriseContact, type EnterpriseContactProps } from './components/enterprise-contact';
export { InvoiceList, type InvoiceListProps } from './components/invoice-list';
export {
  InvoiceStatusBadge,
  type InvoiceStatusBadgeProps,
  InvoiceView,
  type InvoiceViewProps,
} from './components/invoice-view';
export {
  type AddPaymentMethodFormProps,
  PaymentMethods,
  type PaymentMethodsProps,
} from './components/payment-methods';
export { PlanCard, type PlanCardProps } from './components/plan-card';
export { PlanCatalog, type PlanCatalogProps } from './components/plan-catalog';
export { PlanChangeReview, type PlanChangeReviewProps } from './components/plan-change-review';
export {
  PlanModal,
  PlanModalCatalog,
  type PlanModalCatalogProps,
  PlanModalContent,
  type PlanModalContentProps,
  PlanModalEnterpriseContact,
  type PlanModalEnterpriseContactProps,
  PlanModalIntervalSwitch,
  type PlanModalIntervalSwitchProps,
  type PlanModalProps,
  PlanModalRecommendationBanner,
  type PlanModalRecommendationBannerProps,
  PlanModalRecommendedPlans,
  type PlanModalRecommendedPlansProps,
  PlanModalReview,
  type PlanModalReviewProps,
  PlanModalScheduledChange,
  type PlanModalScheduledChangeProps,
  PlanModalToolbar,
  type PlanModalToolbarProps,
  PlanModalTrigger,
  type PlanModalTriggerProps,
} from './components/plan-modal';
export {
  RecommendationBanner,
  type RecommendationBannerProps,
} from './components/recommendation-banner';
export {
  ScheduledChangeNotice,
  type ScheduledChangeNoticeProps,
} from './components/scheduled-change-notice';
export { UsageMeters, type UsageMetersProps } from './components/usage-meters';
export type {
  AccountContext,
  AvailabilityReason,
  BillingErrorCode,
  BillingErrorOptions,
  BillingInterval,
  Campaign,
  CardBrand,
  ChangeKind,
  DowngradeBlocker,
  Invoice,
  InvoiceLine,
  InvoiceLineKind,
  InvoiceParty,
  InvoiceStatus,
  Money,
  OverageLine,
  OverageRate,
  PaymentMethod,
  PaymentMethodType,
  Plan,
  PlanAvailability,
  PlanChangeFlowError,
  PlanChangeFlowState,
  PlanChangeIntent,
  PlanChangeStep,
  PlanLimits,
  RankedPlan,
  Recommendation,
  RecommendationBase,
  RecommendationReason,
  ScheduledChange,
  Subscription,
  SubscriptionStatus,
  TaxLine,
  TimeWindow,
  TrialUsage,
  UpcomingBill,
  UpcomingBillBase,
  Usage,
  UsageLevel,
  UsageMeasure,
  UsageMetric,
} from './core';
export { BillingError, billingErrorCodeOf, isBillingError } from './core';
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
  createValidatedDataProvider,
  type DataProviderMethod,
  dataProviderMethods,
  type InvoicePage,
  type InvoicePdf,
  type PlanChangePreview,
  type PreviewLine,
  type ReadParams,
  type RequestMeta,
  type StartAddPaymentMethodResult,
  type WriteParams,
} from './provider';
export {
  accountOptions,
  type BillingData,
  type BillingDataResult,
  type BillingMutationOptions,
  type BillingQueryOptions,
  type ChangePlanVariables,
  type ContactSalesVariables,
  cancelScheduledChangeMutationOptions,
  catalogOptions,
  changePlanMutationOptions,
  contactSalesMutationOptions,
  type InvoicesInfiniteQueryOptions,
  invoiceOptions,
  invoicesInfiniteOptions,
  isUnsafeLinkError,
  type PaymentMethodWriteVariables,
  paymentMethodsOptions,
  previewChangeOptions,
  type RecommendationsData,
  type RecommendationsResult,
  removePaymentMethodMutationOptions,
  type StartAddPaymentMethodVariables,
  type SubscriptionKitEvent,
  saveInvoicePdf,
  setDefaultPaymentMethodMutationOptions,
  startAddPaymentMethodMutationOptions,
  subscriptionKitKeys,
  subscriptionOptions,
  type UseInvoicesOptions,
  type UsePlanChangeOptions,
  useAccount,
  useCancelScheduledChange,
  useCatalog,
  useContactSales,
  useInvoice,
  useInvoicePdf,
  useInvoices,
  usePaymentMethods,
  usePlanChange,
  useRecommendations,
  useRemovePaymentMethod,
  useSetDefaultPaymentMethod,
  useStartAddPaymentMethod,
  useSubscription,
} from './query';
export type { Theme } from './react/subscription-kit-context';
export {
  SubscriptionKitProvider,
  type SubscriptionKitProviderProps,
} from './react/subscription-kit-provider';
