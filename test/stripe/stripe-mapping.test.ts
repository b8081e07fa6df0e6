// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cardBrandFromStripe,
  isoFromUnix,
  limitFromMetadata,
  listFromMetadata,
  moneyFromStripe,
  subscriptionStatusFromStripe,
} from '../../src/stripe/stripe-conventions';
import { paymentErrorCode, toBillingError } from '../../src/stripe/stripe-errors';
import { prorationDateAt, prorationDatesToTry } from '../../src/stripe/stripe-plan-change';

/** A Stripe SDK error as the SDK throws it: its class name in `type`, the raw fields beside it. */
function stripeError(type: string, fields: Record<string, unknown> = {}) {
  return Object.assign(new Error('Your card was declined. req_123 sk_live_secret'), { type, ...fields });
}

describe('given Stripe amounts, times and metadata', () => {
  it('keeps cents as minor units and upper-cases the currency', () => {
    expect(moneyFromStripe(49000, 'eur')).toEqual({ amount: 49000, currency: 'EUR' });
  });

  it('writes unix seconds as an ISO instant without fractions', () => {
    expect(isoFromUnix(1772323200)).toBe('2026-03-01T00:00:00Z');
  });

  it('reads "unlimited" as no limit and a missing limit as NaN for the boundary to name', () => {
    expect(limitFromMetadata('unlimited')).toBeNull();
    expect(limitFromMetadata('50000')).toBe(50000);
    expect(limitFromMetadata(undefined)).toBeNaN();
  });

  it('splits comma lists and drops blanks', () => {
    expect(listFromMetadata(' zendesk, freshdesk,,')).toEqual(['zendesk', 'freshdesk']);
    expect(listFromMetadata(undefined)).toEqual([]);
  });

  it('maps statuses the contract lacks to the nearest one', () => {
    expect(subscriptionStatusFromStripe('incomplete_expired')).toBe('canceled');
    expect(subscriptionStatusFromStripe('unpaid')).toBe('past_due');
    expect(subscriptionStatusFromStripe('trialing')).toBe('trialing');
  });

  it('names card brands outside visa, mastercard and amex "other"', () => {
    expect(cardBrandFromStripe('discover')).toBe('other');
    expect(cardBrandFromStripe('amex')).toBe('amex');
  });
});

describe('given a Stripe error', () => {
  it.each([
    ['StripeCardError', { code: 'card_declined', decline_code: 'generic_decline' }, 'payment_declined'],
    ['StripeCardError', { code: 'card_declined', decline_code: 'insufficient_funds' }, 'insufficient_funds'],
    ['StripeCardError', { code: 'expired_card' }, 'card_expired'],
    ['StripeCardError', { code: 'authentication_required' }, 'authentication_required'],
    ['StripeInvalidRequestError', { code: 'resource_missing', statusCode: 404 }, 'not_found'],
    ['StripeRateLimitError', { code: 'rate_limit', statusCode: 429 }, 'rate_limited'],
    ['StripeAuthenticationError', { statusCode: 401 }, 'unauthorized'],
    ['StripeConnectionError', {}, 'network'],
    ['StripeIdempotencyError', { statusCode: 400 }, 'unknown'],
    ['StripeAPIError', { statusCode: 500 }, 'unknown'],
  ])('maps %s %o to %s', (type, fields, code) => {
    expect(toBillingError(stripeError(type, fields)).code).toBe(code);
  });

  it('lets a rate limit and a Stripe outage be retried, a reused key not', () => {
    expect(toBillingError(stripeError('StripeRateLimitError')).retryable).toBe(true);
    expect(toBillingError(stripeError('StripeAPIError')).retryable).toBe(true);
    const reused = toBillingError(stripeError('StripeIdempotencyError'));
    expect(reused.retryable).toBe(false);
    expect(reused.details).toEqual({ reason: 'idempotency_key_reused' });
  });

  it("never carries Stripe's message, request id or key in what it passes on", () => {
    const error = toBillingError(
      stripeError('StripeCardError', { code: 'card_declined', requestId: 'req_123' }),
    );
    expect(`${error.message} ${JSON.stringify(error.details)}`).not.toMatch(/req_|sk_|Your card/);
  });

  it("reads a PaymentIntent's last error like a card error", () => {
    expect(paymentErrorCode('card_declined', 'insufficient_funds')).toBe('insufficient_funds');
    expect(paymentErrorCode('card_declined', 'expired_card')).toBe('card_expired');
    expect(paymentErrorCode(undefined, undefined)).toBe('payment_declined');
  });
});

describe('given a preview and the change confirmed after it', () => {
  const periodStart = Date.UTC(2026, 2, 1) / 1000;
  const previewedAt = new Date('2026-03-10T12:04:59Z');

  it('prorates both as of the start of the window the preview fell in', () => {
    expect(isoFromUnix(prorationDateAt(previewedAt, 600, periodStart))).toBe('2026-03-10T12:00:00Z');
  });

  it("still finds the preview's date when the change comes in the next window", () => {
    const confirmedAt = new Date('2026-03-10T12:10:30Z');
    expect(prorationDatesToTry(confirmedAt, 600, periodStart)).toContain(
      prorationDateAt(previewedAt, 600, periodStart),
    );
  });

  it('never prorates from before the period started', () => {
    const justRenewed = new Date('2026-03-01T00:03:00Z');
    expect(prorationDatesToTry(justRenewed, 600, periodStart)).toEqual([periodStart]);
  });
});
