import type Stripe from 'stripe';
import {
  type AccountContext,
  BillingError,
  type Subscription,
  type Usage,
  type UsageMetric,
  usagePeriodAt,
} from '../core';
import type { StripeCatalog } from './stripe-catalog';
import {
  defaultMeterMetrics,
  firstItem,
  idOf,
  intervalOfPrice,
  isoFromUnix,
  subscriptionStatusFromStripe,
  unixFromDate,
} from './stripe-conventions';
import type { StripeDataProviderOptions } from './stripe-data-provider-options';
import { read } from './stripe-errors';

/** What every part of the provider works with. */
export interface StripeContext {
  stripe: Stripe;
  customerId: string;
  options: StripeDataProviderOptions;
  now(): Date;
}

/** The customer's subscription (the newest one that is not cancelled), or `null`. */
export async function loadSubscription(
  { stripe, customerId }: StripeContext,
  signal?: AbortSignal,
): Promise<Stripe.Subscription | null> {
  const list = await read(signal, () => stripe.subscriptions.list({ customer: customerId, limit: 1 }));
  return list.data[0] ?? null;
}

export async function loadCustomer(
  { stripe, customerId }: StripeContext,
  signal?: AbortSignal,
): Promise<Stripe.Customer> {
  const customer = await read(signal, () => stripe.customers.retrieve(customerId));
  if (customer.deleted) throw new BillingError('not_found', { message: 'The customer was deleted' });
  return customer;
}

/** The subscription as the contract shows it, with the next phase of its schedule as the scheduled change. */
export async function toSubscription(
  context: StripeContext,
  subscription: Stripe.Subscription,
  catalog: StripeCatalog,
  signal?: AbortSignal,
): Promise<Subscription> {
  const item = firstItem(subscription);
  const plan = catalog.planOfPrice(item.price.id);
  if (!plan) {
    throw new BillingError('invalid_response', {
      message: 'The subscription bills a price that is not in the catalog',
      details: { reason: 'price_not_in_catalog' },
    });
  }
  return {
    id: subscription.id,
    planId: plan.planId,
    interval: plan.interval,
    status: subscriptionStatusFromStripe(subscription.status),
    currentPeriod: {
      start: isoFromUnix(item.current_period_start),
      end: isoFromUnix(item.current_period_end),
    },
    billingAnchor: isoFromUnix(subscription.billing_cycle_anchor),
    scheduledChange: await scheduledChangeOf(context, subscription, item, catalog, signal),
  };
}

/** A schedule's phase starting at the period end, when it bills another catalog price. */
async function scheduledChangeOf(
  { stripe }: StripeContext,
  subscription: Stripe.Subscription,
  item: Stripe.SubscriptionItem,
  catalog: StripeCatalog,
  signal?: AbortSignal,
): Promise<Subscription['scheduledChange']> {
  if (!subscription.schedule) return null;
  const scheduleId = idOf(subscription.schedule);
  const schedule = await read(signal, () => stripe.subscriptionSchedules.retrieve(scheduleId));
  if (schedule.status !== 'active' && schedule.status !== 'not_started') return null;
  const next = schedule.phases.find((phase) => phase.start_date === item.current_period_end);
  const nextPrice = next?.items[0]?.price;
  const plan = nextPrice ? catalog.planOfPrice(idOf(nextPrice)) : undefined;
  if (!next || !plan || idOf(nextPrice ?? '') === item.price.id) return null;
  return { ...plan, effectiveAt: isoFromUnix(next.start_date) };
}

/** The period usage counts over: the billing period, or its current month on an annual plan. */
export function usagePeriodOf(subscription: Stripe.Subscription | null, now: Date) {
  const item = subscription ? firstItem(subscription) : null;
  const interval = item ? intervalOfPrice(item.price) : null;
  if (!subscription || !item || !interval) {
    return {
      start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
      end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
    };
  }
  return usagePeriodAt(
    {
      interval,
      currentPeriod: {
        start: isoFromUnix(item.current_period_start),
        end: isoFromUnix(item.current_period_end),
      },
      billingAnchor: isoFromUnix(subscription.billing_cycle_anchor),
    },
    now,
  );
}

/** Usage from Stripe Billing meters: each meter's summed events over the period. */
async function usageFromMeters(
  { stripe, customerId, options }: StripeContext,
  period: { start: Date; end: Date },
  signal?: AbortSignal,
): Promise<Usage> {
  const metrics: Readonly<Record<string, UsageMetric>> = options.meters ?? defaultMeterMetrics;
  const meters = await read(signal, () => stripe.billing.meters.list({ status: 'active', limit: 100 }));
  const usage: Usage = {};
  for (const meter of meters.data) {
    const metric = metrics[meter.event_name];
    if (!metric) continue;
    const summaries = await read(signal, () =>
      stripe.billing.meters.listEventSummaries(meter.id, {
        customer: customerId,
        start_time: unixFromDate(period.start),
        end_time: unixFromDate(period.end),
      }),
    );
    usage[metric] = summaries.data.reduce((sum, summary) => sum + summary.aggregated_value, 0);
  }
  return usage;
}

/** The account: the host's details, usage from the host or the meters, the country from Stripe. */
export async function loadAccount(context: StripeContext, signal?: AbortSignal): Promise<AccountContext> {
  const [customer, subscription] = await Promise.all([
    loadCustomer(context, signal),
    loadSubscription(context, signal),
  ]);
  const details = await context.options.getAccountDetails({ customer, signal });
  signal?.throwIfAborted();
  const period = usagePeriodOf(subscription, context.now());
  const usage =
    details.usage ??
    (context.options.getUsage
      ? await context.options.getUsage({ period, signal })
      : await usageFromMeters(context, period, signal));
  const country = details.country ?? customer.address?.country?.toUpperCase() ?? null;
  return { ...details, country, usage };
}
