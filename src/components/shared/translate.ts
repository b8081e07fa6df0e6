import type { TOptions } from 'i18next';
import type en from '../../../locales/en/subscription-kit.json';
import { useLibraryTranslation } from '../../react/use-library-translation';

/*
 * The library's keys, derived from the English strings so that a misspelt key fails the typecheck.
 * Internal on purpose: the public `TranslationResource` stays a declared record, so declaration
 * files never carry a copy of the English file.
 */

type KeyPaths<Tree> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? Key : `${Key}.${KeyPaths<Tree[Key]>}`;
}[keyof Tree & string];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Plural forms are asked for by their base key with `count`. */
type WithoutPluralSuffix<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key;

export type TranslationKey = WithoutPluralSuffix<KeyPaths<typeof en>>;

/**
 * Keys built from codes a provider or host defines (templates, integrations, features): there may be
 * no string for them, so a default is required.
 */
type OpenKey = `${'templates' | 'integrations' | 'features'}.${string}`;

export interface Translate {
  (key: TranslationKey, options?: TOptions): string;
  (key: OpenKey, options: TOptions & { defaultValue: string }): string;
}

/** `useLibraryTranslation`'s `t`, typed by the English keys. */
export function useTranslate(consumerName: string): Translate {
  return useLibraryTranslation(consumerName).t;
}
