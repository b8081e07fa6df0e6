import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { BillingError, Plan } from '../core';
import { catalogOptions } from './query-options';
import { useBillingContext } from './subscription-kit-data-context';

/** The catalog, limited to the provider's `currency` when one is set. */
export function useCatalog(): UseQueryResult<Plan[], BillingError> {
  const { dataProvider, queryClient, currency } = useBillingContext('useCatalog');
  const select = useCallback(
    (plans: Plan[]) => (currency ? plans.filter((plan) => plan.prices.month.currency === currency) : plans),
    [currency],
  );
  return useQuery({ ...catalogOptions(dataProvider), select }, queryClient);
}
