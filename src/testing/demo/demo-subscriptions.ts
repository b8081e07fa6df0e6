import { type BillingInterval, billingPeriodAt, type ScheduledChange, type Subscription } from '../../core';
import type { DemoAccountName } from './demo-accounts';

/** The instant the demo data is "now": the spring campaign runs, the trials have ended. */
export const demoNow = new Date('2026-03-16T09:00:00.000Z');

/** An active subscription billed from `billingAnchor`, in the period that contains `demoNow`. */
function activeSubscription(
  id: string,
  planId: string,
  interval: BillingInterval,
  billingAnchor: string,
  scheduledChange: ScheduledChange | null = null,
): Subscription {
  const period = billingPeriodAt(billingAnchor, demoNow, interval);
  const currentPeriod = { start: period.start.toISOString(), end: period.end.toISOString() };
  return { id, planId, interval, status: 'active', currentPeriod, billingAnchor, scheduledChange };
}

/** Each account's subscription; `null` while in trial or never subscribed. */
export const demoSubscriptions: Record<DemoAccountName, Subscription | null> = {
  ecommerceTrial: null,
  /** A downgrade to Support Basic is scheduled for the end of the period (and can be cancelled). */
  supportTemplate: activeSubscription('sub_support', 'support-scale', 'month', '2025-11-05T10:00:00.000Z', {
    planId: 'support-basic',
    interval: 'month',
    effectiveAt: '2026-04-05T10:00:00.000Z',
  }),
  unknownTemplate: null,
  /** Anchored on January 31st: billed Feb 28, then Mar 31, Apr 30. */
  blockedDowngrade: activeSubscription('sub_blocked', 'ecommerce-scale', 'month', '2026-01-31T08:00:00.000Z'),
  needsEnterprise: null,
  beyondCatalog: activeSubscription('sub_enterprise', 'enterprise', 'year', '2025-09-01T00:00:00.000Z'),
  /** Monthly since December 6th: the current period began ten days before `demoNow`. */
  nearLimit: activeSubscription('sub_near_limit', 'ecommerce-basic', 'month', '2025-12-06T09:00:00.000Z'),
};
