import type { i18n as I18nInstance } from 'i18next';
import { createContext, useContext } from 'react';
import type { SafeUrl, SubscriptionKitDataContextValue } from '../query';

export type { SubscriptionKitEvent } from '../query';

export type Theme = 'light' | 'dark';

/** The presentation half of `SubscriptionKitProvider`; the data half lives with the hooks in query/. */
export interface SubscriptionKitPresentationValue {
  i18n: I18nInstance;
  locale: string;
  theme: Theme;
  /** The host's `supportUrl`, after the safe-URL check; `null` when absent or unsafe. */
  supportUrl: SafeUrl | null;
}

export interface SubscriptionKitContextValue
  extends SubscriptionKitPresentationValue,
    SubscriptionKitDataContextValue {}

/** Both halves, as the components read them; the provider fills it from the same values. */
export const SubscriptionKitContext = createContext<SubscriptionKitContextValue | null>(null);

/**
 * Reads the nearest `SubscriptionKitProvider`. Throws a message naming the component
 * that asked, so a host who forgot the provider knows which one to add and where.
 */
export function useSubscriptionKitContext(consumerName: string): SubscriptionKitContextValue {
  const context = useContext(SubscriptionKitContext);
  if (context === null) {
    throw new Error(`\`${consumerName}\` must be used within \`SubscriptionKitProvider\`.`);
  }
  return context;
}
