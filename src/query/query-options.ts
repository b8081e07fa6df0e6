import { queryOptions } from '@tanstack/react-query';
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
