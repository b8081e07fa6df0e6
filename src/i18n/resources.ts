import en from '../../locales/en/subscription-kit.json';

/** The i18next namespace every string of the library lives in. */
export const NAMESPACE = 'subscription-kit';

/**
 * The locales the package ships, as `subscription-kit/locales/<lng>/subscription-kit.json`.
 * English is built in (and the fallback for anything missing); the others are imported by the
 * host and passed to `SubscriptionKitProvider` through `translations`, so a bundle carries only
 * the languages it shows.
 */
export const SUPPORTED_LOCALES = ['en', 'da', 'fr', 'de', 'es'] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * A locale's strings: the nested shape of `locales/<lng>/subscription-kit.json`. Declared rather than
 * inferred from the English file, so the declaration files carry no copy of it.
 */
export type TranslationResource = { [key: string]: string | TranslationResource };

/** Strings per key path: a whole locale file, or a few strings that override built-in ones. */
export type TranslationOverrides = TranslationResource;

/** The strings built into the bundle. */
export const builtInResources: Readonly<Record<string, TranslationResource>> = { en };
