/** The `error` object of Stripe's error responses, as the SDK reads it. */
export interface StripeErrorBody {
  type: 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  payment_method?: { id: string; type: string };
}

/** Thrown by a handler; the server answers `{ error: body }` with `status`. */
export class StripeDoubleError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

export function invalidRequest(message: string, param?: string, code?: string): StripeDoubleError {
  return new StripeDoubleError(400, {
    type: 'invalid_request_error',
    message,
    ...(param === undefined ? {} : { param }),
    ...(code === undefined ? {} : { code }),
  });
}

/** Stripe's answer for an id it does not know: 404 `resource_missing` naming the object and id. */
export function resourceMissing(kind: string, id: string, param = 'id'): StripeDoubleError {
  return new StripeDoubleError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${kind}: '${id}'`,
    param,
  });
}

/** A request for an endpoint the double does not implement: named, so the gap is obvious. */
export function unknownEndpoint(method: string, path: string): StripeDoubleError {
  return new StripeDoubleError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `Unrecognized request URL (${method}: ${path}). The Stripe double does not implement this endpoint.`,
  });
}

/** The preset errors `double.fail` accepts by name. */
export const presetFailures = {
  rate_limit: {
    status: 429,
    body: {
      type: 'invalid_request_error',
      code: 'rate_limit',
      message: 'Too many requests hit the API too quickly.',
    },
  },
  api_error: {
    status: 500,
    body: { type: 'api_error', message: 'An unknown error occurred on the Stripe double.' },
  },
} satisfies Record<string, { status: number; body: StripeErrorBody }>;
