import { isBillingError } from '../core';
import type { BillingDataProvider } from '../provider';
import { billingErrorResponse, errorResponse, resultResponse } from '../server/rest-responses';
import { matchRoute } from '../server/rest-routes';

/*
 * A test helper: the REST contract (docs/rest-contract.openapi.yaml) served from any provider, as a
 * fetch-style handler, with no authentication and no checks beyond the routes. The routes and the
 * answers are the server entry's (`createBillingHandler`, subscription-kit/server); production
 * code serves that instead.
 */

export interface RestHandlerOptions {
  /**
   * The path the contract is mounted at; requests outside it answer 404 `not_found`.
   * @default '' (the root)
   */
  basePath?: string | undefined;
}

/**
 * Answers REST-contract requests from `provider` (or from `provider()`, read on every request, so
 * a test can swap in fresh data): JSON bodies equal to the provider's results, PDFs as
 * `application/pdf` with `Content-Disposition`, `Idempotency-Key` passed on to writes, the
 * request's `signal` passed on to reads, and errors as `{ "error": { code, message, details,
 * retryable } }` with the contract's status. A missing optional method answers 404. For tests
 * and demos only: it trusts every request; a production server uses `createBillingHandler` from
 * `subscription-kit/server`.
 *
 * @example
 * const handle = createRestHandler(createMemoryDataProvider(), { basePath: '/api/billing' });
 * export default { fetch: handle }; // a worker
 */
export function createRestHandler(
  provider: BillingDataProvider | (() => BillingDataProvider),
  options: RestHandlerOptions = {},
): (request: Request) => Promise<Response> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  return async (request) => {
    const url = new URL(request.url);
    const missing = () =>
      errorResponse(404, {
        code: 'not_found',
        message: `No route for ${request.method} ${url.pathname}`,
        details: {},
        retryable: false,
      });
    const match = matchRoute(request.method, url.pathname, basePath);
    if (match.kind !== 'route') return missing();
    try {
      const current = typeof provider === 'function' ? provider() : provider;
      const text = match.route.takesBody ? await request.text() : '';
      const call = match.route.call(current, {
        id: match.id,
        query: url.searchParams,
        body: text ? JSON.parse(text) : {},
        signal: request.signal,
        idempotencyKey: request.headers.get('Idempotency-Key') ?? '',
      });
      return call === undefined ? missing() : resultResponse(await call);
    } catch (error) {
      if (isBillingError(error)) return billingErrorResponse(error);
      return errorResponse(500, { code: 'unknown', message: String(error), details: {}, retryable: false });
    }
  };
}
