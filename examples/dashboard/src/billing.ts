import { QueryClient } from '@tanstack/react-query';
import type { TranslationOverrides } from 'subscription-kit';
import { createHttpDataProvider } from 'subscription-kit/http';
import da from 'subscription-kit/locales/da/subscription-kit.json';
import de from 'subscription-kit/locales/de/subscription-kit.json';
import es from 'subscription-kit/locales/es/subscription-kit.json';
import fr from 'subscription-kit/locales/fr/subscription-kit.json';
import { demoNow } from 'subscription-kit/testing';

/*
 * Everything the dashboard hands to SubscriptionKitProvider, created once (stable identities).
 */

/** The REST contract, served by examples/server: same origin (Vite proxies /api in development). */
export const billing = createHttpDataProvider({
  baseUrl: '/api/billing',
  // The language picked in the dashboard, for what the server writes itself (the invoice PDF).
  headers: () => ({ 'Accept-Language': document.documentElement.lang || 'en' }),
});

/** The dashboard's own cache; the library shares it (its keys start with `subscription-kit`). */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } },
});

/** The library's strings for every locale the picker offers (English is built in). */
export const translations: Record<string, TranslationOverrides> = { da, de, es, fr };

/**
 * The demo backend runs on the demo clock (its data is dated around it), so the dashboard does too:
 * previews, campaign windows and "next billing" agree with the server. A real host omits `now`.
 */
export const demoClock = () => demoNow;

export const SUPPORT_URL = 'https://example.com/support';
