import type { CardBrand } from '../../core';

/*
 * For demo and test forms that stand in for a payment service's card fields: what a typed test
 * number is. A real host never sees the number (the payment service's own fields keep it).
 */

/** A card number a demo form can save: its brand and last four digits. */
export interface TestCard {
  brand: CardBrand;
  last4: string;
}

/**
 * The brand and last four of a card number (spaces and dashes ignored), or `null` when it is not
 * a card number: not 12–19 digits, a failed Luhn check, or a length its brand does not issue.
 * Visa starts with 4 (13, 16 or 19 digits), Mastercard with 51–55 or 2221–2720 (16), American
 * Express with 34 or 37 (15); any other valid number is `other`.
 */
export function testCardOf(number: string): TestCard | null {
  const digits = number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !passesLuhn(digits)) return null;
  const brand = brandOf(digits);
  if (!ISSUED_LENGTHS[brand].includes(digits.length)) return null;
  return { brand, last4: digits.slice(-4) };
}

const ISSUED_LENGTHS: Record<CardBrand, number[]> = {
  visa: [13, 16, 19],
  mastercard: [16],
  amex: [15],
  other: [12, 13, 14, 15, 16, 17, 18, 19],
};

function brandOf(digits: string): CardBrand {
  if (digits.startsWith('4')) return 'visa';
  if (digits.startsWith('34') || digits.startsWith('37')) return 'amex';
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  return 'other';
}

/** The Luhn (mod 10) check every card number carries in its last digit. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
