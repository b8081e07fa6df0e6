import { createInstance, type i18n as I18nInstance } from 'i18next';
import { builtInResources, NAMESPACE, SUPPORTED_LOCALES, type TranslationOverrides } from './resources';

export interface CreateI18nOptions {
  /**
   * The instance's own language, e.g. `da` or `en-GB`.
   * @default 'en'
   */
  locale?: string;
  /** Strings that replace built-in ones, per locale: `{ da: { planCard: { cta: { select: 'Vælg plan' } } } }`. */
  overrides?: Record<string, TranslationOverrides> | undefined;
}

/**
 * A private i18next instance holding the library's strings. The host's global instance is never
 * touched: hosts that use i18next themselves keep their configuration.
 */
export function createI18n({ locale = 'en', overrides }: CreateI18nOptions = {}): I18nInstance {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: false,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: {},
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addLibraryResources(instance, overrides);
  return instance;
}

/**
 * Adds the built-in strings to an instance (the host's own, or ours) without overwriting what the
 * host already defined in our namespace, then applies explicit overrides on top.
 */
export function addLibraryResources(
  instance: I18nInstance,
  overrides?: Record<string, TranslationOverrides>,
): void {
  for (const locale of SUPPORTED_LOCALES) {
    instance.addResourceBundle(locale, NAMESPACE, builtInResources[locale], true, false);
  }
  for (const [locale, strings] of Object.entries(overrides ?? {})) {
    instance.addResourceBundle(locale, NAMESPACE, strings, true, true);
  }
}
