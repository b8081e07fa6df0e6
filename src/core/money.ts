import { BillingError } from './billing-error';
import type { Money } from './types';

/** How a fractional minor unit becomes a whole one. `half_up` rounds halves away from zero. */
export type RoundingMode = 'half_up' | 'half_even' | 'floor' | 'ceil';

/**
 * Creates Money after checking that the amount is a safe integer of minor units and the
 * currency looks like ISO 4217, so a float euro can never enter the engine unnoticed.
 */
export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`Money amount must be integer minor units: ${amount}`);
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Not an ISO 4217 currency: ${currency}`);
  return { amount, currency };
}

/** Sum of two amounts in the same currency; `currency_mismatch` for two currencies. */
export function addMoney(a: Money, b: Money): Money {
  return money(a.amount + b.amount, sameCurrency(a, b));
}

/** `a − b` in the same currency; `currency_mismatch` for two currencies. */
export function subtractMoney(a: Money, b: Money): Money {
  return money(a.amount - b.amount, sameCurrency(a, b));
}

/**
 * `value × numerator / denominator`, rounded once with an explicit mode.
 * Integer arithmetic throughout, so halves are detected exactly (no 0.1 + 0.2 surprises), also when
 * the product passes 2^53, as a large price prorated to the second does.
 * @default rounding 'half_up'
 */
export function multiplyMoney(
  value: Money,
  numerator: number,
  denominator = 1,
  rounding: RoundingMode = 'half_up',
): Money {
  const product = value.amount * numerator;
  const inNumbers =
    Number.isSafeInteger(product) || !Number.isInteger(numerator) || !Number.isInteger(denominator);
  return money(
    inNumbers
      ? divideRounded(product, denominator, rounding)
      : divideLarge(BigInt(value.amount) * BigInt(numerator), denominator, rounding),
    value.currency,
  );
}

/**
 * Splits an amount across lines in proportion to integer weights without losing or creating a
 * minor unit: each line gets its floor share and the leftover units go to the largest remainders
 * (earlier lines win ties, so the result is deterministic).
 */
export function allocateMoney(value: Money, weights: readonly number[]): Money[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (!(total > 0) || weights.some((weight) => !(weight >= 0))) {
    throw new RangeError('allocateMoney needs non-negative weights with a positive sum');
  }
  const sign = value.amount < 0 ? -1 : 1;
  const amount = Math.abs(value.amount);
  const shares = weights.map((weight, index) => {
    const exact = amount * weight;
    return { index, whole: Math.floor(exact / total), remainder: exact % total };
  });
  let leftover = amount - shares.reduce((sum, share) => sum + share.whole, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const share of byRemainder) {
    if (leftover <= 0) break;
    share.whole += 1;
    leftover -= 1;
  }
  return shares.map((share) => money(share.whole === 0 ? 0 : sign * share.whole, value.currency));
}

const fractionDigitsCache = new Map<string, number>();

/**
 * Minor-unit digits of a currency as Intl knows them (EUR 2, JPY 0, KWD 3). Always read with one
 * fixed locale: the meaning of a stored amount must not depend on who looks at it.
 */
export function currencyFractionDigits(currency: string): number {
  let digits = fractionDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number;
    fractionDigitsCache.set(currency, digits);
  }
  return digits;
}

export interface FormatMoneyOptions {
  /**
   * Drops the minor units of whole amounts (`€190` rather than `€190.00`), as list prices are shown;
   * amounts with minor units keep them all (`€24.19`).
   * @default false
   */
  trimWholeAmounts?: boolean;
}

/** Formats Money for display in a locale, e.g. `€190.00` (en) or `190,00 €` (da). */
export function formatMoney(value: Money, locale: string, options: FormatMoneyOptions = {}): string {
  const digits = currencyFractionDigits(value.currency);
  const trailingZeroDisplay = options.trimWholeAmounts ? 'stripIfInteger' : 'auto';
  return numberFormat(locale, { style: 'currency', currency: value.currency, trailingZeroDisplay }).format(
    value.amount / 10 ** digits,
  );
}

/**
 * Languages whose readers take a compact thousand (`50K`) at a glance. Elsewhere the short thousands
 * read as other words (Danish `50 t` as fifty hours, Spanish `1 mil`, Swedish `50 tn`), so those
 * languages, and any the library does not know, write counts in full up to a million.
 */
const COMPACT_THOUSANDS: ReadonlySet<string> = new Set(['en']);

/**
 * A limit written short: `50K` and `200M` (en), `50.000` and `200 mio.` (da), `50 000` and
 * `200 M` (fr). The UI adds the language's "about".
 */
export function formatCompactNumber(value: number, locale: string): string {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  const inFull = Math.abs(value) < 1_000_000 && !COMPACT_THOUSANDS.has(language);
  return numberFormat(
    locale,
    inFull ? { maximumFractionDigits: 0 } : { notation: 'compact', maximumFractionDigits: 1 },
  ).format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A shared formatter per locale and options: building an Intl formatter costs far more than
 * using one, and a list of invoices formats thousands of amounts.
 */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * The one currency of two amounts. Money in two currencies is never added or compared: the engine
 * refuses with a `BillingError('currency_mismatch')` whose `details.currencies` names both.
 */
export function sameCurrency(a: Money, b: Money): string {
  if (a.currency !== b.currency) {
    throw new BillingError('currency_mismatch', {
      message: `Currency mismatch: ${a.currency} and ${b.currency}`,
      details: { currencies: [a.currency, b.currency] },
    });
  }
  return a.currency;
}

/** Exact integer division with one rounding step; also used by proration. */
export function divideRounded(numerator: number, denominator: number, rounding: RoundingMode): number {
  if (denominator < 0) return divideRounded(-numerator, -denominator, rounding);
  if (!(denominator > 0)) throw new RangeError('Division by zero');
  const remainder = ((numerator % denominator) + denominator) % denominator;
  const floor = (numerator - remainder) / denominator;
  const twice = remainder * 2;
  let result = floor;
  switch (rounding) {
    case 'floor':
      break;
    case 'ceil':
      result = remainder > 0 ? floor + 1 : floor;
      break;
    case 'half_up':
      // Away from zero: a negative exact half (floor + ½ with floor < 0) stays at floor.
      result = twice > denominator || (twice === denominator && floor >= 0) ? floor + 1 : floor;
      break;
    case 'half_even':
      result = twice > denominator || (twice === denominator && floor % 2 !== 0) ? floor + 1 : floor;
      break;
    default:
      rounding satisfies never;
  }
  return result === 0 ? 0 : result;
}

/**
 * `exact / denominator` for a product past 2^53, rounded once: the quotient in BigInt, and what lies
 * below one denominator rounded by `divideRounded` on a small stand-in with the quotient's sign and
 * parity (which half_up and half_even depend on).
 */
function divideLarge(exact: bigint, denominator: number, rounding: RoundingMode): number {
  const divisor = BigInt(Math.abs(denominator));
  const dividend = denominator < 0 ? -exact : exact;
  let floor = dividend / divisor;
  if (dividend % divisor < 0n) floor -= 1n;
  const standIn = floor >= 0n ? floor % 2n : (floor % 2n) - 2n;
  const rest = dividend - floor * divisor;
  return Number(floor - standIn) + divideRounded(Number(rest + standIn * divisor), Number(divisor), rounding);
}
