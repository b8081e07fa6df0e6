import type { BillingCapability, BillingDataProvider, DataProviderMethod } from '../provider';
import type { HttpDataProviderOptions } from './http-data-provider-options';
import { exchange } from './http-exchange';
import { type AnyParams, OPTIONAL_ROUTES, REQUIRED_ROUTES, type Route } from './http-routes';

/**
 * A provider that speaks the REST contract in `docs/rest-contract.openapi.yaml`: JSON bodies equal
 * to the contract's results, `Idempotency-Key` on every write, errors as
 * `{ "error": { "code", "message", "details", "retryable" } }`. A known `code` in the body wins;
 * otherwise the status decides (401/403 `unauthorized`, 402 `payment_declined`, 404 `not_found`,
 * 429 `rate_limited`, 502–504 `network`, others `unknown`); `Retry-After`, in seconds or as a date,
 * becomes `details.retryAfterSeconds`. Writes follow no redirect and reads none to another origin:
 * the call rejects with `invalid_response` (`details.reason` `redirect`) instead, so the host's
 * headers and the idempotency key never travel elsewhere. Reads pass their `signal` on (an abort
 * rejects with the `AbortError`); every call ends by `timeoutMs`. Uses only `fetch`, `Headers`,
 * `AbortController` and `URL`, so it runs in browsers, Node 20 and edge runtimes alike. Wrap it with
 * `createValidatedDataProvider` (the React provider does) to check the bodies.
 */
export function createHttpDataProvider(options: HttpDataProviderOptions): BillingDataProvider {
  const routes: Partial<Record<DataProviderMethod, (params: AnyParams) => Route>> = { ...REQUIRED_ROUTES };
  for (const capability of options.capabilities ?? (Object.keys(OPTIONAL_ROUTES) as BillingCapability[])) {
    if (Object.hasOwn(OPTIONAL_ROUTES, capability)) routes[capability] = OPTIONAL_ROUTES[capability];
  }
  const provider: Partial<Record<DataProviderMethod, (params: AnyParams) => Promise<unknown>>> = {};
  for (const [method, route] of Object.entries(routes) as [DataProviderMethod, (p: AnyParams) => Route][]) {
    provider[method] = (params) => exchange(options, method, route(params), params);
  }
  return provider as unknown as BillingDataProvider;
}
