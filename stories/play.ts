import { within } from 'storybook/test';
import { createI18n } from 'subscription-kit';
import { shippedTranslations } from './locales';

/** The parts of a story's context a play needs to speak the story's language. */
interface PlayContext {
  canvasElement: HTMLElement;
  globals: Record<string, unknown>;
}

/**
 * What a play works with, in the locale the story was opened in (a shared link, a reload, the
 * toolbar): the page's body (dialogs are portalled there), the library's own strings of that
 * locale, and numbers formatted as the components format them. Plays find controls by these,
 * never by English literals, so every story reaches its state in every locale.
 */
export function playIn({ canvasElement, globals }: PlayContext) {
  const locale = String(globals.locale ?? 'en');
  const i18n = createI18n({ locale, overrides: shippedTranslations });
  return {
    screen: within(canvasElement.ownerDocument.body),
    t: (key: string, values?: Record<string, unknown>): string => asShown(i18n.t(key, values ?? {})),
    number: (value: number) => asShown(new Intl.NumberFormat(locale).format(value)),
    /** Whole euros as the components show an amount in EUR. */
    euros: (amount: number) =>
      asShown(new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(amount)),
    /** A date as the components show it: long, in UTC. */
    date: (instant: string) =>
      asShown(
        new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(instant)),
      ),
    /**
     * The whole sentence of a key, with the values given; the values not given (dates, amounts:
     * what the components format) match any text.
     */
    matching: (key: string, values: Record<string, unknown> = {}) => {
      const parts = asShown(i18n.t(key, values))
        .split(/\{\{\s*[\w.]+\s*\}\}/)
        .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return new RegExp(`^${parts.join('.+')}$`);
    },
    /** An accessible name matcher that reads white space as the text queries do. */
    named: (expected: string) => (name: string) => asShown(name) === expected,
  };
}

/**
 * Text as Testing Library reads it from the page: its queries collapse every run of white space,
 * the no-break spaces of French punctuation and of grouped digits included, into one space.
 */
export function asShown(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * For stories whose state is an open dialog: on the docs page each renders in a frame of its own,
 * so the page shows every step with no dialog stacked over the page or over another.
 */
export const dialogOnDocsPage = { docs: { story: { inline: false, height: '40rem' } } };

/** Opens a story at the narrowest width supported, 390 px (the `narrow` viewport of the preview). */
export const onAPhone = { viewport: { value: 'narrow', isRotated: false } };

/** The first element matching a selector anywhere on the page (dialogs are portalled to the body). */
export function part<E extends Element = HTMLElement>(canvasElement: HTMLElement, selector: string): E {
  const element = canvasElement.ownerDocument.querySelector<E>(selector);
  if (element === null) throw new Error(`Nothing on the page matches ${selector}`);
  return element;
}
