import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { BillingInterval } from '../core';
import type { BillingCapability, BillingDataProvider } from '../provider';
import { subscriptionKitKeys } from './query-keys';

/*
 * Query definitions, exported so hosts can prefetch and invalidate with the very definitions the
 * components use. Each takes the data provider explicitly.
 */

export function catalogOptions(dataProvider: BillingDataProvider) {
  return queryOptions({
    queryKey: subscriptionKitKeys.catalog(),
    queryFn: ({ signal }) => dataProvider.getCatalog({ signal }),
  });
}

export function subscriptionOptions(dataProvider: BillingDataProvider) {
  return queryOptions({
    queryKey: subscriptionKitKeys.subscription(),
    queryFn: ({ signal }) => dataProvider.getSubscription({ signal }),
  });
}

export function accountOptions(dataProvider: BillingDataProvider) {
  return queryOptions({
    queryKey: subscriptionKitKeys.account(),
    queryFn: ({ signal }) => dataProvider.getAccount({ signal }),
  });
}

/** The preview of one change; previews go stale fast because proration moves with the clock. */
export function previewChangeOptions(
  dataProvider: BillingDataProvider,
  intent: { planId: string; interval: BillingInterval },
) {
  return queryOptions({
    queryKey: subscriptionKitKeys.preview(intent.planId, intent.interval),
    queryFn: ({ signal }) => dataProvider.previewChange({ ...intent, signal }),
    staleTime: 0,
    gcTime: 60_000,
  });
}

/* -------------------------------------------------------------------------------------------------
 * Invoices and payment methods (optional capabilities: the queries reject with a plain error when
 * the provider lacks the method; the components check the capability before they ask)
 * -----------------------------------------------------------------------------------------------*/

/** Invoices, newest first, a cursor page of `pageSize` at a time (the provider may cap it). */
export function invoicesInfiniteOptions(dataProvider: BillingDataProvider, { pageSize = 20 } = {}) {
  return infiniteQueryOptions({
    queryKey: [...subscriptionKitKeys.invoices(), 'list', pageSize] as const,
    queryFn: ({ pageParam, signal }) =>
      capability(dataProvider, 'listInvoices')({ cursor: pageParam, limit: pageSize, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** One invoice with its lines and tax breakdown, for the web view. */
export function invoiceOptions(dataProvider: BillingDataProvider, invoiceId: string) {
  return queryOptions({
    queryKey: subscriptionKitKeys.invoice(invoiceId),
    queryFn: ({ signal }) => capability(dataProvider, 'getInvoice')({ invoiceId, signal }),
  });
}

/** Cards, SEPA mandates and bank transfer, with the default marked. */
export function paymentMethodsOptions(dataProvider: BillingDataProvider) {
  return queryOptions({
    queryKey: subscriptionKitKeys.paymentMethods(),
    queryFn: ({ signal }) => capability(dataProvider, 'listPaymentMethods')({ signal }),
  });
}

/** The provider's optional method, bound to it; throws when the provider lacks it. */
function capability<Name extends BillingCapability>(
  dataProvider: BillingDataProvider,
  name: Name,
): NonNullable<BillingDataProvider[Name]> {
  const method = dataProvider[name];
  if (typeof method !== 'function') throw new Error(`The data provider has no \`${name}\` method`);
  return method.bind(dataProvider) as NonNullable<BillingDataProvider[Name]>;
}
