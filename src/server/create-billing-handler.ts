import { isBillingError } from '../core';
import { type BillingDataProvider, createValidatedDataProvider } from '../provider';
import type {
  BillingCustomer,
  BillingHandler,
  BillingHandlerErrorContext,
  BillingHandlerOptions,
} from './billing-handler-options';
import { createMemoryIdempotencyStore, type IdempotencyScope } from './idempotency-store';
import { createIdempotentRunner } from './idempotent-runner';
import { checkSameSite, idempotencyKeyOf, type JsonBody, readJsonBody } from './request-checks';
import { billingErrorResponse, errorResponse, refusal, resultResponse } from './rest-responses';
import { matchRoute, type RestRoute } from './rest-routes';

const DEFAULT_MAX_BODY_BYTES = 16_384;
const DEFAULT_PENDING_WRITE_WAIT_MS = 10_000;

/** Errors whose message or details could carry a provider's internals: the client gets a generic one. */
const GENERIC_ERRORS = {
  unknown: { status: 500, message: 'The billing service failed' },
  invalid_response: { status: 502, message: 'The billing service answered with data it cannot use' },
} as const;

/** A request that passed the checks, with what its provider call needs. */
interface CheckedRequest {
  route: RestRoute;
  id: string;
  url: URL;
  body: JsonBody;
  /** The write's idempotency scope; `null` for a read. */
  scope: IdempotencyScope | null;
}

/**
 * The REST contract (docs/rest-contract.openapi.yaml) for production, as a fetch-style handler over
 * any provider. In order: an unknown path answers 404 and a known one asked with another verb 405
 * (reads are GET only); `authenticate(request)` names the customer or the answer is 401; a write
 * must pass the same-site check (403) and carry an `Idempotency-Key` (400); a body must be JSON
 * (415), within `maxBodyBytes` (413) and an object (400). The provider is made for that customer
 * and validated (`createValidatedDataProvider`); its BillingErrors answer with the contract's code
 * and status, while anything unexpected answers a generic `unknown` (500) or `invalid_response`
 * (502) and reaches `onError`. A write's first answer is kept per customer and key: a retry gets it
 * again (`Idempotent-Replayed: true`), the same key with another request 422; a retry while the
 * first still runs waits for its answer (409, retryable, after `pendingWriteWaitMs`). A failed write
 * keeps nothing, so its key may try again.
 *
 * @example
 * const handle = createBillingHandler({
 *   basePath: '/api/billing',
 *   authenticate: async (request) => (await sessions.read(request))?.customer ?? null,
 *   provider: (customer) => createStripeBackedProvider(customer.id),
 *   onError: (error) => logger.error(error),
 * });
 */
export function createBillingHandler<Customer extends BillingCustomer>(
  options: BillingHandlerOptions<Customer>,
): BillingHandler {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const runOnce = createIdempotentRunner(
    options.idempotencyStore ?? createMemoryIdempotencyStore(),
    options.pendingWriteWaitMs ?? DEFAULT_PENDING_WRITE_WAIT_MS,
  );
  return async (request) => {
    const context: BillingHandlerErrorContext = { request, customer: null };
    const report = (error: unknown) => options.onError?.(error, context);
    try {
      const url = new URL(request.url);
      const match = matchRoute(request.method, url.pathname, basePath);
      if (match.kind === 'not_found') return refusal(404, 'no_route', 'There is no such endpoint');
      if (match.kind === 'method_not_allowed') {
        const allow = match.allowed.join(', ');
        return refusal(405, 'method_not_allowed', `This endpoint answers ${allow}`, { Allow: allow });
      }
      const customer = await options.authenticate(request);
      if (customer === null) return refusal(401, 'unauthenticated', 'Sign in to see billing');
      if (typeof customer?.id !== 'string' || customer.id === '') {
        throw new TypeError('authenticate resolved a customer without a string id');
      }
      context.customer = customer;
      const checked = await checkRequest(request, url, match.route, match.id, customer, options);
      if (checked instanceof Response) return checked;
      const provider = createValidatedDataProvider(options.provider(customer));
      if (checked.scope === null) return await answer(provider, checked, request, report);
      const { route, id, body } = checked;
      const fingerprint = JSON.stringify([route.verb, route.path, id, body.text]);
      return await runOnce(checked.scope, fingerprint, () => answer(provider, checked, request, report));
    } catch (error) {
      report(error);
      const { status, message } = GENERIC_ERRORS.unknown;
      return errorResponse(status, { code: 'unknown', message, details: {}, retryable: false });
    }
  };
}

/** The same-site check, the idempotency key and the body: a refusal, or the request ready to run. */
async function checkRequest(
  request: Request,
  url: URL,
  route: RestRoute,
  id: string,
  customer: BillingCustomer,
  options: Pick<BillingHandlerOptions, 'allowedOrigins' | 'maxBodyBytes'>,
): Promise<CheckedRequest | Response> {
  let scope: IdempotencyScope | null = null;
  if (route.write) {
    const refused = checkSameSite(request, options.allowedOrigins ?? []);
    if (refused) return refused;
    const key = idempotencyKeyOf(request);
    if (key instanceof Response) return key;
    scope = { customerId: customer.id, key };
  }
  const body = route.takesBody
    ? await readJsonBody(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
    : { text: '', value: {} };
  return body instanceof Response ? body : { route, id, url, body, scope };
}

/** One provider call and its answer; an optional method the provider lacks answers 404. */
async function answer(
  provider: BillingDataProvider,
  { route, id, url, body, scope }: CheckedRequest,
  request: Request,
  report: (error: unknown) => void,
): Promise<Response> {
  try {
    const call = route.call(provider, {
      id,
      query: url.searchParams,
      body: body.value,
      signal: request.signal,
      idempotencyKey: scope?.key ?? '',
    });
    if (call === undefined) return refusal(404, 'not_supported', 'This billing service does not offer that');
    return resultResponse(await call);
  } catch (error) {
    if (!isBillingError(error)) throw error;
    if (error.details?.reason === 'invalid_params' || !(error.code in GENERIC_ERRORS)) {
      return billingErrorResponse(error, publicDetails(error.details));
    }
    // The original throw, when the validated provider wrapped one (a thrown `null` too).
    report(error.cause !== undefined ? error.cause : error);
    const { status, message } = GENERIC_ERRORS[error.code as keyof typeof GENERIC_ERRORS];
    return errorResponse(status, { code: error.code, message, details: {}, retryable: error.retryable });
  }
}

/** A BillingError's details without anything that could carry a stack: `stack`, `cause`, Errors. */
function publicDetails(details: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const json = JSON.stringify(details ?? {}, (key, value) =>
    key === 'stack' || key === 'cause' || value instanceof Error ? undefined : value,
  );
  return JSON.parse(json) as Record<string, unknown>;
}
