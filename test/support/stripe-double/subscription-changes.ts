import type Stripe from 'stripe';

import { invalidRequest, StripeDoubleError } from './errors.ts';
import { boolean, type FormParams, integer, metadata, records, text } from './form.ts';
import { type PlannedChange, type PlannedItem, periodEnd, plannedChange } from './lines.ts';
import { voidInvoice } from './payments.ts';
import { type Route, route } from './router.ts';
import type { Context } from './state.ts';
import { findSubscription, invoiceSubscription, planItems, writeItems } from './subscriptions.ts';

// Subscription updates: item changes with Stripe's proration, `always_invoice` invoicing and paying
// at once, and `pending_if_incomplete` keeping the old items when that payment fails.

const pendingUpdateLifetime = 23 * 3600;

/** The items after a change and what they cost, shared by the update and its preview. */
export interface ItemChange extends PlannedChange {
  planned: PlannedItem[];
  prorationDate: number;
}

export function itemChange(
  context: Context,
  subscription: Stripe.Subscription,
  given: FormParams[],
  prorationDate: number | undefined,
): ItemChange {
  const current = subscription.items.data;
  const start = current[0]?.current_period_start ?? context.now;
  const end = current[0]?.current_period_end ?? context.now;
  const date = prorationDate ?? context.now;
  if (date < start || date > end) {
    throw invalidRequest('The proration_date must be within the current billing period.', 'proration_date');
  }
  const planned = planItems(context, current, given);
  return { planned, prorationDate: date, ...plannedChange(context, current, planned, date) };
}

function updateSubscription(context: Context, params: FormParams, id: string): Stripe.Subscription {
  const subscription = findSubscription(context, id, 'id');
  if (subscription.status === 'canceled') {
    throw invalidRequest('A canceled subscription can only update its cancellation_details and metadata.');
  }
  subscription.metadata = metadata(params, subscription.metadata);
  const ownMethod = text(params, 'default_payment_method');
  if (ownMethod !== undefined) subscription.default_payment_method = ownMethod;
  const cancelAtPeriodEnd = boolean(params, 'cancel_at_period_end');
  if (cancelAtPeriodEnd !== undefined) subscription.cancel_at_period_end = cancelAtPeriodEnd;
  const given = records(params, 'items');
  if (given.length === 0) return subscription;
  const change = itemChange(context, subscription, given, integer(params, 'proration_date'));
  const proration = text(params, 'proration_behavior') ?? 'create_prorations';
  if (change.lines.length === 0 || (proration !== 'always_invoice' && !change.resetsAnchor)) {
    // Without immediate invoicing the items change now; `create_prorations` leaves the prorations
    // pending for the next invoice, as Stripe's pending invoice items.
    if (proration === 'create_prorations') {
      const pending = context.state.pendingProrations.get(subscription.id) ?? [];
      context.state.pendingProrations.set(subscription.id, [...pending, ...change.lines]);
    }
    applyChange(context, subscription, change);
    return subscription;
  }
  const lines = proration === 'none' ? change.lines.filter((line) => !line.proration) : change.lines;
  const { invoice, outcome } = invoiceSubscription(context, subscription, lines, 'subscription_update');
  const behaviour = text(params, 'payment_behavior') ?? 'allow_incomplete';
  if (outcome.kind === 'paid') {
    applyChange(context, subscription, change);
  } else if (behaviour === 'pending_if_incomplete') {
    subscription.pending_update = pendingUpdate(context, subscription, change);
  } else if (behaviour === 'error_if_incomplete') {
    voidInvoice(context, invoice);
    throw outcome.kind === 'declined'
      ? new StripeDoubleError(402, outcome.error)
      : new StripeDoubleError(402, {
          type: 'card_error',
          code: 'subscription_payment_intent_requires_action',
          message:
            'Payment for this subscription requires additional user action before it can be completed.',
        });
  } else {
    applyChange(context, subscription, change);
    subscription.status = 'past_due';
  }
  return subscription;
}

function applyChange(context: Context, subscription: Stripe.Subscription, change: ItemChange): void {
  const first = subscription.items.data[0];
  let start = first?.current_period_start ?? context.now;
  let end = first?.current_period_end ?? context.now;
  if (change.resetsAnchor) {
    start = change.prorationDate;
    end = periodEnd(start, change.planned[0]?.price ?? (first as Stripe.SubscriptionItem).price);
    subscription.billing_cycle_anchor = start;
  }
  subscription.items.data = writeItems(context, subscription.id, change.planned, start, end);
  subscription.pending_update = null;
}

function pendingUpdate(
  context: Context,
  subscription: Stripe.Subscription,
  change: ItemChange,
): Stripe.Subscription.PendingUpdate {
  const first = subscription.items.data[0];
  const start = change.resetsAnchor ? change.prorationDate : (first?.current_period_start ?? context.now);
  const end = change.resetsAnchor
    ? periodEnd(start, change.planned[0]?.price ?? (first as Stripe.SubscriptionItem).price)
    : (first?.current_period_end ?? context.now);
  return {
    billing_cycle_anchor: change.resetsAnchor ? change.prorationDate : null,
    cancel_at_period_end: null,
    discount: null,
    discounts: null,
    expires_at: context.now + pendingUpdateLifetime,
    metadata: null,
    subscription_items: writeItems(context, subscription.id, change.planned, start, end),
    trial_end: null,
    trial_from_plan: null,
  };
}

/**
 * What Stripe does when a subscription's invoice is finally paid (after 3-D Secure, say): the
 * pending update, if this was its invoice, is applied, and the subscription becomes active.
 */
export function onInvoicePaid(context: Context, invoice: Stripe.Invoice): void {
  const id = invoice.parent?.subscription_details?.subscription;
  const subscription = typeof id === 'string' ? context.state.subscriptions.get(id) : undefined;
  if (subscription === undefined || subscription.latest_invoice !== invoice.id) return;
  const pending = subscription.pending_update;
  if (pending?.subscription_items) {
    subscription.items.data = pending.subscription_items;
    if (pending.billing_cycle_anchor !== null)
      subscription.billing_cycle_anchor = pending.billing_cycle_anchor;
  }
  subscription.pending_update = null;
  if (['incomplete', 'past_due'].includes(subscription.status)) subscription.status = 'active';
}

/** A pending update not paid within 23 hours expires and its invoice is voided, as at Stripe. */
export function expirePendingUpdate(context: Context, subscription: Stripe.Subscription): void {
  const pending = subscription.pending_update;
  if (pending === null || pending.expires_at > context.now) return;
  subscription.pending_update = null;
  const invoice = context.state.invoices.get(String(subscription.latest_invoice));
  if (invoice?.status === 'open') voidInvoice({ ...context, now: pending.expires_at }, invoice);
}

export const subscriptionChangeRoutes: Route[] = [
  route('POST', '/v1/subscriptions/:id', (context, params, id) =>
    updateSubscription(context, params, id ?? ''),
  ),
];
