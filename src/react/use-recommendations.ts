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
import { useAccount, useCatalog, useSubscription } from './use-billing-queries';

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
  const catalog = useCatalog();
  const account = useAccount();
  const subscription = useSubscription();
  const queries = [catalog, account, subscription];
  const error = queries.find((query) => query.isError)?.error ?? null;

  const data = useMemo((): RecommendationsData | null => {
    if (catalog.data === undefined || account.data === undefined || subscription.data === undefined)
      return null;
    const at = now();
    const recommendation = recommendPlans({
      catalog: catalog.data,
      account: account.data,
      now: at,
      currentPlanId: subscription.data?.planId ?? null,
      ...(subscription.data && { usagePeriod: usagePeriodAt(subscription.data, at) }),
    });
    return { catalog: catalog.data, account: account.data, subscription: subscription.data, recommendation };
  }, [catalog.data, account.data, subscription.data, now]);

  return {
    status: error ? ('error' as const) : data ? ('success' as const) : ('pending' as const),
    data,
    error,
    retry: () => {
      for (const query of queries) if (query.isError) void query.refetch();
    },
  };
}
