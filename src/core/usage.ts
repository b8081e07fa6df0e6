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
 * The share of a period that must have passed before its flows are extrapolated from their own
 * pace: a quarter. Every calendar month's quarter holds at least a whole week (7 days of February,
 * 7¾ of a 31-day month), so the pace it measures has seen weekdays and a weekend, and a burst on the
 * first day (a launch, an import, a period restarted by a plan change) is not multiplied by 31.
 * Before it, a projection uses what is known: the usage so far, plus the rest of the period at the
 * previous period's pace (or the trial's) when the account reports one.
 */
export const MIN_PROJECTION_SHARE = 0.25;

/**
 * What a flow's projection rests on: `pace` (this period's own pace, or the final count once the
 * period is over), `previous_period` or `trial` (too early for its own pace: the usage so far plus
 * the rest of the period at that pace), `so_far` (too early, and nothing to go by: the usage so far).
 */
export type ProjectionBasis = 'pace' | 'previous_period' | 'trial' | 'so_far';

/** Usage counted over a span of time: a finished period, or a trial (measured up to `now`). */
export interface UsageOverTime {
  start: Instant;
  end: Instant;
  usage: Usage;
}

export interface ProjectUsageInput {
  usage: Usage;
  period: { start: Instant; end: Instant };
  now: Instant;
  /** The period before this one and what it used: its pace carries an early projection. */
  previousPeriod?: UsageOverTime | null | undefined;
  /**
   * The trial: its pace carries an early projection when there is no previous period, if it ended
   * no longer than one period's length before this period started.
   */
  trial?: UsageOverTime | null | undefined;
}

/** The projection (`projectUsage`) with what each flow's figure rests on. */
export interface UsageProjection {
  usage: Usage;
  /** Per flow metric that is reported; stocks are held, not projected, and have none. */
  basis: Partial<Record<UsageMetric, ProjectionBasis>>;
}

/**
 * Usage expected at the end of the period. Stocks (documents, assistants, seats) stay as they are
 * held. Flows (conversations, AI tokens): from `MIN_PROJECTION_SHARE` of the period on, at the pace
 * of the elapsed part, rounded up; before it, the usage so far plus the rest of the period at the
 * previous period's pace or the trial's (rounded up), or the usage so far when neither is known.
 * Never below the usage so far; never more for less usage. Metrics missing from `usage` stay missing.
 */
export function projectUsage(input: ProjectUsageInput): Usage {
  return explainProjection(input).usage;
}

/** `projectUsage`, and per flow whether it rests on this period's pace, an earlier one, or neither. */
export function explainProjection(input: ProjectUsageInput): UsageProjection {
  const start = toTime(input.period.start);
  const length = toTime(input.period.end) - start;
  const elapsed = Math.min(length, Math.max(toTime(input.now) - start, 0));
  const early = elapsed < length * MIN_PROJECTION_SHARE;
  const reference = early ? earlierPace(input, start, length) : null;
  const projection: UsageProjection = { usage: {}, basis: {} };
  for (const metric of usageMetrics) {
    const used = input.usage[metric];
    if (used === undefined) continue;
    if (!flowMetrics.includes(metric)) {
      projection.usage[metric] = used;
      continue;
    }
    const earlier = reference?.usage[metric];
    if (!early) {
      projection.usage[metric] = elapsed < length ? Math.max(used, scaled(used, length, elapsed)) : used;
      projection.basis[metric] = 'pace';
    } else if (reference && earlier !== undefined) {
      projection.usage[metric] = used + scaled(earlier, length - elapsed, reference.length);
      projection.basis[metric] = reference.basis;
    } else {
      projection.usage[metric] = used;
      projection.basis[metric] = 'so_far';
    }
  }
  return projection;
}

/** The pace an early projection leans on: the previous period's, else a recent trial's. */
function earlierPace(
  input: ProjectUsageInput,
  start: number,
  length: number,
): { usage: Usage; length: number; basis: 'previous_period' | 'trial' } | null {
  const previous = input.previousPeriod;
  if (previous) {
    const measured = toTime(previous.end) - toTime(previous.start);
    if (measured > 0)
      return { usage: previous.usage, length: Math.max(measured, DAY), basis: 'previous_period' };
  }
  const trial = input.trial;
  if (!trial || toTime(trial.end) < start - length) return null;
  // A trial still running is measured up to now; a trial shorter than a day counts as a day.
  const measured = Math.min(toTime(trial.end), toTime(input.now)) - toTime(trial.start);
  return measured > 0 ? { usage: trial.usage, length: Math.max(measured, DAY), basis: 'trial' } : null;
}

/**
 * `used × length / over`, rounded up; exact in whole seconds while the product is a safe integer,
 * with `length` rounded down and `over` up to whole seconds, so that a projection never runs ahead
 * of the exact one by a part of a second.
 */
function scaled(used: number, length: number, over: number): number {
  if (!(length > 0) || used === 0) return 0;
  const lengthSeconds = Math.floor(length / SECOND);
  const overSeconds = Math.max(1, Math.ceil(over / SECOND));
  const product = used * lengthSeconds;
  return Number.isSafeInteger(product) && Number.isInteger(used)
    ? divideRounded(product, overSeconds, 'ceil')
    : Math.ceil((used * length) / over);
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
  /** What `projected` rests on (see `ProjectionBasis`); `null` for stocks and unreported flows. */
  basis: ProjectionBasis | null;
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
 * the period (`projectUsage`, with what it rests on) and the level of each (`over` from 100 % of the limit, `warning` from `warningAt`).
 */
export function measureUsage(
  input: ProjectUsageInput & { plan: Plan; options?: MeasureUsageOptions },
): UsageMeasure[] {
  const warningAt = input.options?.warningAt ?? 0.8;
  const { usage: projection, basis } = explainProjection(input);
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
      basis: basis[metric] ?? null,
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
