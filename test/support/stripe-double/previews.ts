import type Stripe from 'stripe';

import { findCustomer } from './customers.ts';
import { invalidRequest, resourceMissing } from './errors.ts';
import { type FormParams, integer, record, records, text } from './form.ts';
import { writeInvoice } from './invoices.ts';
import { type LineSpec, type PlannedItem, periodEnd, periodLine } from './lines.ts';
import { type Route, route } from './router.ts';
import { upcomingItems } from './schedules.ts';
import type { Context } from './state.ts';
import { itemChange } from './subscription-changes.ts';
import { findSubscription, planItems } from './subscriptions.ts';

// `invoices.createPreview`: the same arithmetic as the update it previews, so an update that reuses
// the preview's `proration_date` is charged exactly the previewed amounts.

function createPreview(context: Context, params: FormParams): Stripe.Invoice {
  const details = record(params, 'subscription_details') ?? {};
  const given = records(details, 'items');
  const subscriptionId = text(params, 'subscription');
  if (subscriptionId === undefined) {
    const customer = findCustomer(context, text(params, 'customer') ?? '', 'customer');
    if (given.length > 0) return previewNewSubscription(context, customer, given);
    const active = [...context.state.subscriptions.values()].find(
      (subscription) => subscription.customer === customer.id && subscription.status !== 'canceled',
    );
    if (active === undefined) {
      throw invalidRequest('No upcoming invoices for customer', undefined, 'invoice_upcoming_none');
    }
    return previewRenewal(context, active);
  }
  const subscription = findSubscription(context, subscriptionId);
  const customer = text(params, 'customer');
  if (customer !== undefined && customer !== subscription.customer) {
    throw resourceMissing('subscription', subscriptionId, 'subscription');
  }
  if (given.length === 0) return previewRenewal(context, subscription);
  const change = itemChange(context, subscription, given, integer(details, 'proration_date'));
  const proration = text(details, 'proration_behavior') ?? 'create_prorations';
  const owner = findCustomer(context, String(subscription.customer));
  if (proration === 'always_invoice' || change.resetsAnchor) {
    const lines = proration === 'none' ? change.lines.filter((line) => !line.proration) : change.lines;
    return writeInvoice(context, {
      customer: owner,
      subscription,
      lines,
      billingReason: 'subscription_update',
      preview: true,
    });
  }
  const pending = context.state.pendingProrations.get(subscription.id) ?? [];
  const prorations = proration === 'none' ? pending : [...pending, ...change.lines];
  return renewalInvoice(context, subscription, change.planned, prorations);
}

function previewNewSubscription(context: Context, customer: Stripe.Customer, given: FormParams[]) {
  const planned = planItems(context, [], given);
  const end = periodEnd(context.now, (planned[0] as PlannedItem).price);
  const lines = planned.map((item) => periodLine(context, item, context.now, end));
  return writeInvoice(context, {
    customer,
    subscription: null,
    lines,
    billingReason: 'subscription_create',
    preview: true,
  });
}

/** The next renewal: the items the schedule (if any) puts in place at the period end. */
function previewRenewal(context: Context, subscription: Stripe.Subscription): Stripe.Invoice {
  const end = subscription.items.data[0]?.current_period_end ?? context.now;
  const pending = context.state.pendingProrations.get(subscription.id) ?? [];
  return renewalInvoice(context, subscription, upcomingItems(context, subscription, end), pending);
}

function renewalInvoice(
  context: Context,
  subscription: Stripe.Subscription,
  planned: PlannedItem[],
  prorations: LineSpec[],
): Stripe.Invoice {
  const start = subscription.items.data[0]?.current_period_end ?? context.now;
  const end = periodEnd(start, (planned[0] as PlannedItem).price);
  return writeInvoice(context, {
    customer: findCustomer(context, String(subscription.customer)),
    subscription,
    lines: [...prorations, ...planned.map((item) => periodLine(context, item, start, end))],
    billingReason: 'subscription_cycle',
    preview: true,
  });
}

export const previewRoutes: Route[] = [route('POST', '/v1/invoices/create_preview', createPreview)];
