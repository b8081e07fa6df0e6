import { type Instant, toTime } from './time';
import { type AccountContext, flowMetrics, type Usage, type UsageMetric, usageMetrics } from './types';
import { explainProjection, type ProjectionBasis } from './usage';

/**
 * Where a monthly figure comes from: the trial (`trial`), this period projected at its own pace
 * (`period`), this period's usage so far with the rest at the previous period's pace
 * (`previous_period`), or this period's usage so far alone, too early to project (`so_far`).
 */
export type ProjectedUsageSource = 'trial' | 'period' | 'previous_period' | 'so_far';

const DAY = 86_400_000;
/** A month is 30 days for projections: 9,800 conversations in 7 days ≈ 42,000 a month. */
const MONTH = 30 * DAY;

/** Usage a month as the engine weighs it, and what each figure rests on. */
export interface MonthlyUsage {
  projectedUsage: Usage;
  sources: Partial<Record<UsageMetric, ProjectedUsageSource>>;
}

/**
 * Monthly usage, as `recommendPlans` projects it: trial flows scaled from the trial's length (up to `now` if it is still running) to
 * 30 days (a trial shorter than a day counts as a day), or this period's flows projected to its end
 * when `usagePeriod` is known (`projectUsage`: early in the period, on the previous period's or the
 * trial's pace, or the usage so far), whichever is larger; stocks (documents, assistants, seats) as
 * held, the larger of trial and current usage.
 */
export function projectMonthlyUsage(input: {
  account: AccountContext;
  now: Instant;
  /** The month `account.usage` was counted over; without it, only stocks are taken from it. */
  usagePeriod?: { start: Instant; end: Instant } | undefined;
}): MonthlyUsage {
  const { account, usagePeriod } = input;
  const now = toTime(input.now);
  const period =
    usagePeriod && account.usage
      ? explainProjection({
          usage: account.usage,
          period: usagePeriod,
          now: new Date(now),
          previousPeriod: account.previousPeriodUsage,
          trial: account.trialUsage,
        })
      : { usage: {} as Usage, basis: {} };
  const projected: Usage = {};
  const sources: Partial<Record<UsageMetric, ProjectedUsageSource>> = {};
  const trial = account.trialUsage;
  const measured = trial ? Math.min(toTime(trial.end), now) - toTime(trial.start) : 0;
  // A trial shorter than a day counts as one day, so an hour of testing does not look like a flood.
  const trialLength = measured > 0 ? Math.max(measured, DAY) : 0;
  for (const metric of usageMetrics) {
    const flow = flowMetrics.includes(metric);
    const trialUsed = trial?.usage[metric];
    let value: number | undefined;
    if (trialUsed !== undefined && (!flow || trialLength > 0)) {
      value = flow ? Math.round((trialUsed * MONTH) / trialLength) : trialUsed;
      sources[metric] = 'trial';
    }
    const current = flow ? period.usage[metric] : account.usage?.[metric];
    if (current !== undefined && (value === undefined || current > value)) {
      value = current;
      sources[metric] = sourceOf(period.basis[metric]);
    }
    if (value !== undefined) projected[metric] = value;
  }
  return { projectedUsage: projected, sources };
}

function sourceOf(basis: ProjectionBasis | undefined): ProjectedUsageSource {
  return basis === undefined || basis === 'pace' ? 'period' : basis;
}
