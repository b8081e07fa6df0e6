import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { BillingError, Invoice } from '../core';
import { invoiceOptions } from './query-options';
import { useBillingContext } from './subscription-kit-data-context';

/** One invoice for the web view; disabled without an id or when the provider has no `getInvoice`. */
export function useInvoice(invoiceId: string | null): UseQueryResult<Invoice, BillingError> {
  const { dataProvider, queryClient } = useBillingContext('useInvoice');
  return useQuery(
    {
      ...invoiceOptions(dataProvider, invoiceId ?? ''),
      enabled: invoiceId !== null && Boolean(dataProvider.getInvoice),
    },
    queryClient,
  );
}
