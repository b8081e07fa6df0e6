import { useMemo } from 'react';
import {
  type AccountContext,
  type Plan,
  type Recommendation,
  recommendPlans,
  type Subscription,
  usagePeriodAt,
} from '../core';
import { useSubscriptionKitContext } from './subscription-kit-context';
import { useBillingData } from './use-billing-queries';

export interface RecommendationsData {
  catalog: Plan[];
  account: AccountContext;
  subscription: Subscription | null;
  recommendation: Recommendation;
}

/**
 * The catalog, account and subscription, fetched in parallel, and the engine's recommendation
 * computed from them at the provider's clock (with this period's usage projected to its end). `status` is `pending` until all three are in,
 * `error` when any failed (`retry` refetches the failed ones).
 */
export function useRecommendations() {
  const { now } = useSubscriptionKitContext('useRecommendations');
  const billing = useBillingData();
  const { subscription, catalog, account } = billing.data ?? {};

  const data = useMemo((): RecommendationsData | null => {
    if (catalog === undefined || account === undefined || subscription === undefined) return null;
    const at = now();
    const recommendation = recommendPlans({
      catalog,
      account,
      now: at,
      currentPlanId: subscription?.planId ?? null,
      ...(subscription && { usagePeriod: usagePeriodAt(subscription, at) }),
    });
    return { catalog, account, subscription, recommendation };
  }, [catalog, account, subscription, now]);

  return {
    status: billing.error ? ('error' as const) : data ? ('success' as const) : ('pending' as const),
    data,
    error: billing.error,
    retry: billing.retry,
  };
}
