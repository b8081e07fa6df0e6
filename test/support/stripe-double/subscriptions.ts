import type Stripe from 'stripe';

import { findPrice } from './catalog.ts';
import { findCustomer } from './customers.ts';
import { invalidRequest, resourceMissing, StripeDoubleError } from './errors.ts';
import { fixture } from './fixtures.ts';
import { type FormParams, integer, metadata, records, requiredText, text } from './form.ts';
import { writeInvoice } from './invoices.ts';
import { type LineSpec, type PlannedItem, periodEnd, periodLine } from './lines.ts';
import { listPage, newestFirst } from './lists.ts';
import { type ChargeOutcome, chargeInvoice } from './payments.ts';
import type { Route } from './router.ts';
import { route } from './router.ts';
import { type Context, findOrThrow } from './state.ts';

// Subscriptions: create (paying the first invoice with the card's behaviour), list, retrieve,
// cancel. Updates live in subscription-changes.ts.

export function findSubscription(context: Context, id: string, param = 'subscription'): Stripe.Subscription {
  return findOrThrow(context.state.subscriptions, id, () => resourceMissing('subscription', id, param));
}

/**
 * Reads `items[n]` against the current items: `{ id, price }` swaps an item's price, `{ id,
 * deleted }` removes it, `{ price }` adds one; items not named stay as they are.
 */
export function planItems(
  context: Context,
  current: Stripe.SubscriptionItem[],
  given: FormParams[],
): PlannedItem[] {
  const planned: PlannedItem[] = current.map((item) => ({
    id: item.id,
    price: item.price,
    quantity: item.quantity ?? 1,
  }));
  given.forEach((params, index) => {
    const id = text(params, 'id');
    const existing = planned.find((item) => item.id === id);
    if (id !== undefined && existing === undefined) {
      throw invalidRequest(`Invalid subscription_item: '${id}'`, `items[${index}][id]`, 'resource_missing');
    }
    if (existing !== undefined && text(params, 'deleted') === 'true') {
      planned.splice(planned.indexOf(existing), 1);
      return;
    }
    const priceId = text(params, 'price');
    const price =
      priceId === undefined ? existing?.price : findPrice(context, priceId, `items[${index}][price]`);
    if (price === undefined) throw invalidRequest('Missing required param: price.', `items[${index}][price]`);
    const quantity = integer(params, 'quantity') ?? existing?.quantity ?? 1;
    if (existing === undefined) planned.push({ id: null, price, quantity });
    else Object.assign(existing, { price, quantity });
  });
  if (planned.length === 0) throw invalidRequest('A subscription needs at least one item.', 'items');
  return planned;
}

/** Writes planned items as subscription items for [start, end); new items get their `si_` id. */
export function writeItems(
  context: Context,
  subscription: string,
  planned: PlannedItem[],
  start: number,
  end: number,
): Stripe.SubscriptionItem[] {
  return planned.map((item) => ({
    ...fixture('subscription_item'),
    id: item.id ?? context.newId('si'),
    created: context.now,
    subscription,
    price: structuredClone(item.price),
    plan: planOf(item.price),
    quantity: item.quantity,
    current_period_start: start,
    current_period_end: end,
    metadata: {},
    discounts: [],
    tax_rates: [],
    billing_thresholds: null,
  }));
}

/** The legacy `plan` Stripe still writes beside each item's price. */
function planOf(price: Stripe.Price): Stripe.Plan {
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: price.billing_scheme,
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? 'month',
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: price.metadata,
    meter: price.recurring?.meter ?? null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: price.recurring?.usage_type ?? 'licensed',
  } satisfies Stripe.Plan;
}

/**
 * Writes the subscription's next invoice, makes it the latest and attempts payment with the
 * subscription's payment method (`confirm: false` leaves the PaymentIntent unconfirmed).
 */
export function invoiceSubscription(
  context: Context,
  subscription: Stripe.Subscription,
  lines: LineSpec[],
  billingReason: Stripe.Invoice.BillingReason,
  { confirm = true } = {},
): { invoice: Stripe.Invoice; outcome: ChargeOutcome } {
  const customer = findCustomer(context, String(subscription.customer));
  const invoice = writeInvoice(context, { customer, subscription, lines, billingReason });
  subscription.latest_invoice = invoice.id;
  const outcome = chargeInvoice(context, invoice, paymentMethodFor(context, subscription), confirm);
  return { invoice, outcome };
}

