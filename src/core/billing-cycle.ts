import { money } from './money';
import { type Instant, toTime } from './time';
import {
  type BillingInterval,
  flowMetrics,
  type Money,
  type Plan,
  type Usage,
  type UsageMetric,
  usageMetrics,
} from './types';

/**
 * The billing date `steps` intervals after the anchor, in UTC: the anchor's day of month clamped
 * to the month's last day, at the anchor's time of day. Always counted from the anchor, never from
 * the previous date, so Jan 31 → Feb 28 → Mar 31 (not Mar 28).
 */
function billingDate(anchor: Date, steps: number, interval: BillingInterval): Date {
  const month = anchor.getUTCMonth() + steps * (interval === 'year' ? 12 : 1);
  const year = anchor.getUTCFullYear();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(anchor.getUTCDate(), lastDay),
      anchor.getUTCHours(),
      anchor.getUTCMinutes(),
      anchor.getUTCSeconds(),
      anchor.getUTCMilliseconds(),
    ),
  );
}

/** Index of the first billing date strictly after `after`. */
function nextStep(anchor: Date, after: number, interval: BillingInterval): number {
  const afterDate = new Date(after);
  const months =
    (afterDate.getUTCFullYear() - anchor.getUTCFullYear()) * 12 +
    afterDate.getUTCMonth() -
    anchor.getUTCMonth();
  // Start one step early: the estimate from calendar months can overshoot by one.
  let step = Math.max(0, Math.floor(months / (interval === 'year' ? 12 : 1)) - 1);
  while (billingDate(anchor, step, interval).getTime() <= after) step += 1;
  return step;
}

/**
 * The first billing date strictly after `after`. Monthly plans bill on the anchor's day, clamped
 * to month end (anchor Jan 31 → Feb 28 or 29 → Mar 31 → Apr 30); annual plans once a year
 * (Feb 29 → Feb 28 in other years). Computed in UTC.
 * @default interval 'month'
 */
export function nextBillingDate(anchor: Instant, after: Instant, interval: BillingInterval = 'month'): Date {
  const anchorDate = new Date(toTime(anchor));
  return billingDate(anchorDate, nextStep(anchorDate, toTime(after), interval), interval);
}

/** The billing period containing `at`: `[start, end)`. */
export function billingPeriodAt(
  anchor: Instant,
  at: Instant,
  interval: BillingInterval = 'month',
): { start: Date; end: Date } {
  const anchorDate = new Date(toTime(anchor));
  const step = nextStep(anchorDate, toTime(at), interval);
  return { start: billingDate(anchorDate, step - 1, interval), end: billingDate(anchorDate, step, interval) };
}

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
 * Estimates the overage billed at the end of the period: flows (conversations, AI tokens) are
 * projected linearly from the elapsed part of the period, stocks are taken as they are; each metric
 * with an overage rate is billed per started block above its limit.
 */
export function estimateOverage(input: {
  plan: Plan;
  usage: Usage;
  period: { start: Instant; end: Instant };
  now: Instant;
}): OverageEstimate {
  const { plan } = input;
  const start = toTime(input.period.start);
  const end = toTime(input.period.end);
  const elapsed = Math.min(end, toTime(input.now)) - start;
  const lines: OverageLine[] = [];
  let total = 0;
  for (const metric of usageMetrics) {
    const rate = plan.overage?.[metric];
    const limit = plan.limits[metric];
    const used = input.usage[metric] ?? 0;
    if (!rate || limit === null) continue;
    const projected =
      flowMetrics.includes(metric) && elapsed > 0 ? Math.ceil((used * (end - start)) / elapsed) : used;
    const overUnits = Math.max(0, projected - limit);
    if (overUnits === 0) continue;
    const amount = Math.ceil(overUnits / rate.perUnits) * rate.unitAmount.amount;
    total += amount;
    lines.push({ metric, projected, limit, overUnits, amount: money(amount, rate.unitAmount.currency) });
  }
  return { lines, total: money(total, plan.prices.month.currency), billedAt: new Date(end) };
}
