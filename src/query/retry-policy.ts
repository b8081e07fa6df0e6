/*
 * How the library's own QueryClient retries a failed read. Only errors marked `retryable` (a lost
 * answer, a rate limit) are tried again, twice at most. A rate limit waits as long as the backend
 * asked (`details.retryAfterSeconds`, from `Retry-After`), never less; a backend that asks for more
 * than `MAX_RETRY_AFTER_MS` gets no automatic retry, so the customer sees the error and its "Try
 * again" instead of a skeleton for minutes. Other errors back off 1 s, then 2 s.
 */

/** The longest a read waits for its automatic retry. */
export const MAX_RETRY_AFTER_MS = 60_000;
const MAX_RETRIES = 2;

/** TanStack Query's `retry`: whether the read that failed `failureCount` times so far is tried again. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || (error as { retryable?: unknown } | null)?.retryable !== true)
    return false;
  const asked = retryAfterMs(error);
  return asked === null || asked <= MAX_RETRY_AFTER_MS;
}

/** TanStack Query's `retryDelay`: the wait the backend asked for, or the usual backoff. */
export function readRetryDelay(failureCount: number, error: unknown): number {
  return retryAfterMs(error) ?? Math.min(1_000 * 2 ** failureCount, 30_000);
}

function retryAfterMs(error: unknown): number | null {
  const seconds = (error as { details?: { retryAfterSeconds?: unknown } } | null)?.details?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds >= 0 && Number.isFinite(seconds) ? seconds * 1_000 : null;
}
