import { BillingError, type BillingErrorCode, isBillingError } from '../core';

/*
 * Stripe's errors → the contract's codes. The message is ours and `details` holds only codes: a
 * Stripe message, request id or parameter never reaches the browser (the server passes `message`
 * and `details` through). The Stripe error stays on `cause`, for the host's own logs.
 */

/** The fields of a Stripe SDK error this mapping reads (`StripeError` and its subclasses). */
interface StripeErrorFields {
  rawType?: string | undefined;
  type?: string | undefined;
  code?: string | undefined;
  decline_code?: string | undefined;
  statusCode?: number | undefined;
}

function isStripeError(error: unknown): error is StripeErrorFields {
  return (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    typeof error.type === 'string' &&
    error.type.startsWith('Stripe')
  );
}

/** Messages of our own, one per code this mapping gives. */
const messages: Partial<Record<BillingErrorCode, string>> = {
  payment_declined: 'The payment was declined',
  insufficient_funds: 'The payment was declined for insufficient funds',
  card_expired: 'The card has expired',
  authentication_required: 'The payment needs the customer to confirm it',
  not_found: 'Not found',
  rate_limited: 'Too many requests to the billing service; try again shortly',
  unauthorized: 'The billing service refused the credentials',
  network: 'The billing service could not be reached',
  unknown: 'The billing service could not complete the request',
};

function billingError(code: BillingErrorCode, cause: unknown, details?: Record<string, unknown>) {
  return new BillingError(code, { message: messages[code] ?? code, cause, details });
}

/** A payment failure by its Stripe `code` and `decline_code` (card errors, a PaymentIntent's last error). */
export function paymentErrorCode(
  code: string | undefined,
  declineCode: string | undefined,
): BillingErrorCode {
  if (code === 'expired_card' || declineCode === 'expired_card') return 'card_expired';
  if (declineCode === 'insufficient_funds') return 'insufficient_funds';
  if (code === 'authentication_required' || declineCode === 'authentication_required')
    return 'authentication_required';
  return 'payment_declined';
}

/** A payment failure as a BillingError, with the decline code (a Stripe code, safe to show). */
export function paymentError(code: string | undefined, declineCode: string | undefined, cause?: unknown) {
  return billingError(paymentErrorCode(code, declineCode), cause, {
    declineCode: declineCode ?? code ?? null,
  });
}

/** Maps whatever the SDK threw to the one error type the contract allows. */
export function toBillingError(error: unknown): BillingError {
  if (isBillingError(error)) return error;
  if (!isStripeError(error)) return billingError('unknown', error);
  switch (error.type) {
    case 'StripeCardError':
      return paymentError(error.code, error.decline_code, error);
    case 'StripeInvalidRequestError':
      return error.code === 'resource_missing' || error.statusCode === 404
        ? billingError('not_found', error)
        : billingError('unknown', error, { reason: error.code ?? 'invalid_request' });
    case 'StripeIdempotencyError':
      // The key was used before with other parameters: the first intent stands, this one is refused.
      return billingError('unknown', error, { reason: 'idempotency_key_reused' });
    case 'StripeRateLimitError':
      return billingError('rate_limited', error);
    case 'StripeAuthenticationError':
    case 'StripePermissionError':
      return billingError('unauthorized', error);
    case 'StripeConnectionError':
      return billingError('network', error);
    case 'StripeAPIError':
      return new BillingError('unknown', { message: messages.unknown, cause: error, retryable: true });
    default:
      return billingError('unknown', error);
  }
}

/** Whether Stripe refused a request because one with the same key is still running. */
function isKeyInUse(error: unknown): boolean {
  return isStripeError(error) && error.code === 'idempotency_key_in_use';
}

/**
 * A read: stops with the AbortError when `signal` is aborted, before or after the request (the SDK
 * takes no signal), and maps what Stripe threw.
 */
export async function read<Result>(
  signal: AbortSignal | undefined,
  request: () => Promise<Result>,
): Promise<Result> {
  signal?.throwIfAborted();
  let result: Result;
  try {
    result = await request();
  } catch (error) {
    signal?.throwIfAborted();
    throw toBillingError(error);
  }
  signal?.throwIfAborted();
  return result;
}

/**
 * A write under an idempotency key. Stripe answers a request whose key is still in use by a running
 * one with `idempotency_key_in_use`: waiting and asking again returns the first one's result.
 */
export async function write<Result>(request: () => Promise<Result>): Promise<Result> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await request();
    } catch (error) {
      if (!isKeyInUse(error) || attempt >= 6) throw toBillingError(error);
      await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
    }
  }
}
