export {
  addLibraryResources,
  type CreateI18nOptions,
  createI18n,
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
