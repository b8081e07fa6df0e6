import { QueryClient } from '@tanstack/react-query';
import type { i18n as I18nInstance } from 'i18next';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type TranslationOverrides, usableLocale, warnAboutMissingLocale } from '../i18n';
import type { BillingDataProvider } from '../provider';
import {
  readRetryDelay,
  SubscriptionKitDataContext,
  type SubscriptionKitEvent,
  shouldRetryRead,
  toSafeUrl,
  validatedDataProvider,
} from '../query';
import { SubscriptionKitContext, type Theme } from './subscription-kit-context';
import { useLibraryI18n } from './use-library-i18n';

/* -------------------------------------------------------------------------------------------------
 * SubscriptionKitProvider
 * -----------------------------------------------------------------------------------------------*/

interface SubscriptionKitProviderProps {
  /** The host's billing pages, with the library's components anywhere inside. */
  children?: ReactNode | undefined;
  /**
   * The host's billing backend behind the `BillingDataProvider` contract. Everything it returns is
   * validated; optional methods it lacks hide the actions that need them.
   */
  dataProvider?: BillingDataProvider | undefined;
  /**
   * The host's TanStack Query client, to share its cache and defaults. When absent a private client
   * is used. The host's `QueryClientProvider` is never read implicitly.
   */
  queryClient?: QueryClient | undefined;
  /**
   * The locale strings, numbers, prices and dates are shown in (`da`, `en`, `fr`, `de`, `es`,
   * `en-GB` …). Unknown languages fall back to English strings; numbers still follow the locale. A
   * tag Intl cannot take (`en_US`) falls back to the language of `i18n`, or `en`, with a warning.
   * @default 'en'
   */
  locale?: string | undefined;
  /**
   * The host's own i18next instance. The library adds its namespace to it (never overwriting strings
   * the host already defined there) and reads it at `locale` without changing the host's language.
   * When absent a private instance is used.
   */
  i18n?: I18nInstance | undefined;
  /**
   * Strings per locale. English is built in; pass the package's file for every other locale you
   * show (`import da from 'subscription-kit/locales/da/subscription-kit.json'` → `{ da }`), and any
   * strings that replace built-in ones. Pass a stable object (a module constant or memoised).
   */
  translations?: Record<string, TranslationOverrides> | undefined;
  /** Shows only plans priced in this ISO 4217 currency, for catalogs that offer several. */
  currency?: string | undefined;
  /**
   * Colour scheme of every component below.
   * @default 'light'
   */
  theme?: Theme | undefined;
  /** Called with what the customer does (plan chosen, change confirmed, failed …), e.g. for analytics. */
  onEvent?: ((event: SubscriptionKitEvent) => void) | undefined;
  /**
   * Where "Contact support" links point, e.g. for a plan that is not available to the account: an
   * `https:` URL or a path on your own origin. Anything else (`javascript:`, `data:` …) shows no link.
   */
  supportUrl?: string | undefined;
  /**
   * The clock: proration previews, campaign windows and trial projections are computed at `now()`.
   * @default () => new Date()
   */
  now?: (() => Date) | undefined;
}

function SubscriptionKitProvider({
  children,
  dataProvider,
  queryClient: hostQueryClient,
  locale: requestedLocale = 'en',
  i18n: hostI18n,
  translations,
  currency,
  theme = 'light',
  onEvent,
  supportUrl,
  now = currentTime,
}: SubscriptionKitProviderProps) {
  // The locale is applied per lookup (see useLibraryTranslation): changing it rebuilds nothing.
  const locale = usableLocale(requestedLocale, hostI18n?.language);
  const i18n = useLibraryI18n(hostI18n, translations);
  useEffect(() => warnAboutMissingLocale(i18n, locale), [i18n, locale]);

  const [privateQueryClient] = useState(createPrivateQueryClient);
  const queryClient = hostQueryClient ?? privateQueryClient;
  const validatedProvider = useMemo(
    () => (dataProvider ? validatedDataProvider(dataProvider) : null),
    [dataProvider],
  );

  // Callbacks are read through a ref so that an inline `onEvent` does not re-render every consumer.
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;
  const emit = useMemo(() => (event: SubscriptionKitEvent) => onEventRef.current?.(event), []);

  const data = useMemo(
    () => ({
      dataProvider: validatedProvider,
      queryClient,
      currency: currency?.toUpperCase() ?? null,
      now,
      onEvent: emit,
    }),
    [validatedProvider, queryClient, currency, now, emit],
  );
  // Checked once, here where it enters: every "Contact support" link reads the checked value.
  const value = useMemo(
    () => ({ ...data, i18n, locale, theme, supportUrl: toSafeUrl(supportUrl) }),
    [data, i18n, locale, theme, supportUrl],
  );
  return (
    <SubscriptionKitDataContext.Provider value={data}>
      <SubscriptionKitContext.Provider value={value}>{children}</SubscriptionKitContext.Provider>
    </SubscriptionKitDataContext.Provider>
  );
}

/* -----------------------------------------------------------------------------------------------*/

function currentTime() {
  return new Date();
}

function createPrivateQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A typed billing error (declined, not found …) does not get better by asking again; a
        // rate limit is retried no sooner than the backend asked (see query/retry-policy).
        retry: shouldRetryRead,
        retryDelay: readRetryDelay,
      },
      mutations: { retry: false },
    },
  });
}

export type { SubscriptionKitProviderProps };
export { SubscriptionKitProvider };
