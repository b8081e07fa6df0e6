import { queryOptions } from '@tanstack/react-query';
import type { BillingInterval } from '../core';
import type { BillingDataProvider } from '../provider';
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
