import { money } from './money';
import type { BillingInterval, Money, Plan } from './types';

/** What kind of change moving between two plan selections is; it decides when it takes effect. */
export type ChangeKind = 'upgrade' | 'downgrade' | 'same' | 'interval_change';

/** A plan billed at an interval. */
export interface PlanSelection {
  plan: Plan;
  interval: BillingInterval;
}

/**
 * The price of a year on this selection: the annual price, or twelve monthly prices. Comparing
 * yearly integers instead of "per month" avoids dividing, so no rounding decides a classification.
 */
export function yearlyPrice(plan: Plan, interval: BillingInterval): Money {
  const { month, year } = plan.prices;
  return interval === 'year' && year ? year : money(month.amount * 12, month.currency);
}

/**
 * Classifies a change on the normalised price first (paying more now is an upgrade, billed at once)
 * and tier rank second. The same plan at another interval is an `interval_change`. A different
 * plan with equal price and rank (a move between families) counts as a `downgrade`: it then waits
 * for the end of the period and is checked for blockers, which is the safe side. Prices in two
 * currencies are never compared: such a change is classified by tier rank alone.
 */
export function classifyChange(current: PlanSelection, target: PlanSelection): ChangeKind {
  if (current.plan.id === target.plan.id)
    return current.interval === target.interval ? 'same' : 'interval_change';
  const from = yearlyPrice(current.plan, current.interval);
  const to = yearlyPrice(target.plan, target.interval);
  const difference =
    (from.currency === to.currency ? to.amount - from.amount : 0) ||
    target.plan.tierRank - current.plan.tierRank;
  return difference > 0 ? 'upgrade' : 'downgrade';
}
