/**
 * subscription-kit/core: the pure billing engine. No React, i18next or DOM; time and locale are
 * always parameters. Every public export is listed here by name.
 */

export type { AnnualPricing } from './annual-pricing';
export { annualPricing } from './annual-pricing';
export { billingPeriodAt, nextBillingDate } from './billing-cycle';
export type { BillingErrorCode, BillingErrorOptions } from './billing-error';
export { BillingError, billingErrorCodeOf, billingErrorCodes, isBillingError } from './billing-error';
export type { CardExpiry } from './card-expiry';
export { cardExpiry } from './card-expiry';
export type { AvailabilityCheck, AvailabilityReason } from './check-availability';
export { checkAvailability } from './check-availability';
export type { DowngradeBlocker, DowngradeCheck } from './check-downgrade';
export { checkDowngrade } from './check-downgrade';
export type { PlanChangePreviewProblem } from './check-plan-change-preview';
export { assertPlanChangePreview, checkPlanChangePreview } from './check-plan-change-preview';
export type { ChangeKind, PlanSelection } from './classify-change';
export { classifyChange, yearlyPrice } from './classify-change';
export type { DowngradeLosses } from './downgrade-losses';
export { downgradeLosses } from './downgrade-losses';
export type { EffectivePrice } from './effective-price';
export { effectivePrice } from './effective-price';
export { isOutcomeUncertain } from './is-outcome-uncertain';
export type { FormatMoneyOptions, RoundingMode } from './money';
export {
  addMoney,
  allocateMoney,
  currencyFractionDigits,
  formatCompactNumber,
  formatMoney,
  money,
  multiplyMoney,
  subtractMoney,
} from './money';
export type { PeriodPosition } from './period-position';
export { periodPosition } from './period-position';
export type {
  ConfirmedPlanChange,
  ObservedPlanChange,
  PlanChangeAttempt,
  PlanChangeFlowError,
  PlanChangeFlowEvent,
  PlanChangeFlowState,
  PlanChangeStep,
} from './plan-change-flow';
export { initialPlanChangeFlowState, planChangeFlowReducer, resumePlanChangeFlow } from './plan-change-flow';
export type { ExpectedMonthlyCost } from './plan-cost';
export { expectedMonthlyCost } from './plan-cost';
export type {
  PlanChangeCalculation,
  PlanChangePreview,
  PlanChangeTiming,
  PreviewLine,
  PreviewPlanChangeInput,
} from './preview-plan-change';
export { planChangeTiming, previewPlanChange } from './preview-plan-change';
export type { ProrateInput, Proration } from './prorate';
export { prorate } from './prorate';
export type {
  OverageComparison,
  RankedPlan,
  Recommendation,
  RecommendationBase,
  RecommendationReason,
  RecommendPlansInput,
  RecommendPlansOptions,
} from './recommend-plans';
export { recommendPlans } from './recommend-plans';
export type { MonthlyUsage, ProjectedUsageSource } from './recommendation-usage';
export { projectMonthlyUsage } from './recommendation-usage';
export type { Instant } from './time';
export type {
  AccountContext,
  BillingInterval,
  Campaign,
  CardBrand,
  Invoice,
  InvoiceLine,
  InvoiceLineKind,
  InvoiceParty,
  InvoiceStatus,
  Money,
  OverageRate,
  PaymentMethod,
  PaymentMethodType,
  Plan,
  PlanAvailability,
  PlanChangeIntent,
  PlanLimits,
  PreviousPeriodUsage,
  ScheduledChange,
  Subscription,
  SubscriptionStatus,
  TaxLine,
  TimeWindow,
  TrialUsage,
  Usage,
  UsageMetric,
} from './types';
export { usageMetrics } from './types';
export type {
  OverageEstimate,
  OverageLine,
  UpcomingBill,
  UpcomingBillBase,
} from './upcoming-bill';
export { estimateOverage, upcomingBill } from './upcoming-bill';
export type {
  MeasureUsageOptions,
  Period,
  ProjectionBasis,
  ProjectUsageInput,
  UsageLevel,
  UsageMeasure,
  UsageOverTime,
  UsageProjection,
} from './usage';
export {
  explainProjection,
  MIN_PROJECTION_SHARE,
  measureUsage,
  projectUsage,
  usagePeriodAt,
} from './usage';
