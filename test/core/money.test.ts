import fc from 'fast-check';
import {
  addMoney,
  allocateMoney,
  currencyFractionDigits,
  formatCompactNumber,
  formatMoney,
  money,
  multiplyMoney,
  type RoundingMode,
  subtractMoney,
} from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';

describe('given amounts in minor units', () => {
  it('refuses a float or a made-up currency', () => {
    expect(() => money(19.5, 'EUR')).toThrow(RangeError);
    expect(() => money(100, 'euro')).toThrow(RangeError);
  });

  it('adds and subtracts in one currency and refuses to mix currencies', () => {
    expect(addMoney(money(19_000, 'EUR'), money(49_000, 'EUR'))).toEqual(money(68_000, 'EUR'));
    expect(subtractMoney(money(4_900, 'USD'), money(9_900, 'USD'))).toEqual(money(-5_000, 'USD'));
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(/EUR and USD/);
  });

  it.each([
    // amount × 1 / 2 lands on an exact half: each mode decides differently
    { amount: 5, mode: 'half_up', expected: 3 },
    { amount: 5, mode: 'half_even', expected: 2 },
    { amount: 7, mode: 'half_even', expected: 4 },
    { amount: 5, mode: 'floor', expected: 2 },
    { amount: 5, mode: 'ceil', expected: 3 },
    { amount: -5, mode: 'half_up', expected: -3 },
    { amount: -5, mode: 'floor', expected: -3 },
    { amount: -5, mode: 'ceil', expected: -2 },
  ] as const)('halves $amount with $mode rounding to $expected', ({ amount, mode, expected }) => {
    expect(multiplyMoney(money(amount, 'EUR'), 1, 2, mode).amount).toBe(expected);
  });

  it('rounds 19% VAT on €190.05 once, from exact integers', () => {
    // 19005 × 19 / 100 = 3610.95 → 3611
    expect(multiplyMoney(money(19_005, 'EUR'), 19, 100)).toEqual(money(3_611, 'EUR'));
  });
});

describe('given an amount split across lines', () => {
  it('gives leftover cents to the largest remainders, earlier lines first', () => {
    expect(allocateMoney(money(100, 'EUR'), [1, 1, 1]).map((part) => part.amount)).toEqual([34, 33, 33]);
    expect(allocateMoney(money(1_000, 'EUR'), [1, 2]).map((part) => part.amount)).toEqual([333, 667]);
    expect(allocateMoney(money(-100, 'EUR'), [1, 1, 1]).map((part) => part.amount)).toEqual([-34, -33, -33]);
  });

  it('refuses weights that add up to nothing', () => {
    expect(() => allocateMoney(money(100, 'EUR'), [0, 0])).toThrow(RangeError);
    expect(() => allocateMoney(money(100, 'EUR'), [])).toThrow(RangeError);
  });

  it('never loses or creates a minor unit, and no line is off its exact share by a unit or more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 12 })
          .filter((weights) => weights.some((weight) => weight > 0)),
        (amount, weights) => {
          const parts = allocateMoney(money(amount, 'JPY'), weights);
          const total = weights.reduce((sum, weight) => sum + weight, 0);
          expect(parts.reduce((sum, part) => sum + part.amount, 0)).toBe(amount);
          parts.forEach((part, index) => {
            expect(Math.abs(part.amount - (amount * (weights[index] ?? 0)) / total)).toBeLessThan(1);
            expect(part.currency).toBe('JPY');
          });
        },
      ),
    );
  });
});

