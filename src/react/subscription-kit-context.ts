import type { i18n as I18nInstance } from 'i18next';
import { createContext, useContext } from 'react';

export type Theme = 'light' | 'dark';

export interface SubscriptionKitContextValue {
  i18n: I18nInstance;
  locale: string;
  theme: Theme;
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
