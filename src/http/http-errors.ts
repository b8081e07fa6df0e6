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

/** The BillingError an error response stands for. */
export async function errorOfResponse(response: Response): Promise<BillingError> {
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
  const retryAfter = Number(response.headers.get('Retry-After'));
  if (retryAfter > 0) details.retryAfterSeconds = retryAfter;
  return new BillingError(code, {
    message: typeof error.message === 'string' ? error.message : `HTTP ${response.status}`,
    details,
    ...(typeof error.retryable === 'boolean' ? { retryable: error.retryable } : {}),
  });
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
