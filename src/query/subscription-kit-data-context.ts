import type { QueryClient } from '@tanstack/react-query';
import { type Context, createContext, useContext } from 'react';
import type { BillingErrorCode, BillingInterval } from '../core';
import type { BillingDataProvider } from '../provider';

/** What the components report to the host, e.g. for analytics. Never contains payment details. */
export type SubscriptionKitEvent =
  | { type: 'plan_modal_opened' }
  | { type: 'plan_selected'; planId: string; interval: BillingInterval }
  | { type: 'plan_change_confirmed'; planId: string; interval: BillingInterval }
  | { type: 'plan_change_completed'; planId: string; interval: BillingInterval }
  | { type: 'plan_change_requires_action'; planId: string; interval: BillingInterval }
  | { type: 'plan_change_failed'; planId: string; interval: BillingInterval; code: BillingErrorCode }
  | { type: 'scheduled_change_cancelled' }
  | { type: 'contact_sales_submitted'; referenceId: string }
  /** A component could not render what it was given and shows "Something went wrong" instead. */
  | { type: 'render_failed'; component: string; message: string };

/** The data half of `SubscriptionKitProvider`: the provider, the client and the clock. */
export interface SubscriptionKitDataContextValue {
  /** The host's provider behind boundary validation; `null` when none was given. */
  dataProvider: BillingDataProvider | null;
  queryClient: QueryClient;
  /** Only plans priced in this currency are shown, when set. */
  currency: string | null;
  now: () => Date;
  onEvent: (event: SubscriptionKitEvent) => void;
}

export const SubscriptionKitDataContext = createContext<SubscriptionKitDataContextValue | null>(null);

/**
 * Reads a context the nearest `SubscriptionKitProvider` fills. Throws a message naming the hook or
 * component that asked, so a host who forgot the provider knows which one to add and where.
 */
export function useProvidedContext<Value>(context: Context<Value | null>, consumerName: string): Value {
  const value = useContext(context);
  if (value === null) {
    throw new Error(`\`${consumerName}\` must be used within \`SubscriptionKitProvider\`.`);
  }
  return value;
}

/** The data half of the nearest `SubscriptionKitProvider`. */
export function useSubscriptionKitData(consumerName: string): SubscriptionKitDataContextValue {
  return useProvidedContext(SubscriptionKitDataContext, consumerName);
}

/** The context of a hook that reads or writes billing data: it needs a data provider. */
export function useBillingContext(consumerName: string) {
  const context = useSubscriptionKitData(consumerName);
  const { dataProvider } = context;
  if (dataProvider === null) {
    throw new Error(`\`${consumerName}\` needs the \`dataProvider\` prop of \`SubscriptionKitProvider\`.`);
  }
  return { ...context, dataProvider };
}
