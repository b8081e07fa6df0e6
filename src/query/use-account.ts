import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { AccountContext, BillingError } from '../core';
import { accountOptions } from './query-options';
import { useBillingContext } from './subscription-kit-data-context';

/** Usage and the account context the recommendations are computed from. */
export function useAccount(): UseQueryResult<AccountContext, BillingError> {
  const { dataProvider, queryClient } = useBillingContext('useAccount');
  return useQuery(accountOptions(dataProvider), queryClient);
}