describe('given a currency and a locale', () => {
  it.each([
    { currency: 'EUR', digits: 2 },
    { currency: 'JPY', digits: 0 },
    { currency: 'KWD', digits: 3 },
  ])('reads $digits minor-unit digits for $currency from Intl', ({ currency, digits }) => {
    expect(currencyFractionDigits(currency)).toBe(digits);
  });

  it.each([
    { value: money(19_000, 'EUR'), locale: 'en', expected: '€190.00' },
    { value: money(19_000, 'EUR'), locale: 'da', expected: '190,00\u00a0€' },
    { value: money(19_000, 'EUR'), locale: 'de', expected: '190,00\u00a0€' },
    { value: money(189_000, 'EUR'), locale: 'fr', expected: '1\u202f890,00\u00a0€' },
    { value: money(19_000, 'JPY'), locale: 'en', expected: '¥19,000' },
    { value: money(2_419, 'USD'), locale: 'en', expected: '$24.19' },
    { value: money(1_234, 'KWD'), locale: 'en', expected: 'KWD\u00a01.234' },
  ])('formats $value.amount $value.currency in $locale as $expected', ({ value, locale, expected }) => {
    expect(formatMoney(value, locale)).toBe(expected);
  });

  it.each([
    { value: money(19_000, 'EUR'), locale: 'en', expected: '€190' },
    { value: money(19_000, 'EUR'), locale: 'da', expected: '190\u00a0€' },
    { value: money(2_419, 'EUR'), locale: 'en', expected: '€24.19' },
    { value: money(2_410, 'EUR'), locale: 'en', expected: '€24.10' },
    { value: money(19_000, 'JPY'), locale: 'en', expected: '¥19,000' },
  ])(
    'shows $value.amount $value.currency as the list price $expected in $locale',
    ({ value, locale, expected }) => {
      expect(formatMoney(value, locale, { trimWholeAmounts: true })).toBe(expected);
    },
  );

  // Counts read as a native reader writes them: English "50K"; elsewhere the short thousands read
  // as other words (Danish "50 t" as fifty hours, Spanish "1 mil"), so they are written in full up
  // to a million, and millions in the language's own short form.
  const NBSP = '\u00a0';
  const NNBSP = '\u202f';
  const DANISH = [
    '999',
    '1.000',
    '1.500',
    '50.000',
    '100.000',
    `1${NBSP}mio.`,
    `10${NBSP}mio.`,
    `200${NBSP}mio.`,
    `1,5${NBSP}mia.`,
  ];
  it.each([
    ['en', ['999', '1K', '1.5K', '50K', '100K', '1M', '10M', '200M', '1.5B']],
    ['da', DANISH],
    [
      'de',
      [
        '999',
        '1.000',
        '1.500',
        '50.000',
        '100.000',
        `1${NBSP}Mio.`,
        `10${NBSP}Mio.`,
        `200${NBSP}Mio.`,
        `1,5${NBSP}Mrd.`,
      ],
    ],
    [
      'es',
      ['999', '1000', '1500', '50.000', '100.000', `1${NBSP}M`, `10${NBSP}M`, `200${NBSP}M`, `1500${NBSP}M`],
    ],
    [
      'fr',
      [
        '999',
        `1${NNBSP}000`,
        `1${NNBSP}500`,
        `50${NNBSP}000`,
        `100${NNBSP}000`,
        `1${NBSP}M`,
        `10${NBSP}M`,
        `200${NBSP}M`,
        `1,5${NBSP}Md`,
      ],
    ],
    ['da-DK', DANISH],
    ['en-GB', ['999', '1k', '1.5k', '50k', '100k', '1m', '10m', '200m', '1.5bn']],
  ])('writes counts from hundreds to billions in %s as its readers expect', (locale, expected) => {
    const values = [999, 1_000, 1_500, 50_000, 100_000, 1_000_000, 10_000_000, 200_000_000, 1_500_000_000];
    expect(values.map((value) => formatCompactNumber(value, locale))).toEqual(expected);
  });

  it.each(['da', 'de', 'es', 'fr', 'nb', 'sv'])(
    'never writes a thousand with a word that could be a unit in %s',
    (locale) => {
      for (const value of [1_000, 5_000, 42_000, 999_999]) {
        expect(formatCompactNumber(value, locale)).toMatch(/^[\d.,\s\u00a0\u202f]+$/);
      }
    },
  );
});

/** `amount × numerator / denominator` rounded by `mode`, worked out in BigInt. */
function exactlyRounded(amount: number, numerator: number, denominator: number, mode: RoundingMode): number {
  const sign = denominator < 0 ? -1n : 1n;
  const product = BigInt(amount) * BigInt(numerator) * sign;
  const divisor = BigInt(denominator) * sign;
  const remainder = ((product % divisor) + divisor) % divisor;
  const floor = (product - remainder) / divisor;
  const twice = remainder * 2n;
  const up = {
    floor: false,
    ceil: remainder > 0n,
    half_up: twice > divisor || (twice === divisor && floor >= 0n),
    half_even: twice > divisor || (twice === divisor && floor % 2n !== 0n),
  }[mode];
  return Number(up ? floor + 1n : floor);
}

describe('given a product past 2^53, as a price of 10^12 prorated to the second over two centuries is', () => {
  it('divides it exactly, with the one rounding step of every mode', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        // A part of a whole (seconds left of a period), the whole either side of zero.
        fc.tuple(fc.integer({ min: 1, max: 7_000_000_000 }), fc.integer({ min: 1, max: 7_000_000_000 })),
        fc.boolean(),
        fc.constantFrom<RoundingMode>('half_up', 'half_even', 'floor', 'ceil'),
        (amount, [a, b], negative, mode) => {
          const numerator = Math.min(a, b);
          const denominator = Math.max(a, b) * (negative ? -1 : 1);
          expect(multiplyMoney(money(amount, 'EUR'), numerator, denominator, mode).amount).toBe(
            exactlyRounded(amount, numerator, denominator, mode),
          );
        },
      ),
    );
  });

  it('rounds an exact half of a large product as it rounds a small one', () => {
    const large = 2 ** 53 + 2;
    expect(multiplyMoney(money(large / 2, 'EUR'), 3, 2, 'half_even').amount).toBe(
      exactlyRounded(large / 2, 3, 2, 'half_even'),
    );
  });
});
