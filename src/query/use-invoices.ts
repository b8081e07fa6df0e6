import { type InfiniteData, type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query';
import type { BillingError } from '../core';
import type { InvoicePage } from '../provider';
import { invoicesInfiniteOptions } from './query-options';
import { useBillingContext } from './subscription-kit-data-context';

export interface UseInvoicesOptions {
  /**
   * Invoices asked for per cursor page (the provider may return fewer).
   * @default 20
   */
  pageSize?: number | undefined;
}

/**
 * Invoices, newest first, a cursor page at a time (`fetchNextPage` for "Load more"). Disabled when
 * the provider has no `listInvoices`.
 */
export function useInvoices({
  pageSize = 20,
}: UseInvoicesOptions = {}): UseInfiniteQueryResult<InfiniteData<InvoicePage, string | null>, BillingError> {
  const { dataProvider, queryClient } = useBillingContext('useInvoices');
  return useInfiniteQuery(
    { ...invoicesInfiniteOptions(dataProvider, { pageSize }), enabled: Boolean(dataProvider.listInvoices) },
    queryClient,
  );
}
