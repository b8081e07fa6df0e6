import { BillingError, type BillingErrorCode, billingErrorCodes, isBillingError } from '../core';

/** Which HTTP statuses mean what when the error body names no known code. */
function codeOfStatus(status: number): BillingErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 402) return 'payment_declined';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'network';
  return 'unknown';
}

/** The BillingError an error response stands for; `now` (epoch milliseconds) reads a `Retry-After` date. */
export async function errorOfResponse(response: Response, now: number): Promise<BillingError> {
  let body: { error?: { code?: unknown; message?: unknown; details?: unknown; retryable?: unknown } } = {};
  try {
    body = (await response.json()) ?? {};
  } catch {
    // Not JSON (a proxy's HTML page): the status alone decides.
  }
  const error = body.error ?? {};
  const code = billingErrorCodes.includes(error.code as BillingErrorCode)
    ? (error.code as BillingErrorCode)
    : codeOfStatus(response.status);
  const details: Record<string, unknown> = {
    ...(typeof error.details === 'object' && error.details !== null ? error.details : {}),
    status: response.status,
  };
  const retryAfterSeconds = secondsToWait(response.headers.get('Retry-After'), now);
  if (retryAfterSeconds !== null) details.retryAfterSeconds = retryAfterSeconds;
  return new BillingError(code, {
    message: typeof error.message === 'string' ? error.message : `HTTP ${response.status}`,
    details,
    ...(typeof error.retryable === 'boolean' ? { retryable: error.retryable } : {}),
  });
}

/** An HTTP date begins with the day (`Wed, 21 Oct 2026 07:28:00 GMT`, or an obsolete form). */
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;

/**
 * `Retry-After` as whole seconds from `now`: delay-seconds as they are, an HTTP date rounded up
 * (0 once it has passed). `null` when absent or neither.
 */
function secondsToWait(retryAfter: string | null, now: number): number | null {
  const value = retryAfter?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value);
  if (!HTTP_DATE.test(value)) return null;
  // The asctime form carries no zone; HTTP dates are always GMT.
  const date = Date.parse(/GMT$/.test(value) ? value : `${value} GMT`);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1_000));
}

/**
 * What a request that failed without an answer rejects with: a BillingError stays as it is; a fetch
 * that could not reach the backend (`TypeError`) or timed out (`TimeoutError`, from a host's own
 * `AbortSignal.timeout`) is a retryable `network`; anything else a host's
 * `fetch` or `headers` threw is `unknown`, with the original as `cause`.
 */
export function errorOfFailure(error: unknown): BillingError {
  if (isBillingError(error)) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TypeError')
    return new BillingError('network', { message: 'The request failed', cause: error });
  if (name === 'TimeoutError') {
    return new BillingError('network', {
      message: 'The request timed out',
      details: { reason: 'timeout' },
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : `The request failed with ${String(error)}`;
  return new BillingError('unknown', { message, cause: error });
}
