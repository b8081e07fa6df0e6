/** A point in time as accepted by the engine: a Date or an ISO 8601 string. */
export type Instant = Date | string;

/** Milliseconds since the epoch; the engine's only way of reading an instant. */
export function toTime(instant: Instant): number {
  return typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
}

/** Whether `now` is inside `[startsAt, endsAt)`, and if not, on which side. */
export function windowState(
  span: { startsAt?: string | undefined; endsAt?: string | undefined },
  now: number,
): 'open' | 'not_started' | 'ended' {
  if (span.startsAt !== undefined && now < toTime(span.startsAt)) return 'not_started';
  if (span.endsAt !== undefined && now >= toTime(span.endsAt)) return 'ended';
  return 'open';
}
