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

/*
 * Which (instance, translations) pairs already hold the library's strings, so a host instance is
 * written to once per pair, whatever number of providers or renders share it.
 */
const withLibraryResources = new WeakMap<I18nInstance, WeakSet<object>>();
const NO_TRANSLATIONS = {};

/** Whether `addLibraryResourcesOnce` has run for this instance and translations object. */
export function hasLibraryResources(
  instance: I18nInstance,
  translations?: Record<string, TranslationOverrides>,
): boolean {
  return withLibraryResources.get(instance)?.has(translations ?? NO_TRANSLATIONS) ?? false;
}

/** `addLibraryResources`, once per (instance, translations object). */
export function addLibraryResourcesOnce(
  instance: I18nInstance,
  translations?: Record<string, TranslationOverrides>,
): void {
  if (hasLibraryResources(instance, translations)) return;
  addLibraryResources(instance, translations);
  let added = withLibraryResources.get(instance);
  if (added === undefined) {
    added = new WeakSet();
    withLibraryResources.set(instance, added);
  }
  added.add(translations ?? NO_TRANSLATIONS);
}

/**
 * A private instance holding what a host's instance will hold once the library's strings are added
 * to it: built-in strings, under the host's own strings in our namespace, under `translations`. The
 * host's instance is only read (and its bundles copied, so nothing written here can reach it).
 */
export function createStandInI18n(
  host: I18nInstance,
  translations?: Record<string, TranslationOverrides>,
): I18nInstance {
  const standIn = createI18n();
  for (const locale of Object.keys(host.store?.data ?? {})) {
    const hostStrings = host.getResourceBundle(locale, NAMESPACE) as TranslationOverrides | undefined;
    if (hostStrings) standIn.addResourceBundle(locale, NAMESPACE, structuredClone(hostStrings), true, true);
  }
  addLibraryResources(standIn, translations);
  return standIn;
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

/**
 * `locale` when Intl can format in it; otherwise `fallback` (the host's i18next language) when Intl
 * can, else `en`, with one warning per locale. A tag Intl refuses (`en_US`, `xx-!!`) would make every
 * price and date throw while rendering.
 */
export function usableLocale(locale: string, fallback: string | undefined): string {
  if (isIntlLocale(locale)) return locale;
  const usable = fallback !== undefined && isIntlLocale(fallback) ? fallback : 'en';
  if (!warnedLocales.has(locale)) {
    warnedLocales.add(locale);
    console.warn(
      `subscription-kit: "${locale}" is not a locale Intl can format in (BCP 47 tags use "-", as in ` +
        `"en-US"), so "${usable}" is used.`,
    );
  }
  return usable;
}

function isIntlLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}

const warnedLocales = new Set<string>();
