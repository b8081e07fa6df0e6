import { BillingError, isBillingError } from '../core';

/** True for the rejection of an aborted request (a `DOMException` or any error named so). */
export function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * Turns whatever a provider threw into a `BillingError`: a BillingError (also one from another copy
 * of the library) is kept; a timeout (`TimeoutError`, as from `AbortSignal.timeout`) and a failed
 * fetch (`TypeError`) become a retryable `network`; anything else `unknown`, with the original as
 * `cause`. Abort errors are not converted: callers let them through (see `isAbortError`).
 */
export function toBillingError(error: unknown): BillingError {
  if (isBillingError(error)) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') {
    return new BillingError('network', {
      message: 'The request timed out',
      details: { reason: 'timeout' },
      cause: error,
    });
  }
  if (name === 'TypeError') {
    return new BillingError('network', { message: 'The request failed', cause: error });
  }
  return new BillingError('unknown', { message: messageOf(error), cause: error });
}

/** A thrown string is its own message; for `null`, `undefined` or an object the message says what was thrown. */
function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  const what = typeof error === 'object' && error !== null ? 'an object' : String(error);
  return `The provider rejected with ${what} instead of an Error`;
}
