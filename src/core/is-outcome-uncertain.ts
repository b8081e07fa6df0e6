import type { BillingErrorCode } from './billing-error';

/**
 * Whether a failed write may still have been applied: the answer was lost (`network`), unreadable
 * (`invalid_response`) or unexplained (`unknown`). Every other code is the backend saying no, and
 * then nothing changed. A retry with the same idempotency key is safe in either case.
 */
export function isOutcomeUncertain(code: BillingErrorCode): boolean {
  return code === 'network' || code === 'invalid_response' || code === 'unknown';
}
