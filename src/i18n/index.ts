export {
  addLibraryResources,
  addLibraryResourcesOnce,
  type CreateI18nOptions,
  createI18n,
  createStandInI18n,
  hasLibraryResources,
  usableLocale,
  warnAboutMissingLocale,
} from './create-i18n';
export {
  builtInResources,
  NAMESPACE,
  SUPPORTED_LOCALES,
  type SupportedLocale,
  type TranslationOverrides,
  type TranslationResource,
} from './resources';
