import type { AccountContext, BillingError, Plan, Subscription } from '../core';
import { useAccount } from './use-account';
import { useCatalog } from './use-catalog';
import { useSubscription } from './use-subscription';

export interface BillingData {
  subscription: Subscription | null;
  catalog: Plan[];
  account: AccountContext;
}

export interface BillingDataResult {
  /** All three once all three are in. */
  data: BillingData | null;
  /** The first failed read's error. */
  error: BillingError | null;
  /** Refetches the failed reads. */
  retry: () => void;
}

/**
 * The subscription, catalog and account together, fetched in parallel: `data` once all three are
 * in, `error` when any failed, and `retry`, which refetches the failed ones.
 */
export function useBillingData(): BillingDataResult {
  const subscription = useSubscription();
  const catalog = useCatalog();
  const account = useAccount();
  const queries = [subscription, catalog, account];
  const data =
    subscription.data !== undefined && catalog.data !== undefined && account.data !== undefined
      ? { subscription: subscription.data, catalog: catalog.data, account: account.data }
      : null;
  return {
    data,
    error: queries.find((query) => query.isError)?.error ?? null,
    retry: () => {
      for (const query of queries) if (query.isError) void query.refetch();
    },
  };
}
