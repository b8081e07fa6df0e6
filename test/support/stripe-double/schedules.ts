import type Stripe from 'stripe';

import { findPrice } from './catalog.ts';
import { addInterval } from './clock.ts';
import { invalidRequest, resourceMissing } from './errors.ts';
import { fixture } from './fixtures.ts';
import { type FormParams, integer, record, records, requiredText, text } from './form.ts';
import { type PlannedItem, periodEnd } from './lines.ts';
import { type Route, route } from './router.ts';
import { type Context, findOrThrow } from './state.ts';
import { findSubscription } from './subscriptions.ts';

// Subscription schedules: created from a subscription, phases replaced by `update`, released.
// billing-cycle.ts moves the subscription into the next phase at the period end.

export function findSchedule(context: Context, id: string): Stripe.SubscriptionSchedule {
  return findOrThrow(context.state.schedules, id, () =>
    resourceMissing('subscription_schedule', id, 'schedule'),
  );
}

function createSchedule(context: Context, params: FormParams): Stripe.SubscriptionSchedule {
  const subscription = findSubscription(
    context,
    requiredText(params, 'from_subscription'),
    'from_subscription',
  );
  if (subscription.schedule !== null) {
    throw invalidRequest(
      `You cannot migrate a subscription that is already attached to a schedule: \`${String(subscription.schedule)}\`.`,
      'from_subscription',
    );
  }
  const first = subscription.items.data[0];
  const start = first?.current_period_start ?? context.now;
  const end = first?.current_period_end ?? context.now;
  const base = fixture('subscription_schedule');
  const schedule = {
    ...base,
    id: context.newId('sub_sched'),
    created: context.now,
    customer: subscription.customer,
    subscription: subscription.id,
    status: 'active',
    end_behavior: 'release',
    canceled_at: null,
    completed_at: null,
    released_at: null,
    released_subscription: null,
    metadata: {},
    test_clock: null,
    current_phase: { start_date: start, end_date: end },
    default_settings: { ...base.default_settings, transfer_data: null },
    phases: [
      writePhase(
        subscription.items.data.map((item) => ({
          id: item.id,
          price: item.price,
          quantity: item.quantity ?? 1,
        })),
        start,
        end,
      ),
    ],
  } satisfies Stripe.SubscriptionSchedule;
  context.state.schedules.set(schedule.id, schedule);
  subscription.schedule = schedule.id;
  return schedule;
}

function writePhase(items: PlannedItem[], start: number, end: number): Stripe.SubscriptionSchedule.Phase {
  const base = fixture('subscription_schedule').phases[0] as Stripe.SubscriptionSchedule.Phase;
  return {
    ...base,
    currency: items[0]?.price.currency ?? base.currency,
    start_date: start,
    end_date: end,
    invoice_settings: null,
    transfer_data: null,
    billing_thresholds: null,
    items: items.map((item) => ({
      ...(base.items[0] as Stripe.SubscriptionSchedule.Phase.Item),
      price: item.price.id,
      quantity: item.quantity,
      plan: item.price.id,
      billing_thresholds: null,
    })),
  };
}

/**
 * Replaces the phases. The first phase starts where the current one did unless `start_date` says
 * otherwise; each phase ends at `end_date`, after `duration`, or after one billing period.
 */
function updateSchedule(context: Context, params: FormParams, id: string): Stripe.SubscriptionSchedule {
  const schedule = findSchedule(context, id);
  if (schedule.status !== 'active' && schedule.status !== 'not_started') {
    throw invalidRequest(`You cannot update a subscription schedule that is ${schedule.status}.`);
  }
  const endBehaviour = text(params, 'end_behavior');
  if (endBehaviour === 'release' || endBehaviour === 'cancel') schedule.end_behavior = endBehaviour;
  const given = records(params, 'phases');
  if (given.length === 0) return schedule;
  let start =
    integer(given[0] as FormParams, 'start_date') ?? schedule.current_phase?.start_date ?? context.now;
  schedule.phases = given.map((phase, index) => {
    const items = records(phase, 'items').map((item, itemIndex) => ({
      id: null,
      price: findPrice(context, requiredText(item, 'price'), `phases[${index}][items][${itemIndex}][price]`),
      quantity: integer(item, 'quantity') ?? 1,
    }));
    if (items.length === 0) throw invalidRequest('Missing required param: items.', `phases[${index}][items]`);
    const written = writePhase(items, start, phaseEnd(context, phase, start, items[0] as PlannedItem));
    start = written.end_date;
    return written;
  });
  const current = schedule.phases.find(
    (phase) => phase.start_date <= context.now && context.now < phase.end_date,
  );
  schedule.current_phase = current ? { start_date: current.start_date, end_date: current.end_date } : null;
  return schedule;
}

/** A phase's `start_date` or `end_date`: a Unix time or `now`. */
function time(context: Context, phase: FormParams, key: string): number | undefined {
  return text(phase, key) === 'now' ? context.now : integer(phase, key);
}

function phaseEnd(context: Context, phase: FormParams, start: number, first: PlannedItem): number {
  const end = time(context, phase, 'end_date');
  if (end !== undefined) return end;
  const duration = record(phase, 'duration');
  if (duration !== undefined) {
    return addInterval(start, requiredText(duration, 'interval'), integer(duration, 'interval_count') ?? 1);
  }
  return periodEnd(start, first.price);
}

/** Detaches the schedule; the subscription carries on with its current items. */
export function releaseSchedule(
  context: Context,
  schedule: Stripe.SubscriptionSchedule,
  at = context.now,
): void {
  if (schedule.status !== 'active' && schedule.status !== 'not_started') {
    throw invalidRequest(`You cannot release a subscription schedule that is currently ${schedule.status}.`);
  }
  const subscription = context.state.subscriptions.get(String(schedule.subscription));
  if (subscription !== undefined) subscription.schedule = null;
  schedule.status = 'released';
  schedule.released_at = at;
  schedule.released_subscription = String(schedule.subscription);
  schedule.subscription = null;
  schedule.current_phase = null;
}

export function scheduleOf(
  context: Context,
  subscription: Stripe.Subscription,
): Stripe.SubscriptionSchedule | undefined {
  const id = subscription.schedule;
  return id === null ? undefined : context.state.schedules.get(typeof id === 'string' ? id : id.id);
}

/** The items a subscription will have from `at`: the schedule's phase then, or the current ones. */
export function upcomingItems(
  context: Context,
  subscription: Stripe.Subscription,
  at: number,
): PlannedItem[] {
  const schedule = scheduleOf(context, subscription);
  const phase = schedule?.phases.find((candidate) => candidate.start_date <= at && at < candidate.end_date);
  if (phase === undefined) {
    return subscription.items.data.map((item) => ({
      id: item.id,
      price: item.price,
      quantity: item.quantity ?? 1,
    }));
  }
  return phase.items.map((item) => {
    const kept = subscription.items.data.find((current) => current.price.id === item.price);
    return {
      id: kept?.id ?? null,
      price: findPrice(context, String(item.price)),
      quantity: item.quantity ?? 1,
    };
  });
}

export const scheduleRoutes: Route[] = [
  route('POST', '/v1/subscription_schedules', createSchedule),
  route('GET', '/v1/subscription_schedules/:id', (context, _params, id) => findSchedule(context, id ?? '')),
  route('POST', '/v1/subscription_schedules/:id', (context, params, id) =>
    updateSchedule(context, params, id ?? ''),
  ),
  route('POST', '/v1/subscription_schedules/:id/release', (context, _params, id) => {
    const schedule = findSchedule(context, id ?? '');
    releaseSchedule(context, schedule);
    return schedule;
  }),
];
