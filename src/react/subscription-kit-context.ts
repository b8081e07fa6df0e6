import type { i18n as I18nInstance } from 'i18next';
import { createContext } from 'react';
import { type SafeUrl, type SubscriptionKitDataContextValue, useProvidedContext } from '../query';

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

/** Both halves of the nearest `SubscriptionKitProvider`; throws naming the component that asked. */
export function useSubscriptionKitContext(consumerName: string): SubscriptionKitContextValue {
  return useProvidedContext(SubscriptionKitContext, consumerName);
}
