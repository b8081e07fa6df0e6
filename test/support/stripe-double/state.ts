import { randomBytes } from 'node:crypto';

import type Stripe from 'stripe';

import type { LineSpec } from './lines.ts';
import type { CardBehaviour } from './test-tokens.ts';

/** A meter event as recorded, with the customer and value read from its payload. */
export interface RecordedMeterEvent {
  eventName: string;
  customer: string;
  value: number;
  timestamp: number;
  identifier: string;
}

/** Everything the double holds, open to tests for inspection. Maps keep creation order. */
export interface StripeDoubleState {
  products: Map<string, Stripe.Product>;
  prices: Map<string, Stripe.Price>;
  customers: Map<string, Stripe.Customer>;
  paymentMethods: Map<string, Stripe.PaymentMethod>;
  /** How each payment method behaves when charged, from the test token it was made from. */
  cardBehaviours: Map<string, CardBehaviour>;
  subscriptions: Map<string, Stripe.Subscription>;
  schedules: Map<string, Stripe.SubscriptionSchedule>;
  invoices: Map<string, Stripe.Invoice>;
  /** Prorations from `create_prorations` updates, waiting for the subscription's next invoice. */
  pendingProrations: Map<string, LineSpec[]>;
  /** `invoice.payments` is an includable field: kept beside the invoice, added on `expand`. */
  invoicePayments: Map<string, Stripe.InvoicePayment[]>;
  paymentIntents: Map<string, Stripe.PaymentIntent>;
  setupIntents: Map<string, Stripe.SetupIntent>;
  checkoutSessions: Map<string, Stripe.Checkout.Session>;
  meters: Map<string, Stripe.Billing.Meter>;
  meterEvents: RecordedMeterEvent[];
  /** Every request served, oldest first: `POST /v1/subscriptions/sub_…`. */
  requests: string[];
}

export function createState(): StripeDoubleState {
  return {
    products: new Map(),
    prices: new Map(),
    customers: new Map(),
    paymentMethods: new Map(),
    cardBehaviours: new Map(),
    subscriptions: new Map(),
    schedules: new Map(),
    invoices: new Map(),
    pendingProrations: new Map(),
    invoicePayments: new Map(),
    paymentIntents: new Map(),
    setupIntents: new Map(),
    checkoutSessions: new Map(),
    meters: new Map(),
    meterEvents: [],
    requests: [],
  };
}

/** What every handler gets: the state, the double's time for this request and its origin. */
export interface Context {
  state: StripeDoubleState;
  now: number;
  origin: string;
  newId(prefix: string): string;
}

/** Ids shaped like Stripe's (`prefix_` + 14 letters and digits), unique within one double. */
export function createIdSource(): (prefix: string) => string {
  let sequence = 0;
  return (prefix) => {
    sequence += 1;
    const random = [...randomBytes(10)].map((byte) => alphabet[byte % alphabet.length]).join('');
    return `${prefix}_${sequence.toString(36).padStart(4, '0')}${random}`;
  };
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Looks an object up or throws Stripe's 404 for it. */
export function findOrThrow<T>(map: Map<string, T>, id: string, missing: () => Error): T {
  const found = map.get(id);
  if (found === undefined) throw missing();
  return found;
}
