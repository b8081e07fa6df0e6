import type Stripe from 'stripe';

import { periodEnd, periodLine } from './lines.ts';
import { releaseSchedule, scheduleOf, upcomingItems } from './schedules.ts';
import type { Context } from './state.ts';
import { expirePendingUpdate } from './subscription-changes.ts';
import { cancelNow, invoiceSubscription, writeItems } from './subscriptions.ts';

const renewing = new Set(['active', 'past_due', 'trialing']);

/**
 * Moves billing to the context's time. For each subscription, at each period end that has passed:
 * `cancel_at_period_end` ends it; otherwise the schedule's next phase (if any) sets the items, an
 * ended schedule is released (or cancels, by its `end_behavior`), and a renewal invoice for the new
 * period is written and charged. Pending updates older than 23 hours expire.
 */
export function advanceBilling(context: Context): void {
  for (const subscription of context.state.subscriptions.values()) {
    expirePendingUpdate(context, subscription);
    let boundary = currentPeriodEnd(subscription);
    while (renewing.has(subscription.status) && boundary <= context.now) {
      const atBoundary = { ...context, now: boundary };
      if (subscription.cancel_at_period_end) {
        cancelNow(atBoundary, subscription);
        break;
      }
      if (finishSchedule(atBoundary, subscription) === 'canceled') break;
      renew(atBoundary, subscription);
      boundary = currentPeriodEnd(subscription);
    }
  }
}

function currentPeriodEnd(subscription: Stripe.Subscription): number {
  return subscription.items.data[0]?.current_period_end ?? Number.POSITIVE_INFINITY;
}

/** At the end of the schedule's last phase, releases it or cancels the subscription. */
function finishSchedule(context: Context, subscription: Stripe.Subscription): 'canceled' | 'continues' {
  const schedule = scheduleOf(context, subscription);
  const last = schedule?.phases.at(-1);
  if (schedule === undefined || last === undefined || context.now < last.end_date) return 'continues';
  if (schedule.end_behavior === 'cancel') {
    cancelNow(context, subscription);
    schedule.status = 'completed';
    schedule.completed_at = context.now;
    schedule.current_phase = null;
    return 'canceled';
  }
  releaseSchedule(context, schedule);
  return 'continues';
}

function renew(context: Context, subscription: Stripe.Subscription): void {
  const start = context.now;
  const planned = upcomingItems(context, subscription, start);
  const first = planned[0];
  if (first === undefined) return;
  const end = periodEnd(start, first.price);
  subscription.items.data = writeItems(context, subscription.id, planned, start, end);
  const schedule = scheduleOf(context, subscription);
  const phase = schedule?.phases.find(
    (candidate) => candidate.start_date <= start && start < candidate.end_date,
  );
  if (schedule !== undefined) {
    schedule.current_phase = phase ? { start_date: phase.start_date, end_date: phase.end_date } : null;
  }
  const pending = context.state.pendingProrations.get(subscription.id) ?? [];
  context.state.pendingProrations.delete(subscription.id);
  const lines = [...pending, ...planned.map((item) => periodLine(context, item, start, end))];
  const { outcome } = invoiceSubscription(context, subscription, lines, 'subscription_cycle');
  subscription.status = outcome.kind === 'paid' ? 'active' : 'past_due';
}
