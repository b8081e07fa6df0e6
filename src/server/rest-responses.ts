import type { BillingError, BillingErrorCode } from '../core';

/** The status each error code is answered with (the contract's suggestions). */
const statusOfCode: Record<BillingErrorCode, number> = {
  payment_declined: 402,
  insufficient_funds: 402,
  card_expired: 402,
  authentication_required: 402,
  over_usage_limits: 409,
  feature_in_use: 409,
  payment_method_required: 409,
  plan_unavailable: 422,
  amount_changed: 409,
  unauthorized: 401,
  not_found: 404,
  rate_limited: 429,
  network: 503,
  invalid_response: 502,
  currency_mismatch: 409,
  unknown: 500,
};

/** The body of every error answer: `{ "error": { code, message, details, retryable } }`. */
export interface RestErrorBody {
  code: BillingErrorCode;
  message: string;
  details: Record<string, unknown>;
  retryable: boolean;
}

/** An error answer with the contract's body; `headers` such as `Allow` are added. */
export function errorResponse(status: number, error: RestErrorBody, headers: HeadersInit = {}): Response {
  return Response.json({ error }, { status, headers });
}

/** A request the handler refuses before any provider is called (`details.reason` says why). */
export function refusal(
  status: number,
  reason: string,
  message: string,
  headers: HeadersInit = {},
): Response {
  const code: BillingErrorCode = status === 401 || status === 403 ? 'unauthorized' : 'unknown';
  const details = { reason };
  return errorResponse(status, { code, message, details, retryable: status === 409 }, headers);
}

/**
 * A provider's BillingError as the contract answers it (with `details` in place of its own, when
 * given); params the request got wrong (`details.reason` `invalid_params`) are the client's to
 * fix, so 400.
 */
export function billingErrorResponse(
  error: BillingError,
  details: Record<string, unknown> = { ...error.details },
): Response {
  const { code, message, retryable } = error;
  const status = error.details?.reason === 'invalid_params' ? 400 : statusOfCode[code];
  return errorResponse(status, { code, message, details, retryable });
}

/**
 * A provider result as the contract answers it: a PDF Blob as `application/pdf` with
 * `Content-Disposition` (its file name kept to safe characters), anything else as JSON.
 */
export function resultResponse(result: unknown): Response {
  const pdf = result as { type?: unknown; blob?: unknown; fileName?: unknown } | null;
  if (pdf?.type === 'blob' && pdf.blob instanceof Blob) {
    const fileName = typeof pdf.fileName === 'string' ? pdf.fileName.replace(/[^\w.-]/g, '_') : '';
    return new Response(pdf.blob, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${fileName || 'invoice.pdf'}"`,
      },
    });
  }
  return Response.json(result ?? null);
}
