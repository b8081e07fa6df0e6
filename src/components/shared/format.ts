/*
 * Display formatting through Intl for the active locale. Dates from providers are ISO instants;
 * they are shown in UTC so that a period boundary at midnight UTC reads as the same calendar day
 * for every viewer.
 */

/** One date formatter per locale: lists format hundreds of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

export interface FormatDateOptions {
  /**
   * The instant is an exclusive end (`endsAt` of an offer): show the last day it still applies.
   * @default false
   */
  exclusiveEnd?: boolean;
}

export function formatDate(instant: string | Date, locale: string, options: FormatDateOptions = {}): string {
  return dateFormat(locale).format(new Date(instant).getTime() - (options.exclusiveEnd ? 1 : 0));
}

/** "March 6 – April 6, 2026": a period from its start to its end (the day it ends on). */
export function formatDateRange(start: string | Date, end: string | Date, locale: string): string {
  return dateFormat(locale).formatRange(new Date(start), new Date(end));
}

/** `20` → "20%" (en), "20 %" (da, fr, de); tax rates keep their decimals (`25.5`). */
export function formatPercent(wholePercent: number, locale: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(
    wholePercent / 100,
  );
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "about 42,000": projections are estimates, so they are shown to two significant figures. */
export function roundForDisplay(value: number): number {
  if (value < 100) return Math.round(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}
