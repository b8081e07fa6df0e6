import { testCardOf } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

describe('given a test card number typed into a demo form', () => {
  it.each([
    { number: '4242 4242 4242 4242', brand: 'visa', last4: '4242' },
    { number: '4000 0566 5566 5556', brand: 'visa', last4: '5556' },
    { number: '4222222222222', brand: 'visa', last4: '2222' },
    { number: '4242 4242 4242 4242 428', brand: 'visa', last4: '2428' },
    { number: '5555 5555 5555 4444', brand: 'mastercard', last4: '4444' },
    { number: '5105-1051-0510-5100', brand: 'mastercard', last4: '5100' },
    { number: '2223 0031 2200 3222', brand: 'mastercard', last4: '3222' },
    { number: '2720 9900 0000 0007', brand: 'mastercard', last4: '0007' },
    { number: '3782 822463 10005', brand: 'amex', last4: '0005' },
    { number: '3714 496353 98431', brand: 'amex', last4: '8431' },
    { number: '6011 1111 1111 1117', brand: 'other', last4: '1117' },
  ])('reads $number as $brand ending in $last4', ({ number, brand, last4 }) => {
    expect(testCardOf(number)).toEqual({ brand, last4 });
  });

  it.each([
    { number: '2220 9900 0000 0002', why: 'just below the Mastercard 2-series' },
    { number: '2721 0000 0000 0004', why: 'just above the Mastercard 2-series' },
    { number: '5600 0000 0000 0003', why: 'beyond 51–55' },
  ])('does not take $number for a Mastercard ($why)', ({ number }) => {
    expect(testCardOf(number)?.brand).not.toBe('mastercard');
  });

  it.each([
    { number: '4242 4242 4242 4241', why: 'a failed Luhn check' },
    { number: '3782 822463 10006', why: 'an Amex with a failed Luhn check' },
    { number: '3782 8224 6310 0052', why: 'an Amex of 16 digits' },
    { number: '5555 5555 5555 442', why: 'a Mastercard of 15 digits' },
    { number: '4242', why: 'too short' },
    { number: '4242 4242 4242 424x', why: 'a letter' },
    { number: '', why: 'nothing typed' },
  ])('refuses $number ($why)', ({ number }) => {
    expect(testCardOf(number)).toBeNull();
  });
});
