import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAMESPACE, SUPPORTED_LOCALES } from 'subscription-kit';
import { billingErrorCodes, usageMetrics } from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';

/*
 * Every locale is complete: the same keys, the same placeholders, every plural form its language
 * needs, and every key the source code asks for exists. A missing key would render as a raw key
 * (the seed page's `pricing.selected` defect), so each of these fails the build.
 */

const LOCALES_ROOT = join(import.meta.dirname, '../../locales');
const SOURCE_ROOT = join(import.meta.dirname, '../../src');

type Tree = { [key: string]: string | Tree };

function readLocale(locale: string): Tree {
  return JSON.parse(readFileSync(join(LOCALES_ROOT, locale, `${NAMESPACE}.json`), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childPath, childValue] of flatten(value, path)) entries.set(childPath, childValue);
  }
  return entries;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys with plural suffixes folded into their base, so languages with other plural rules compare. */
function baseKeys(strings: Map<string, string>): Set<string> {
  return new Set([...strings.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function placeholders(value: string): string[] {
  return [...value.matchAll(/{{\s*(\w+)\s*}}|<(\w+)>/g)].map((match) => match[1] ?? `<${match[2]}>`).sort();
}

const locales = Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, flatten(readLocale(locale))]));
const english = locales.en ?? new Map<string, string>();

describe('given the locale folders', () => {
  it('ships exactly the supported locales', () => {
    expect(readdirSync(LOCALES_ROOT).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });
});

describe.each(SUPPORTED_LOCALES)('given the %s strings', (locale) => {
  const strings = locales[locale] ?? new Map<string, string>();

  it('has every key English has, and no key English lacks', () => {
    expect([...baseKeys(strings)].sort()).toEqual([...baseKeys(english)].sort());
  });

  it('has no empty string', () => {
    expect([...strings].filter(([, value]) => value.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('has every plural form the language needs', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const pluralBases = new Set(
      [...strings.keys()]
        .filter((key) => PLURAL_SUFFIX.test(key))
        .map((key) => key.replace(PLURAL_SUFFIX, '')),
    );
    const missing = [...pluralBases].flatMap((base) =>
      categories.filter((category) => !strings.has(`${base}_${category}`)).map((c) => `${base}_${c}`),
    );
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders and tags as English', () => {
    const mismatched = [...strings]
      .filter(([key, value]) => {
        const englishValue = english.get(key) ?? english.get(key.replace(PLURAL_SUFFIX, '_other'));
        return englishValue !== undefined && placeholders(englishValue).join() !== placeholders(value).join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});

describe('given the source code', () => {
  it('asks only for keys that exist in English', () => {
    const files = readdirSync(SOURCE_ROOT, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.tsx') || file.endsWith('.ts'),
    );
    // Any string literal that starts with a top-level section of the strings is taken for a key.
    const sections = [...new Set([...english.keys()].map((key) => key.split('.')[0]))].join('|');
    const keyLiteral = new RegExp(`['"\`]((?:${sections})\\.[\\w.]+)['"\`]`, 'g');
    const requested = files.flatMap((file) => {
      const source = readFileSync(join(SOURCE_ROOT, file), 'utf8');
      return [...source.matchAll(keyLiteral)].map((match) => match[1] ?? '');
    });
    expect(requested.length).toBeGreaterThan(0);
    const missing = requested.filter((key) => !english.has(key) && !english.has(`${key}_other`));
    expect(missing).toEqual([]);
  });
});

describe('given the codes the engine and the providers produce', () => {
  it('has a title and a resolution for every billing error code', () => {
    const missing = billingErrorCodes.flatMap((code) =>
      [`errors.${code}.title`, `errors.${code}.resolution`].filter((key) => !english.has(key)),
    );
    expect(missing).toEqual([]);
  });

  it('names every usage metric', () => {
    expect(usageMetrics.filter((metric) => !english.has(`metrics.${metric}`))).toEqual([]);
  });
});
