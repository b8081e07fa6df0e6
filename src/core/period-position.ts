import { type Instant, toTime } from './time';

const DAY = 86_400_000;

/** "Day `day` of `days`" of a billing or usage period. */
export interface PeriodPosition {
  /** The day `now` falls on, the first day being 1; never less than 1. */
  day: number;
  /** Whole days in the period. */
  days: number;
}

/** Which day of `period` it is at `now`, and how many days the period has, counted in whole days. */
export function periodPosition(period: { start: Instant; end: Instant }, now: Instant): PeriodPosition {
  const start = toTime(period.start);
  const dayAt = (instant: Instant) => Math.max(1, Math.floor((toTime(instant) - start) / DAY) + 1);
  return { day: dayAt(now), days: dayAt(period.end) - 1 };
}
