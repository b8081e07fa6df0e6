import type Stripe from 'stripe';

import json from './fixtures.json';

/**
 * Stripe's published example objects (`fixtures.json`, MIT, copied from `openapi/fixtures3.json` in
 * Stripe's public `stripe/openapi` repository), read as the SDK's types. Every object the double
 * returns starts from one of these and overrides ids, amounts and times; the builders write their
 * overrides as literals checked with `satisfies Stripe.X`, so a field the SDK does not know fails
 * the typecheck.
 */
interface Fixtures {
  product: Stripe.Product;
  price: Stripe.Price;
  customer: Stripe.Customer;
  payment_method: Stripe.PaymentMethod;
  subscription: Stripe.Subscription;
  subscription_item: Stripe.SubscriptionItem;
  subscription_schedule: Stripe.SubscriptionSchedule;
  invoice: Stripe.Invoice;
  line_item: Stripe.InvoiceLineItem;
  invoice_payment: Stripe.InvoicePayment;
  payment_intent: Stripe.PaymentIntent;
  setup_intent: Stripe.SetupIntent;
  'checkout.session': Stripe.Checkout.Session;
  'billing.meter': Stripe.Billing.Meter;
  'billing.meter_event_summary': Stripe.Billing.MeterEventSummary;
}

const fixtures = json as unknown as Fixtures;

/** A deep copy of one published example, so no two objects share nested state. */
export function fixture<Name extends keyof Fixtures>(name: Name): Fixtures[Name] {
  return structuredClone(fixtures[name]);
}

type WireDecimal = NonNullable<Stripe.Price['unit_amount_decimal']>;

/** Stripe sends decimals as strings; the SDK turns them into its `Decimal` as it reads them. */
export function decimalString(value: number): WireDecimal {
  return String(value) as unknown as WireDecimal;
}
