import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18nInstance } from 'i18next';
import { createContext, useContext } from 'react';
import type { BillingErrorCode, BillingInterval } from '../core';
import type { BillingDataProvider } from '../provider';

export type Theme = 'light' | 'dark';

/** What the components report to the host, e.g. for analytics. Never contains payment details. */
export type SubscriptionKitEvent =
  | { type: 'plan_modal_opened' }
  | { type: 'plan_selected'; planId: string; interval: BillingInterval }
  | { type: 'plan_change_confirmed'; planId: string; interval: BillingInterval }
  | { type: 'plan_change_completed'; planId: string; interval: BillingInterval }
  | { type: 'plan_change_requires_action'; planId: string; interval: BillingInterval }
  | { type: 'plan_change_failed'; planId: string; interval: BillingInterval; code: BillingErrorCode }
  | { type: 'scheduled_change_cancelled' }
  | { type: 'contact_sales_submitted'; referenceId: string };

export interface SubscriptionKitContextValue {
  i18n: I18nInstance;
  locale: string;
  theme: Theme;
  /** The host's provider behind boundary validation; `null` when none was given. */
  dataProvider: BillingDataProvider | null;
  queryClient: QueryClient;
  /** Only plans priced in this currency are shown, when set. */
  currency: string | null;
  now: () => Date;
  onEvent: (event: SubscriptionKitEvent) => void;
  supportUrl: string | null;
}

export const SubscriptionKitContext = createContext<SubscriptionKitContextValue | null>(null);

/**
 * Reads the nearest `SubscriptionKitProvider`. Throws a message naming the component that asked,
 * so a host who forgot the provider knows which one to add and where.
 */
export function useSubscriptionKitContext(consumerName: string): SubscriptionKitContextValue {
  const context = useContext(SubscriptionKitContext);
  if (context === null) {
    throw new Error(`\`${consumerName}\` must be used within \`SubscriptionKitProvider\`.`);
  }
  return context;
}

/** The context of a component that reads or writes billing data: it needs a data provider. */
export function useBillingContext(consumerName: string) {
  const context = useSubscriptionKitContext(consumerName);
  const { dataProvider } = context;
  if (dataProvider === null) {
    throw new Error(`\`${consumerName}\` needs the \`dataProvider\` prop of \`SubscriptionKitProvider\`.`);
  }
  return { ...context, dataProvider };
}
