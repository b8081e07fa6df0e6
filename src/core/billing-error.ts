/** Every error code the library can show; the UI has one message and one recovery per code. */
export type BillingErrorCode =
  | 'payment_declined'
  | 'insufficient_funds'
  | 'card_expired'
  | 'authentication_required'
  | 'over_usage_limits'
  | 'feature_in_use'
  | 'payment_method_required'
  | 'plan_unavailable'
  | 'amount_changed'
  | 'unauthorized'
  | 'not_found'
  | 'rate_limited'
  | 'network'
  | 'invalid_response'
  | 'currency_mismatch'
  | 'unknown';

/** All codes, for validating data that crosses the provider boundary and for locale completeness tests. */
export const billingErrorCodes: readonly BillingErrorCode[] = [
  'payment_declined',
  'insufficient_funds',
  'card_expired',
  'authentication_required',
  'over_usage_limits',
  'feature_in_use',
  'payment_method_required',
  'plan_unavailable',
  'amount_changed',
  'unauthorized',
  'not_found',
  'rate_limited',
  'network',
  'invalid_response',
  'currency_mismatch',
  'unknown',
];

export interface BillingErrorOptions {
  message?: string | undefined;
  /** Whether trying the same request again can succeed. Defaults to true for `network` and `rate_limited`. */
  retryable?: boolean | undefined;
  /** Machine-readable context, e.g. the bad field of an `invalid_response`. */
  details?: Readonly<Record<string, unknown>> | undefined;
  cause?: unknown;
}

/** The one error type every data-provider method rejects with. */
export class BillingError extends Error {
  override readonly name = 'BillingError';
  readonly code: BillingErrorCode;
  readonly retryable: boolean;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: BillingErrorCode, options: BillingErrorOptions = {}) {
    super(options.message ?? code, { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? (code === 'network' || code === 'rate_limited');
    this.details = options.details;
  }
}

/**
 * True for a BillingError, also one from another copy of the library (two bundles, an iframe),
 * where `instanceof` fails: it then checks the name and a known code.
 */
export function isBillingError(value: unknown): value is BillingError {
  if (value instanceof BillingError) return true;
  const candidate = value as { name?: unknown; code?: unknown; retryable?: unknown } | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.name === 'BillingError' &&
    typeof candidate.retryable === 'boolean' &&
    billingErrorCodes.includes(candidate.code as BillingErrorCode)
  );
}

/** The code to show for anything a provider call rejected with: its own code, or `unknown`. */
export function billingErrorCodeOf(error: unknown): BillingErrorCode {
  return isBillingError(error) ? error.code : 'unknown';
}
