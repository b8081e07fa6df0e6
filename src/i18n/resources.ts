import da from '../../locales/da/subscription-kit.json';
import en from '../../locales/en/subscription-kit.json';

/** The i18next namespace every string of the library lives in. */
export const NAMESPACE = 'subscription-kit';

/** The locales shipped with the library; `en` is the fallback for anything missing elsewhere. */
export const SUPPORTED_LOCALES = ['en', 'da'] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** A locale's strings: the nested shape of `locales/<lng>/subscription-kit.json`. */
export type TranslationResource = typeof en;

/** Partial strings a host may pass to override any built-in one. */
export type TranslationOverrides = { [key: string]: string | TranslationOverrides };

export const builtInResources: Record<SupportedLocale, TranslationResource> = { en, da };
