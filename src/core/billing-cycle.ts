import { type Instant, toTime } from './time';
import type { BillingInterval } from './types';

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
