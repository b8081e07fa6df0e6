import { billingPeriodAt } from './billing-cycle';
import { divideRounded } from './money';
import { type Instant, toTime } from './time';
import {
  flowMetrics,
  type OverageRate,
  type Plan,
  type Subscription,
  type Usage,
  type UsageMetric,
  usageMetrics,
} from './types';

const SECOND = 1_000;
const DAY = 86_400_000;

/** A `[start, end)` span of time as Dates. */
export interface Period {
  start: Date;
  end: Date;
}

/**
 * The period that usage is counted over at `now`: the subscription's current period when it is
 * billed monthly; the month of the annual period containing `now` (same day each month, from the
 * billing anchor) when it is billed yearly, because limits on flows are monthly.
 */
export function usagePeriodAt(
  subscription: Pick<Subscription, 'interval' | 'currentPeriod' | 'billingAnchor'>,
  now: Instant,
): Period {
  const current = {
    start: new Date(toTime(subscription.currentPeriod.start)),
    end: new Date(toTime(subscription.currentPeriod.end)),
  };
  if (subscription.interval === 'month') return current;
  const month = billingPeriodAt(subscription.billingAnchor, now, 'month');
  return {
    start: new Date(Math.max(month.start.getTime(), current.start.getTime())),
    end: new Date(Math.min(month.end.getTime(), current.end.getTime())),
  };
}

/**
 * Usage expected at the end of the period from the usage so far. Flows (conversations, AI tokens)
 * go on at the pace of the elapsed part, counted as at least a day so that the first hours do not
 * look like a flood, and rounded up; stocks (documents, assistants, seats) stay as they are held.
 * Metrics missing from `usage` stay missing.
 */
export function projectUsage(input: {
  usage: Usage;
  period: { start: Instant; end: Instant };
  now: Instant;
}): Usage {
  const start = toTime(input.period.start);
  const length = toTime(input.period.end) - start;
  const elapsed = Math.min(length, Math.max(toTime(input.now) - start, DAY));
  const projected: Usage = {};
  for (const metric of usageMetrics) {
    const used = input.usage[metric];
    if (used === undefined) continue;
    projected[metric] =
      flowMetrics.includes(metric) && elapsed > 0 && elapsed < length ? atPace(used, length, elapsed) : used;
  }
  return projected;
}

/** `used × length / elapsed`, rounded up; exact in whole seconds while the product is a safe integer. */
function atPace(used: number, length: number, elapsed: number): number {
  const lengthSeconds = Math.round(length / SECOND);
  const elapsedSeconds = Math.max(1, Math.round(elapsed / SECOND));
  const product = used * lengthSeconds;
  return Number.isSafeInteger(product) && Number.isInteger(used)
    ? divideRounded(product, elapsedSeconds, 'ceil')
    : Math.ceil((used * length) / elapsed);
}

/** Where usage stands against a limit: below the warning threshold, at or above it, at or over the limit. */
export type UsageLevel = 'ok' | 'warning' | 'over';

export interface UsageMeasure {
  metric: UsageMetric;
  /** Used so far in the period (zero when not reported). */
  used: number;
  /** The plan's limit; `null` means unlimited. */
  limit: number | null;
  /** Expected at the end of the period (see `projectUsage`). */
  projected: number;
  /** `used / limit`; `null` when unlimited; `Infinity` for usage against a limit of 0. */
  ratio: number | null;
  level: UsageLevel;
  /** The level `projected` will reach. */
  projectedLevel: UsageLevel;
  /** Whether `projected` goes past the limit (at the limit is not past it). */
  exceedsLimit: boolean;
  /** The plan's price above the limit; `null` when the limit is hard. */
  overage: OverageRate | null;
}

export interface MeasureUsageOptions {
  /**
   * The share of a limit from which usage is a warning, as a fraction.
   * @default 0.8
   */
  warningAt?: number;
}

/**
 * One measure per metric of the plan, in display order: used, limit, the projection to the end of
 * the period and the level of each (`over` from 100 % of the limit, `warning` from `warningAt`).
 */
export function measureUsage(input: {
  plan: Plan;
  usage: Usage;
  period: { start: Instant; end: Instant };
  now: Instant;
  options?: MeasureUsageOptions;
}): UsageMeasure[] {
  const warningAt = input.options?.warningAt ?? 0.8;
  const projection = projectUsage(input);
  return usageMetrics.map((metric) => {
    const used = input.usage[metric] ?? 0;
    const limit = input.plan.limits[metric];
    const projected = projection[metric] ?? 0;
    return {
      metric,
      used,
      limit,
      projected,
      ratio: limit === null ? null : share(used, limit),
      level: level(used, limit, warningAt),
      projectedLevel: level(projected, limit, warningAt),
      exceedsLimit: limit !== null && projected > limit,
      overage: input.plan.overage?.[metric] ?? null,
    };
  });
}

function share(used: number, limit: number): number {
  if (limit > 0) return used / limit;
  return used > 0 ? Number.POSITIVE_INFINITY : 0;
}

function level(value: number, limit: number | null, warningAt: number): UsageLevel {
  if (limit === null) return 'ok';
  const ratio = share(value, limit);
  if (ratio >= 1) return 'over';
  return ratio >= warningAt && value > 0 ? 'warning' : 'ok';
}
