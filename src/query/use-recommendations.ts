import { useMemo } from 'react';
import {
  type AccountContext,
  type BillingError,
  type Plan,
  type Recommendation,
  recommendPlans,
  type Subscription,
  usagePeriodAt,
} from '../core';
import { useSubscriptionKitData } from './subscription-kit-data-context';
import { type BillingData, useBillingData } from './use-billing-data';

export interface RecommendationsData {
  catalog: Plan[];
  account: AccountContext;
  subscription: Subscription | null;
  recommendation: Recommendation;
}

export interface RecommendationsResult {
  /** `pending` until the three reads are in, `error` when any failed. */
  status: 'pending' | 'error' | 'success';
  data: RecommendationsData | null;
  error: BillingError | null;
  /** Refetches the failed reads. */
  retry: () => void;
}

/**
 * The catalog, account and subscription, fetched in parallel, and the engine's recommendation
 * computed from them at the provider's clock (this period's usage projected to its end). The one
 * place the components get a recommendation from: the plan modal and the usage nudge alike.
 */
export function useRecommendations(): RecommendationsResult {
  const { now } = useSubscriptionKitData('useRecommendations');
  const billing = useBillingData();
  const { subscription, catalog, account } = billing.data ?? {};

  const data = useMemo((): RecommendationsData | null => {
    if (catalog === undefined || account === undefined || subscription === undefined) return null;
    const recommendation = recommendationFor({ catalog, account, subscription }, now());
    return { catalog, account, subscription, recommendation };
  }, [catalog, account, subscription, now]);

  return {
    status: billing.error ? 'error' : data ? 'success' : 'pending',
    data,
    error: billing.error,
    retry: billing.retry,
  };
}

/**
 * The engine's recommendation for the account at `at`, with the current period's usage projected
 * and costs weighed at the subscription's interval.
 */
export function recommendationFor({ catalog, account, subscription }: BillingData, at: Date): Recommendation {
  return recommendPlans({
    catalog,
    account,
    now: at,
    currentPlanId: subscription?.planId ?? null,
    ...(subscription && {
      usagePeriod: usagePeriodAt(subscription, at),
      // An annual customer weighs overage against annual prices per month.
      options: { interval: subscription.interval },
    }),
  });
}
