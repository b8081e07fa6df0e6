import type { BillingInterval } from '../core';
import type { BillingDataProvider } from '../provider';
import { dataProviderScope } from './data-provider-scope';

const ROOT = 'subscription-kit';

/**
 * Query keys of every read. Each key is scoped to its data provider, so providers sharing one
 * `QueryClient` keep apart; `all` covers every provider, so a host can invalidate all billing data
 * at once (`queryClient.invalidateQueries({ queryKey: subscriptionKitKeys.all })`).
 */
export const subscriptionKitKeys = {
  all: [ROOT] as const,
  /** Everything read through one data provider. */
  scope: (dataProvider: BillingDataProvider) => [ROOT, dataProviderScope(dataProvider)] as const,
  catalog: (dataProvider: BillingDataProvider) =>
    [...subscriptionKitKeys.scope(dataProvider), 'catalog'] as const,
  subscription: (dataProvider: BillingDataProvider) =>
    [...subscriptionKitKeys.scope(dataProvider), 'subscription'] as const,
  account: (dataProvider: BillingDataProvider) =>
    [...subscriptionKitKeys.scope(dataProvider), 'account'] as const,
  previews: (dataProvider: BillingDataProvider) =>
    [...subscriptionKitKeys.scope(dataProvider), 'preview'] as const,
  preview: (dataProvider: BillingDataProvider, planId: string, interval: BillingInterval) =>
    [...subscriptionKitKeys.previews(dataProvider), planId, interval] as const,
  invoices: (dataProvider: BillingDataProvider) =>
    [...subscriptionKitKeys.scope(dataProvider), 'invoices'] as const,
  invoiceList: (dataProvider: BillingDataProvider, pageSize: number) =>
    [...subscriptionKitKeys.invoices(dataProvider), 'list', pageSize] as const,
  invoice: (dataProvider: BillingDataProvider, invoiceId: string) =>
    [...subscriptionKitKeys.invoices(dataProvider), 'detail', invoiceId] as const,
  paymentMethods: (dataProvider: BillingDataProvider) =>
    [...subscriptionKitKeys.scope(dataProvider), 'payment-methods'] as const,
};
