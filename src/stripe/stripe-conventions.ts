import type Stripe from 'stripe';
import {
  BillingError,
  type BillingInterval,
  type CardBrand,
  type Money,
  money,
  type PlanLimits,
  type SubscriptionStatus,
  type UsageMetric,
} from '../core';

/*
 * Units and formats: Stripe speaks cents, lower-case currencies, unix seconds and string-only
 * metadata; the contract wants `Money` in upper-case ISO 4217, ISO 8601 instants and typed fields.
 */

/** `eur` → `EUR`. */
export function currencyFromStripe(currency: string): string {
  return currency.toUpperCase();
}

/** Stripe's amounts are already integer minor units: only the currency changes case. */
export function moneyFromStripe(amount: number, currency: string): Money {
  return money(amount, currencyFromStripe(currency));
}

/** Unix seconds → an ISO 8601 instant without fractions: `1772323200` → `2026-03-01T00:00:00Z`. */
export function isoFromUnix(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** A Date → unix seconds, rounded down. */
export function unixFromDate(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * A limit from product metadata: `"50000"` → `50000`, `"unlimited"` → `null`. Anything else (a
 * missing key, `"50k"`) becomes `NaN`, which the boundary validation reports with the field's path.
 */
export function limitFromMetadata(value: string | undefined): number | null {
  if (value === 'unlimited') return null;
  return value === undefined || value.trim() === '' ? Number.NaN : Number(value);
}

/** `"zendesk, freshdesk"` → `['zendesk', 'freshdesk']`; an empty or missing value → `[]`. */
export function listFromMetadata(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Product metadata keys of the limits, by the contract's limit field. */
export const limitMetadataKeys: Record<keyof PlanLimits, string> = {
  conversations: 'limits.conversations',
  documents: 'limits.documents',
  assistants: 'limits.assistants',
  seats: 'limits.seats',
  aiTokens: 'limits.ai_tokens',
};

/** Billing meter event names → the contract's metrics (the default of `meters`). */
export const defaultMeterMetrics: Readonly<Record<string, UsageMetric>> = {
  conversations: 'conversations',
  documents: 'documents',
  assistants: 'assistants',
  seats: 'seats',
  ai_tokens: 'aiTokens',
};

/** A recurring price's interval, or `null` for one the contract has no word for (day, week). */
export function intervalOfPrice(price: Stripe.Price): BillingInterval | null {
  if (price.recurring?.interval_count !== 1) return null;
  if (price.recurring.interval === 'month') return 'month';
  return price.recurring.interval === 'year' ? 'year' : null;
}

/** The id behind a field that Stripe sends as an id or, expanded, as the object. */
export function idOf(value: string | { id: string }): string {
  return typeof value === 'string' ? value : value.id;
}

export function subscriptionStatusFromStripe(status: Stripe.Subscription.Status): SubscriptionStatus {
  switch (status) {
    case 'trialing':
      return 'trialing';
    case 'active':
      return 'active';
    case 'past_due':
      return 'past_due';
    case 'canceled':
      return 'canceled';
    case 'incomplete':
      return 'incomplete';
    case 'incomplete_expired':
      return 'canceled';
    default:
      // `unpaid`, `paused` and any later status: payments are not being collected.
      return 'past_due';
  }
}

export function cardBrandFromStripe(brand: string): CardBrand {
  return brand === 'visa' || brand === 'mastercard' || brand === 'amex' ? brand : 'other';
}

/** A postal address as the lines an invoice prints. */
export function addressLines(address: Stripe.Address | null | undefined): string[] {
  if (!address) return [];
  const city = [address.postal_code, address.city].filter(Boolean).join(' ');
  return [address.line1, address.line2, city].filter((line): line is string => Boolean(line));
}

/** The first item of a subscription: this provider bills one plan per subscription. */
export function firstItem(subscription: Stripe.Subscription): Stripe.SubscriptionItem {
  const item = subscription.items.data[0];
  if (!item) throw new BillingError('invalid_response', { message: 'The subscription has no items' });
  return item;
}

/**
 * The Idempotency-Key sent to Stripe: the contract's key, scoped to the customer (one Stripe account
 * serves every customer, and two customers may send the same key), with the parts that make one
 * intent's attempts differ.
 */
export function stripeIdempotencyKey(customerId: string, key: string, ...parts: string[]): string {
  return [customerId, key, ...parts].join(':');
}
