import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Plan } from '../core';
import { accountOptions, catalogOptions, subscriptionOptions } from '../query';
import { useBillingContext } from './subscription-kit-context';

/** The catalog, limited to the provider's `currency` when one is set. */
export function useCatalog() {
  const { dataProvider, queryClient, currency } = useBillingContext('useCatalog');
  const select = useCallback(
    (plans: Plan[]) => (currency ? plans.filter((plan) => plan.prices.month.currency === currency) : plans),
    [currency],
  );
  return useQuery({ ...catalogOptions(dataProvider), select }, queryClient);
}

/** The current subscription (`null` when the account has none). */
export function useSubscription() {
  const { dataProvider, queryClient } = useBillingContext('useSubscription');
  return useQuery(subscriptionOptions(dataProvider), queryClient);
}

/** Usage and the account context the recommendations are computed from. */
export function useAccount() {
  const { dataProvider, queryClient } = useBillingContext('useAccount');
  return useQuery(accountOptions(dataProvider), queryClient);
}

/**
 * The subscription, catalog and account together, fetched in parallel: `data` once all three are
 * in, `error` when any failed, and `retry`, which refetches the failed ones.
 */
export function useBillingData() {
  const subscription = useSubscription();
  const catalog = useCatalog();
  const account = useAccount();
  const queries = [subscription, catalog, account];
  const data =
    subscription.data !== undefined && catalog.data !== undefined && account.data !== undefined
      ? { subscription: subscription.data, catalog: catalog.data, account: account.data }
      : null;
  return {
    data,
    error: queries.find((query) => query.isError)?.error ?? null,
    retry: () => {
      for (const query of queries) if (query.isError) void query.refetch();
    },
  };
}
