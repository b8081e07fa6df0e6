import { subscriptionKitKeys } from './query-keys';
import type { SubscriptionKitDataContextValue } from './subscription-kit-data-context';

/**
 * Before a component that failed to render mounts again: drops the provider's cached reads that no
 * mounted component shows (the failed component's among them, so they are fetched afresh rather than
 * rendered from the cache again) and refetches the ones still on screen in the background.
 */
export function discardUnobservedData({
  queryClient,
  dataProvider,
}: Pick<SubscriptionKitDataContextValue, 'queryClient' | 'dataProvider'>): void {
  if (dataProvider === null) return;
  const queryKey = subscriptionKitKeys.scope(dataProvider);
  queryClient.removeQueries({ queryKey, type: 'inactive' });
  void queryClient.invalidateQueries({ queryKey });
}
