/**
 * The double's time in Unix seconds. It follows `read` (the `now` option) until a test pins it with
 * `set`; every request and every `set` first moves billing forward to the current time.
 */
export interface Clock {
  now(): number;
  set(seconds: number): void;
}

export function createClock(read: () => number): Clock {
  let pinned: number | undefined;
  return {
    now: () => Math.floor(pinned ?? read()),
    set(seconds) {
      pinned = Math.floor(seconds);
    },
  };
}

const day = 86_400;

/** Adds whole calendar intervals to a time, as Stripe's billing cycles do (UTC, day clamped). */
export function addInterval(start: number, interval: string, count: number): number {
  if (interval === 'day') return start + count * day;
  if (interval === 'week') return start + count * 7 * day;
  const date = new Date(start * 1000);
  const months = interval === 'year' ? 12 * count : count;
  const target = new Date(date.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return Math.floor(target.getTime() / 1000);
}
