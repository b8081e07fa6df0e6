import { effectivePrice } from './effective-price';
import { addMoney, money } from './money';
import { type Instant, toTime } from './time';
import type {
  BillingInterval,
  Money,
  Plan,
  PreviousPeriodUsage,
  Subscription,
  TrialUsage,
  Usage,
  UsageMetric,
} from './types';
import { measureUsage, type ProjectUsageInput, usagePeriodAt } from './usage';

export interface OverageLine {
  metric: UsageMetric;
  /** Usage expected at the end of the period. */
  projected: number;
  limit: number;
  overUnits: number;
  amount: Money;
}

export interface OverageEstimate {
  lines: OverageLine[];
  total: Money;
  /** Overages are billed at the end of the period. */
  billedAt: Date;
}

/**
 * The most one metric's overage estimate comes to, in minor units. Usage the contract allows can
 * project to more than any bill holds; stopping there keeps every total an exact integer.
 */
const MAX_OVERAGE_AMOUNT = 10 ** 15;

/**
 * Estimates the overage billed at the end of the period: usage is projected to the period's end
 * (`projectUsage`: flows at the pace so far, or early in the period the previous period's or the
 * trial's pace, stocks as held); each metric with an overage rate is
 * billed per started block above its limit, up to 10^15 minor units a metric. The total is in the
 * plan's currency: a rate in another one is refused (`currency_mismatch`).
 */
export function estimateOverage(input: ProjectUsageInput & { plan: Plan }): OverageEstimate {
  const lines: OverageLine[] = [];
  let total = money(0, input.plan.prices.month.currency);
  for (const measure of measureUsage(input)) {
    const { metric, projected, limit, overage: rate } = measure;
    if (!rate || limit === null || projected <= limit) continue;
    const overUnits = projected - limit;
    const blocks = Math.ceil(overUnits / rate.perUnits);
    const amount = money(
      Math.min(blocks * rate.unitAmount.amount, MAX_OVERAGE_AMOUNT),
      rate.unitAmount.currency,
    );
    total = addMoney(total, amount);
    lines.push({ metric, projected, limit, overUnits, amount });
  }
  return {
    lines,
    total,
    billedAt: new Date(toTime(input.period.end)),
  };
}

/** The plan charged in advance on the upcoming bill, for the period that starts then. */
export interface UpcomingBillBase {
  plan: Plan;
  interval: BillingInterval;
  /** The price on the billing date (a running campaign applied). */
  amount: Money;
  /** The period it pays for starts with a scheduled change. */
  scheduledChange: boolean;
}

export interface UpcomingBill {
  billedAt: Date;
  /** `null` when the bill holds only overage (mid-way through an annual period). */
  base: UpcomingBillBase | null;
  /** The current usage period's estimated overage, billed in arrears. */
  overage: OverageLine[];
  /** Base and overage, excluding tax (which depends on the customer's country and VAT status). */
  total: Money;
}

/**
 * The next bill of a subscription, estimated at `now`. At the end of the period it charges the
 * next period in advance (the scheduled plan if a change takes effect by then) and the period's
 * overage in arrears. On annual billing, overage is billed at the end of each month, so while
 * overage is expected before the year ends the upcoming bill is that month's overage alone.
 * `null` for a cancelled subscription or a plan the catalog lacks.
 */
export function upcomingBill(input: {
  subscription: Subscription;
  catalog: readonly Plan[];
  usage: Usage;
  now: Instant;
  /** What the previous period used: early in a period, its pace projects this one's overage. */
  previousPeriodUsage?: PreviousPeriodUsage | null | undefined;
  /** The trial: early in the first period, its pace projects the overage. */
  trialUsage?: TrialUsage | null | undefined;
}): UpcomingBill | null {
  const { subscription, catalog } = input;
  const plan = catalog.find((candidate) => candidate.id === subscription.planId);
  if (!plan || subscription.status === 'canceled') return null;
  const usagePeriod = usagePeriodAt(subscription, input.now);
  const overage = estimateOverage({
    plan,
    usage: input.usage,
    period: usagePeriod,
    now: input.now,
    previousPeriod: input.previousPeriodUsage,
    trial: input.trialUsage,
  });
  const periodEnd = new Date(toTime(subscription.currentPeriod.end));
  if (overage.lines.length > 0 && usagePeriod.end < periodEnd) {
    return { billedAt: usagePeriod.end, base: null, overage: overage.lines, total: overage.total };
  }
  const change = subscription.scheduledChange;
  const changes = change !== null && toTime(change.effectiveAt) <= periodEnd.getTime();
  const nextPlan = changes ? catalog.find((candidate) => candidate.id === change.planId) : plan;
  if (!nextPlan) return null;
  const interval = changes ? change.interval : subscription.interval;
  const amount = effectivePrice(nextPlan, interval, periodEnd).price;
  return {
    billedAt: periodEnd,
    base: { plan: nextPlan, interval, amount, scheduledChange: changes },
    overage: overage.lines,
    total: overage.lines.length > 0 ? addMoney(amount, overage.total) : amount,
  };
}
