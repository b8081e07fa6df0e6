import { cardExpiry } from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';

describe('given a card checked on March 16th, 2026', () => {
  const now = '2026-03-16T09:00:00.000Z';

  it.each([
    { expMonth: 2, expYear: 2026, expiry: 'expired' },
    { expMonth: 12, expYear: 2025, expiry: 'expired' },
    { expMonth: 3, expYear: 2026, expiry: 'expiring_soon' },
    { expMonth: 4, expYear: 2026, expiry: 'expiring_soon' },
    { expMonth: 5, expYear: 2026, expiry: 'valid' },
    { expMonth: 1, expYear: 2027, expiry: 'valid' },
  ] as const)('calls $expMonth/$expYear $expiry', ({ expMonth, expYear, expiry }) => {
    expect(cardExpiry({ expMonth, expYear }, now)).toBe(expiry);
  });
});

describe('given a card that expires in March 2026', () => {
  const card = { expMonth: 3, expYear: 2026 };

  it('is valid through the last instant of March, in UTC', () => {
    expect(cardExpiry(card, new Date('2026-03-31T23:59:59.999Z'))).toBe('expiring_soon');
  });

  it('has expired on April 1st', () => {
    expect(cardExpiry(card, new Date('2026-04-01T00:00:00.000Z'))).toBe('expired');
  });
});

describe('given a check in December', () => {
  const now = '2026-12-05T00:00:00.000Z';

  it('counts January of the next year as expiring soon, and February as valid', () => {
    expect(cardExpiry({ expMonth: 1, expYear: 2027 }, now)).toBe('expiring_soon');
    expect(cardExpiry({ expMonth: 2, expYear: 2027 }, now)).toBe('valid');
  });
});