/** The payment method Stripe charges: the subscription's, else the customer's default. */
export function paymentMethodFor(context: Context, subscription: Stripe.Subscription): string | null {
  const own = subscription.default_payment_method;
  if (own !== null) return typeof own === 'string' ? own : own.id;
  const customer = context.state.customers.get(String(subscription.customer));
  const fallback = customer?.invoice_settings.default_payment_method ?? null;
  return typeof fallback === 'string' || fallback === null ? fallback : fallback.id;
}

function createSubscription(context: Context, params: FormParams): Stripe.Subscription {
  const customer = findCustomer(context, requiredText(params, 'customer'));
  const planned = planItems(context, [], records(params, 'items'));
  const behaviour = text(params, 'payment_behavior') ?? 'allow_incomplete';
  const id = context.newId('sub');
  const start = context.now;
  const end = periodEnd(start, planned[0]?.price ?? fixture('price'));
  const ownMethod = text(params, 'default_payment_method') ?? null;
  if (ownMethod !== null && context.state.paymentMethods.get(ownMethod)?.customer !== customer.id) {
    throw invalidRequest(
      `No such PaymentMethod: '${ownMethod}'`,
      'default_payment_method',
      'resource_missing',
    );
  }
  const subscription: Stripe.Subscription = {
    ...fixture('subscription'),
    id,
    customer: customer.id,
    created: start,
    start_date: start,
    billing_cycle_anchor: start,
    billing_cycle_anchor_config: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    ended_at: null,
    currency: planned[0]?.price.currency ?? 'usd',
    default_payment_method: ownMethod,
    items: { object: 'list', data: writeItems(context, id, planned, start, end), has_more: false, url: '' },
    latest_invoice: null,
    metadata: metadata(params),
    pending_update: null,
    pending_setup_intent: null,
    pending_invoice_item_interval: null,
    next_pending_invoice_item_invoice: null,
    pause_collection: null,
    schedule: null,
    status: 'incomplete',
    discounts: [],
    trial_start: null,
    trial_end: null,
    test_clock: null,
  } satisfies Stripe.Subscription;
  subscription.items.url = `/v1/subscription_items?subscription=${id}`;
  const lines = planned.map((item) => periodLine(context, item, start, end));
  const chargeable = lines.some((line) => line.amount > 0);
  if (chargeable && behaviour !== 'default_incomplete' && paymentMethodFor(context, subscription) === null) {
    throw invalidRequest(
      'This customer has no attached payment source or default payment method. Please consider adding a default payment method.',
      undefined,
      'resource_missing',
    );
  }
  const { outcome } = invoiceSubscription(context, subscription, lines, 'subscription_create', {
    confirm: behaviour !== 'default_incomplete',
  });
  if (outcome.kind === 'paid') subscription.status = 'active';
  else if (outcome.kind === 'declined' && behaviour === 'error_if_incomplete') {
    throw new StripeDoubleError(402, outcome.error);
  }
  context.state.subscriptions.set(id, subscription);
  return subscription;
}

function listSubscriptions(context: Context, params: FormParams): Stripe.ApiList<Stripe.Subscription> {
  const customer = text(params, 'customer');
  const status = text(params, 'status');
  const price = text(params, 'price');
  const subscriptions = newestFirst(context.state.subscriptions).filter(
    (subscription) =>
      (customer === undefined || subscription.customer === customer) &&
      (status === 'all' ||
        (status === undefined ? subscription.status !== 'canceled' : subscription.status === status)) &&
      (price === undefined || subscription.items.data.some((item) => item.price.id === price)),
  );
  return listPage('/v1/subscriptions', subscriptions, params);
}

/** Cancels now, as `DELETE /v1/subscriptions/:id` does; at period end via `cancel_at_period_end`. */
export function cancelNow(context: Context, subscription: Stripe.Subscription, at = context.now): void {
  subscription.status = 'canceled';
  subscription.canceled_at = at;
  subscription.ended_at = at;
  subscription.pending_update = null;
}

export const subscriptionRoutes: Route[] = [
  route('POST', '/v1/subscriptions', createSubscription),
  route('GET', '/v1/subscriptions', listSubscriptions),
  route('GET', '/v1/subscriptions/:id', (context, _params, id) => findSubscription(context, id ?? '', 'id')),
  route('DELETE', '/v1/subscriptions/:id', (context, _params, id) => {
    const subscription = findSubscription(context, id ?? '', 'id');
    if (subscription.status === 'canceled') {
      throw invalidRequest(`No such subscription: '${subscription.id}'`, 'id', 'resource_missing');
    }
    cancelNow(context, subscription);
    return subscription;
  }),
];
