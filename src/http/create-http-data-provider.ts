import { BillingError } from '../core';
import type {
  BillingCapability,
  BillingDataProvider,
  DataProviderMethod,
  InvoicePdf,
  RequestMeta,
} from '../provider';
import { errorOfFailure, errorOfResponse } from './http-errors';
import { type AnyParams, OPTIONAL_ROUTES, REQUIRED_ROUTES, type Route } from './http-routes';

/** What `headers` receives when it is a function: which method is being called, and its `meta`. */
export interface HttpRequestContext {
  method: DataProviderMethod;
  meta: RequestMeta | undefined;
}

export interface HttpDataProviderOptions {
  /** Where the REST contract is served, e.g. `https://api.example.com/billing` or `/api/billing`. */
  baseUrl: string;
  /**
   * The fetch to use (a host's authenticated fetch, a test double). Read at call time, so nothing
   * touches `globalThis.fetch` on import.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch | undefined;
  /** Extra headers (e.g. `Authorization`), or a function of the call that returns them. */
  headers?: HeadersInit | ((context: HttpRequestContext) => HeadersInit | Promise<HeadersInit>) | undefined;
  /**
   * Milliseconds before a request is given up with a retryable `network` error
   * (`details.reason` `timeout`). A write may still have been applied: retry with the same key.
   * @default 15000
   */
  timeoutMs?: number | undefined;
  /**
   * The optional methods the backend serves; the others are left out, so the UI hides them.
   * @default every capability
   */
  capabilities?: readonly BillingCapability[] | undefined;
}

/**
 * A provider that speaks the REST contract in `docs/rest-contract.openapi.yaml`: JSON bodies equal
 * to the contract's results, `Idempotency-Key` on every write, errors as
 * `{ "error": { "code", "message", "details", "retryable" } }`. A known `code` in the body wins;
 * otherwise the status decides (401/403 `unauthorized`, 402 `payment_declined`, 404 `not_found`,
 * 429 `rate_limited` with `details.retryAfterSeconds`, 502–504 `network`, others `unknown`).
 * Reads pass their `signal` on (an abort rejects with the `AbortError`); every request times out
 * after `timeoutMs`. Uses only `fetch`, `Headers`, `AbortController` and `URLSearchParams`, so it
 * runs in browsers, Node 20 and edge runtimes alike. Wrap it with `createValidatedDataProvider`
 * (the React provider does) to check the bodies.
 */
export function createHttpDataProvider(options: HttpDataProviderOptions): BillingDataProvider {
  const routes: Partial<Record<DataProviderMethod, (params: AnyParams) => Route>> = { ...REQUIRED_ROUTES };
  for (const capability of options.capabilities ?? (Object.keys(OPTIONAL_ROUTES) as BillingCapability[])) {
    if (Object.hasOwn(OPTIONAL_ROUTES, capability)) routes[capability] = OPTIONAL_ROUTES[capability];
  }
  const provider: Partial<Record<DataProviderMethod, (params: AnyParams) => Promise<unknown>>> = {};
  for (const [method, route] of Object.entries(routes) as [DataProviderMethod, (p: AnyParams) => Route][]) {
    provider[method] = (params) => send(options, method, route(params), params);
  }
  return provider as unknown as BillingDataProvider;
}

/** One call over HTTP: headers, the deadline, the caller's abort, and the answer as a result or a BillingError. */
async function send(
  options: HttpDataProviderOptions,
  method: DataProviderMethod,
  route: Route,
  params: AnyParams,
) {
  const { signal, idempotencyKey, meta } = params;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const headers = new Headers(
    typeof options.headers === 'function' ? await options.headers({ method, meta }) : options.headers,
  );
  headers.set('Accept', 'application/json, application/pdf');
  if (route.body !== undefined) headers.set('Content-Type', 'application/json');
  if (idempotencyKey !== undefined) headers.set('Idempotency-Key', idempotencyKey);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(route.query ?? {})) {
    if (value !== null) query.set(key, String(value));
  }
  const search = query.toString();
  const url = `${options.baseUrl.replace(/\/+$/, '')}${route.path}${search ? `?${search}` : ''}`;

  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  signal?.throwIfAborted();
  signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await (options.fetch ?? globalThis.fetch)(url, {
      method: route.verb,
      headers,
      body: route.body === undefined ? null : JSON.stringify(route.body),
      signal: controller.signal,
    });
    return await resultOf(response, method);
  } catch (error) {
    if (timedOut) {
      throw new BillingError('network', {
        message: `${method} timed out after ${timeoutMs} ms`,
        details: { reason: 'timeout', timeoutMs },
        cause: error,
      });
    }
    if (signal?.aborted && (isAbortError(error) || error === signal.reason)) throw error;
    throw errorOfFailure(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** True for the rejection of an aborted request (a `DOMException` or any error named so). */
function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** A successful answer's result (JSON, or a PDF as a Blob); an error answer as its BillingError. */
async function resultOf(response: Response, method: DataProviderMethod): Promise<unknown> {
  if (!response.ok) throw await errorOfResponse(response);
  if (response.headers.get('Content-Type')?.includes('application/pdf')) {
    const fileName = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
    const pdf: InvoicePdf = { type: 'blob', blob: await response.blob() };
    if (fileName) pdf.fileName = fileName;
    return pdf;
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new BillingError('invalid_response', {
      message: `${method} did not answer with JSON`,
      details: { method, path: '', expected: 'JSON' },
      cause,
    });
  }
}
