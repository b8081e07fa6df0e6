import { createInstance, type i18n as I18nInstance } from 'i18next';
import { builtInResources, NAMESPACE, type TranslationOverrides } from './resources';

export interface CreateI18nOptions {
  /**
   * The instance's own language, e.g. `da` or `en-GB`.
   * @default 'en'
   */
  locale?: string;
  /**
   * Strings per locale: the package's locale files (`import da from
   * 'subscription-kit/locales/da/subscription-kit.json'` → `{ da }`) and any strings that replace
   * built-in ones (`{ da: { planCard: { cta: { select: 'Vælg plan' } } } }`).
   */
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
  for (const [locale, strings] of Object.entries(builtInResources)) {
    instance.addResourceBundle(locale, NAMESPACE, strings, true, false);
  }
  for (const [locale, strings] of Object.entries(overrides ?? {})) {
    instance.addResourceBundle(locale, NAMESPACE, strings, true, true);
  }
}

/**
 * Warns once per language when the instance has none of the library's strings for it: the host
 * asked for a locale without passing its file, and English would show instead.
 */
export function warnAboutMissingLocale(instance: I18nInstance, locale: string): void {
  const language = locale.split('-')[0] ?? locale;
  if (warnedLanguages.has(language)) return;
  if (instance.hasResourceBundle(locale, NAMESPACE) || instance.hasResourceBundle(language, NAMESPACE))
    return;
  warnedLanguages.add(language);
  console.warn(
    `subscription-kit: no strings for "${locale}", so English is shown. Pass them to SubscriptionKitProvider: ` +
      `import ${language} from 'subscription-kit/locales/${language}/subscription-kit.json' and ` +
      `translations={{ ${language} }}.`,
  );
}

const warnedLanguages = new Set<string>();
