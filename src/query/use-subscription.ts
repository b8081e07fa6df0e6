import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { BillingError, Subscription } from '../core';
import { subscriptionOptions } from './query-options';
import { useBillingContext } from './subscription-kit-data-context';

/** The current subscription (`null` when the account has none). */
export function useSubscription(): UseQueryResult<Subscription | null, BillingError> {
  const { dataProvider, queryClient } = useBillingContext('useSubscription');
  return useQuery(subscriptionOptions(dataProvider), queryClient);
}
