import {
  type InfiniteData,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import type { BillingError } from '../core';
import type { InvoicePage } from '../provider';
import { invoiceOptions, invoicesInfiniteOptions } from '../query';
import { useBillingContext } from './subscription-kit-context';

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

/** One invoice for the web view; disabled without an id or when the provider has no `getInvoice`. */
export function useInvoice(invoiceId: string | null) {
  const { dataProvider, queryClient } = useBillingContext('useInvoice');
  return useQuery(
    {
      ...invoiceOptions(dataProvider, invoiceId ?? ''),
      enabled: invoiceId !== null && Boolean(dataProvider.getInvoice),
    },
    queryClient,
  );
}
