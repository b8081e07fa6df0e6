import type { i18n as I18nInstance } from 'i18next';
import { type ReactNode, useMemo } from 'react';
import { addLibraryResources, createI18n, type TranslationOverrides } from '../i18n';
import { SubscriptionKitContext, type Theme } from './subscription-kit-context';

/* -------------------------------------------------------------------------------------------------
 * SubscriptionKitProvider
 * -----------------------------------------------------------------------------------------------*/

interface SubscriptionKitProviderProps {
  children?: ReactNode;
  /**
   * The locale strings and numbers are shown in (`da`, `en`, `en-GB` …). Unknown locales fall back
   * to English strings while numbers and money still follow the locale.
   * @default 'en'
   */
  locale?: string;
  /**
   * The host's own i18next instance. The library adds its namespace to it (never overwriting strings
   * the host already defined there) and reads it at `locale` without changing the host's language.
   * When absent a private instance is used.
   */
  i18n?: I18nInstance;
  /** Strings that replace built-in ones, per locale. */
  translations?: Record<string, TranslationOverrides>;
  /**
   * Colour scheme of every component below.
   * @default 'light'
   */
  theme?: Theme;
}

function SubscriptionKitProvider({
  children,
  locale = 'en',
  i18n: hostI18n,
  translations,
  theme = 'light',
}: SubscriptionKitProviderProps) {
  // The locale is applied per lookup (see useLibraryTranslation): changing it rebuilds nothing.
  const i18n = useMemo(() => hostI18n ?? createI18n(), [hostI18n]);
  // Resources must be in place before the first child renders, hence during render, not in an effect;
  // adding them again is harmless.
  useMemo(() => addLibraryResources(i18n, translations), [i18n, translations]);

  const value = useMemo(() => ({ i18n, locale, theme }), [i18n, locale, theme]);
  return <SubscriptionKitContext.Provider value={value}>{children}</SubscriptionKitContext.Provider>;
}

export type { SubscriptionKitProviderProps };
export { SubscriptionKitProvider };
