/**
 * Query keys of every read, under one root so a host can invalidate all billing data at once
 * (`queryClient.invalidateQueries({ queryKey: subscriptionKitKeys.all })`).
 */
export const subscriptionKitKeys = {
  all: ['subscription-kit'] as const,
  catalog: () => [...subscriptionKitKeys.all, 'catalog'] as const,
  subscription: () => [...subscriptionKitKeys.all, 'subscription'] as const,
  account: () => [...subscriptionKitKeys.all, 'account'] as const,
};
