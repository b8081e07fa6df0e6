import { BillingError, billingErrorCodes, isBillingError } from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';

describe('given a billing error', () => {
  it.each([
    { code: 'network', retryable: true },
    { code: 'rate_limited', retryable: true },
    { code: 'payment_declined', retryable: false },
    { code: 'invalid_response', retryable: false },
  ] as const)('treats $code as retryable: $retryable by default', ({ code, retryable }) => {
    expect(new BillingError(code).retryable).toBe(retryable);
  });

  it('keeps its code, details, cause and an explicit retryable flag', () => {
    const cause = new Error('socket hang up');
    const error = new BillingError('invalid_response', {
      message: 'plans[0].prices.month.amount is not an integer',
      details: { field: 'plans[0].prices.month.amount' },
      retryable: true,
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'BillingError', code: 'invalid_response', retryable: true });
    expect(error.details).toEqual({ field: 'plans[0].prices.month.amount' });
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('plans[0].prices.month.amount is not an integer');
  });

  it('lists the closed set of codes of the design', () => {
    expect([...billingErrorCodes].sort()).toEqual(
      [
        'payment_declined',
        'insufficient_funds',
        'card_expired',
        'authentication_required',
        'over_usage_limits',
        'feature_in_use',
        'payment_method_required',
        'plan_unavailable',
        'amount_changed',
        'unauthorized',
        'not_found',
        'rate_limited',
        'network',
        'invalid_response',
        'currency_mismatch',
        'unknown',
      ].sort(),
    );
  });
});

describe('given values that may be billing errors', () => {
  it('recognises one from another copy of the library by name and code', () => {
    const foreign = { name: 'BillingError', code: 'card_expired', retryable: false, message: 'expired' };
    expect(isBillingError(foreign)).toBe(true);
    expect(isBillingError(new BillingError('card_expired'))).toBe(true);
  });

  it.each([
    new Error('boom'),
    { name: 'BillingError', code: 'made_up', retryable: false },
    { name: 'BillingError', code: 'network' },
    null,
    'network',
  ])('rejects %o', (value) => {
    expect(isBillingError(value)).toBe(false);
  });
});
