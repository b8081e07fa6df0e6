import type Stripe from 'stripe';

import { addInterval } from './clock.ts';
import { invalidRequest } from './errors.ts';
import type { Context } from './state.ts';

/** One line of an invoice before it is written: what is charged, for which period, and why. */
export interface LineSpec {
  price: Stripe.Price;
  quantity: number;
  amount: number;
  description: string;
  period: { start: number; end: number };
  proration: boolean;
  subscriptionItem: string | null;
}

/** What a subscription's items become: an existing item keeps its id, a new one has none yet. */
export interface PlannedItem {
  id: string | null;
  price: Stripe.Price;
  quantity: number;
}

/** The whole-period line Stripe writes for an item: "1 × Team (at 10.00 EUR / month)". */
export function periodLine(context: Context, item: PlannedItem, start: number, end: number): LineSpec {
  const { price, quantity } = item;
  const amount = (price.unit_amount ?? 0) * quantity;
  const perInterval = `${((price.unit_amount ?? 0) / 100).toFixed(2)} ${price.currency.toUpperCase()}`;
  return {
    price,
    quantity,
    amount,
    description: `${quantity} × ${productName(context, price)} (at ${perInterval} / ${price.recurring?.interval ?? 'once'})`,
    period: { start, end },
    proration: false,
    subscriptionItem: item.id,
  };
}

export function periodEnd(start: number, price: Stripe.Price): number {
  const recurring = price.recurring;
  if (recurring === null) throw invalidRequest(`The price ${price.id} is not recurring.`, 'items');
  return addInterval(start, recurring.interval, recurring.interval_count);
}

export interface PlannedChange {
  lines: LineSpec[];
  /** A change of interval resets the billing cycle anchor to the change's time, as at Stripe. */
  resetsAnchor: boolean;
}

/**
 * Stripe's proration for moving `current` items to `planned` at `prorationDate`: for each item
 * that changes, a credit for the unused time on the old price and a charge for the remaining time
 * on the new one, each `amount × remaining seconds ÷ period seconds`, rounded to the minor unit.
 * When the interval changes the new price is charged for a whole new period from the change.
 */
export function plannedChange(
  context: Context,
  current: Stripe.SubscriptionItem[],
  planned: PlannedItem[],
  prorationDate: number,
): PlannedChange {
  const first = current[0];
  const firstPlanned = planned[0];
  if (first === undefined || firstPlanned === undefined) return { lines: [], resetsAnchor: false };
  const resetsAnchor =
    first.price.recurring?.interval !== firstPlanned.price.recurring?.interval ||
    first.price.recurring?.interval_count !== firstPlanned.price.recurring?.interval_count;
  const { current_period_start: start, current_period_end: end } = first;
  const when = formatDate(prorationDate);
  const lines: LineSpec[] = [];
  for (const item of current) {
    const next = planned.find((candidate) => candidate.id === item.id);
    if (next !== undefined && !resetsAnchor && sameCharge(item, next)) continue;
    const amount = prorate((item.price.unit_amount ?? 0) * (item.quantity ?? 1), start, end, prorationDate);
    lines.push({
      ...prorationOf(item.price, item.quantity ?? 1, item.id, prorationDate, end),
      amount: -amount,
      description: `Unused time on ${itemLabel(context, item.price, item.quantity ?? 1)} after ${when}`,
    });
  }
  for (const item of planned) {
    const before = current.find((candidate) => candidate.id === item.id);
    if (resetsAnchor) {
      lines.push(periodLine(context, item, prorationDate, periodEnd(prorationDate, item.price)));
      continue;
    }
    if (before !== undefined && sameCharge(before, item)) continue;
    lines.push({
      ...prorationOf(item.price, item.quantity, item.id, prorationDate, end),
      amount: prorate((item.price.unit_amount ?? 0) * item.quantity, start, end, prorationDate),
      description: `Remaining time on ${itemLabel(context, item.price, item.quantity)} after ${when}`,
    });
  }
  return { lines, resetsAnchor };
}

function prorationOf(price: Stripe.Price, quantity: number, item: string | null, from: number, to: number) {
  return { price, quantity, period: { start: from, end: to }, proration: true, subscriptionItem: item };
}

function sameCharge(item: Stripe.SubscriptionItem, planned: PlannedItem): boolean {
  return item.price.id === planned.price.id && (item.quantity ?? 1) === planned.quantity;
}

/** The share of `amount` for the seconds left in [start, end) after `at`, to the minor unit. */
export function prorate(amount: number, start: number, end: number, at: number): number {
  return Math.round((amount * (end - at)) / (end - start));
}

function itemLabel(context: Context, price: Stripe.Price, quantity: number): string {
  const name = productName(context, price);
  return quantity === 1 ? name : `${quantity} × ${name}`;
}

function productName(context: Context, price: Stripe.Price): string {
  const id = typeof price.product === 'string' ? price.product : price.product.id;
  return context.state.products.get(id)?.name ?? id;
}

function formatDate(seconds: number): string {
  return new Date(seconds * 1000).toLocaleDateString('en-GB', {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
