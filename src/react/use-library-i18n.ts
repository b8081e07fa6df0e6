import type { i18n as I18nInstance } from 'i18next';
import { useEffect, useLayoutEffect, useMemo, useReducer } from 'react';
import {
  addLibraryResourcesOnce,
  createI18n,
  createStandInI18n,
  hasLibraryResources,
  type TranslationOverrides,
} from '../i18n';

// A server render runs no effects at all; React 18 warns about `useLayoutEffect` there.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The i18next instance the components read, with the library's strings in place from the first
 * render and nothing written during render. Without a host instance: a private one made with the
 * translations. With one: the strings are added to it once per (instance, translations) in a layout
 * effect, before the browser paints; until then (the first render, a server render, hydration) a
 * private stand-in with the same strings answers, so the markup matches either way.
 */
export function useLibraryI18n(
  hostI18n: I18nInstance | undefined,
  translations: Record<string, TranslationOverrides> | undefined,
): I18nInstance {
  const [, refresh] = useReducer((renders: number) => renders + 1, 0);
  const hostReady = hostI18n !== undefined && hasLibraryResources(hostI18n, translations);
  const i18n = useMemo(() => {
    if (hostI18n === undefined) return createI18n({ overrides: translations });
    return hostReady ? hostI18n : createStandInI18n(hostI18n, translations);
  }, [hostI18n, translations, hostReady]);

  useIsomorphicLayoutEffect(() => {
    if (hostI18n === undefined || hostReady) return;
    addLibraryResourcesOnce(hostI18n, translations);
    refresh();
  }, [hostI18n, translations, hostReady]);

  return i18n;
}
