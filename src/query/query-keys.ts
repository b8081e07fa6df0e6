import type { BillingInterval } from '../core';

/**
 * Query keys of every read, under one root so a host can invalidate all billing data at once
 * (`queryClient.invalidateQueries({ queryKey: subscriptionKitKeys.all })`).
 */
export const subscriptionKitKeys = {
  all: ['subscription-kit'] as const,
  catalog: () => [...subscriptionKitKeys.all, 'catalog'] as const,
  subscription: () => [...subscriptionKitKeys.all, 'subscription'] as const,
  account: () => [...subscriptionKitKeys.all, 'account'] as const,
  previews: () => [...subscriptionKitKeys.all, 'preview'] as const,
  preview: (planId: string, interval: BillingInterval) =>
    [...subscriptionKitKeys.previews(), planId, interval] as const,
  invoices: () => [...subscriptionKitKeys.all, 'invoices'] as const,
  invoice: (invoiceId: string) => [...subscriptionKitKeys.invoices(), 'detail', invoiceId] as const,
  paymentMethods: () => [...subscriptionKitKeys.all, 'payment-methods'] as const,
};
