import type Stripe from 'stripe';
import {
  type AccountContext,
  BillingError,
  type BillingInterval,
  type ChangeKind,
  checkAvailability,
  checkDowngrade,
  classifyChange,
  type DowngradeBlocker,
  type Money,
  type Plan,
  type PlanChangePreview,
  type PlanChangeTiming,
  type PreviewLine,
  planChangeTiming,
} from '../core';
import { loadCatalog, type StripeCatalog } from './stripe-catalog';
import { firstItem, idOf, isoFromUnix, moneyFromStripe, unixFromDate } from './stripe-conventions';
import { read } from './stripe-errors';
import { loadAccount, loadCustomer, loadSubscription, type StripeContext } from './stripe-subscription';

/** What a change to a plan and interval would do: shared by `previewChange` and `changePlan`. */
export interface PlanChangeDecision {
  catalog: StripeCatalog;
  customer: Stripe.Customer;
  subscription: Stripe.Subscription;
  item: Stripe.SubscriptionItem;
  target: Plan;
  price: Stripe.Price;
  kind: ChangeKind;
  timing: PlanChangeTiming;
  blockers: DowngradeBlocker[];
}

export async function decide(
  context: StripeContext,
  planId: string,
  interval: BillingInterval,
  signal?: AbortSignal,
): Promise<PlanChangeDecision> {
  const [catalog, subscription, account, customer] = await Promise.all([
    loadCatalog(context.stripe, context.options.catalog ?? {}, signal),
    loadSubscription(context, signal),
    loadAccount(context, signal),
    loadCustomer(context, signal),
  ]);
  const target = catalog.plans.find((plan) => plan.id === planId);
  const price = catalog.priceOf(planId, interval);
  if (!target || !price)
    throw new BillingError('not_found', { message: 'No such plan', details: { planId } });
  checkAvailable(target, account, context.now());
  // A first subscription starts through Checkout or the host's signup, not through a plan change.
  if (!subscription) {
    throw new BillingError('not_found', {
      message: 'There is no subscription to change',
      details: { reason: 'no_subscription' },
    });
  }
  const item = firstItem(subscription);
  const currentId = catalog.planOfPrice(item.price.id);
  const current = catalog.plans.find((plan) => plan.id === currentId?.planId);
  if (!current || !currentId) {
    throw new BillingError('invalid_response', {
      message: 'The subscription bills a price that is not in the catalog',
      details: { reason: 'price_not_in_catalog' },
    });
  }
  const kind = classifyChange({ plan: current, interval: currentId.interval }, { plan: target, interval });
  const blockers = kind === 'same' ? [] : checkDowngrade(target, account, current).blockers;
  const timing = planChangeTiming(kind, interval);
  return { catalog, customer, subscription, item, target, price, kind, timing, blockers };
}

function checkAvailable(target: Plan, account: AccountContext, now: Date): void {
  const availability = checkAvailability(target, account, now);
  if (!availability.available) {
    throw new BillingError('plan_unavailable', {
      message: 'The plan is not available to this account',
      details: { planId: target.id, reasons: availability.reasons },
    });
  }
}

/**
 * The `proration_date` of a preview made now, and of the change confirmed after it: the start of
 * the window `now` falls in (never before the period started), so both prorate to the same second.
 * A change confirmed in the next window also accepts the previous one (see `prorationDatesToTry`).
 */
export function prorationDateAt(now: Date, windowSeconds: number, periodStart: number): number {
  const seconds = unixFromDate(now);
  return Math.max(periodStart, seconds - (seconds % windowSeconds));
}

/** The proration dates a change may have been previewed at: this window's, then the previous one's. */
export function prorationDatesToTry(now: Date, windowSeconds: number, periodStart: number): number[] {
  const current = prorationDateAt(now, windowSeconds, periodStart);
  const previous = Math.max(periodStart, current - windowSeconds);
  return previous === current ? [current] : [current, previous];
}

/** The preview, from Stripe's preview invoice for an immediate change. */
export async function previewOf(
  context: StripeContext,
  decision: PlanChangeDecision,
  prorationDate: number,
  signal?: AbortSignal,
): Promise<PlanChangePreview> {
  const { target, price, item, kind, timing, blockers, subscription } = decision;
  const interval = decisionInterval(decision);
  const zero = moneyFromStripe(0, price.currency);
  const base = { planId: target.id, interval, kind, blockers };
  if (timing === 'none') {
    return { ...base, effectiveAt: isoFromUnix(unixFromDate(context.now())), lines: [], amountDue: zero };
  }
  if (timing === 'end_of_period') {
    // The same string as `currentPeriod.end`.
    return { ...base, effectiveAt: isoFromUnix(item.current_period_end), lines: [], amountDue: zero };
  }
  const invoice = await read(signal, () =>
    context.stripe.invoices.createPreview({
      customer: context.customerId,
      subscription: subscription.id,
      subscription_details: {
        items: [{ id: item.id, price: price.id }],
        proration_behavior: 'always_invoice',
        proration_date: prorationDate,
      },
    }),
  );
  const lines = invoice.lines.data.flatMap((line) => previewLineOf(line, decision.catalog));
  // Stripe's `amount_due` includes tax and the customer's balance: the contract's is the sum of
  // the lines, tax excluded, never below zero.
  const sum = lines.reduce((total, line) => total + line.amount.amount, 0);
  return {
    ...base,
    effectiveAt: isoFromUnix(prorationDate),
    lines,
    amountDue: moneyFromStripe(Math.max(0, sum), invoice.currency),
  };
}

function decisionInterval(decision: PlanChangeDecision): BillingInterval {
  const interval = decision.catalog.planOfPrice(decision.price.id)?.interval;
  if (!interval) throw new BillingError('invalid_response', { message: 'The price has no interval' });
  return interval;
}

/** A preview invoice's line for a catalog price; other lines (one-off items) are not the change's. */
function previewLineOf(line: Stripe.InvoiceLineItem, catalog: StripeCatalog): PreviewLine[] {
  const priceId = line.pricing?.price_details?.price;
  const plan = priceId ? catalog.planOfPrice(idOf(priceId)) : undefined;
  if (!plan) return [];
  return [
    {
      kind: line.amount < 0 ? 'credit' : 'charge',
      amount: moneyFromStripe(line.amount, line.currency),
      planId: plan.planId,
      interval: plan.interval,
      period: { start: isoFromUnix(line.period.start), end: isoFromUnix(line.period.end) },
    },
  ];
}

export function sameMoney(a: Money, b: Money): boolean {
  return a.amount === b.amount && a.currency === b.currency;
}
