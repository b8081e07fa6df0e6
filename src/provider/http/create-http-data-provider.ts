import { BillingError, type BillingErrorCode, billingErrorCodes } from '../../core';
import type {
  BillingCapability,
  BillingDataProvider,
  InvoicePdf,
  RequestMeta,
} from '../billing-data-provider';
import {
  billingCapabilities,
  type DataProviderMethod,
  dataProviderMethods,
  requiredDataProviderMethods,
} from '../data-provider-methods';
import { isAbortError, toBillingError } from '../to-billing-error';

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

/** Which HTTP statuses mean what when the error body names no known code. */
function codeOfStatus(status: number): BillingErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 402) return 'payment_declined';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'network';
  return 'unknown';
}

/** Where one call of the contract goes: the verb, the path, and what travels in the query or body. */
interface Route {
  verb: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string | number | null> | undefined;
  body?: unknown;
}

type AnyParams = {
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
  meta?: RequestMeta | undefined;
} & Record<string, unknown>;

const segment = (value: unknown) => encodeURIComponent(String(value));

/** The REST contract, method by method (`docs/rest-contract.openapi.yaml`). */
const ROUTES: Record<DataProviderMethod, (params: AnyParams) => Route> = {
  getCatalog: () => ({ verb: 'GET', path: '/catalog' }),
  getSubscription: () => ({ verb: 'GET', path: '/subscription' }),
  getAccount: () => ({ verb: 'GET', path: '/account' }),
  previewChange: ({ planId, interval }) => ({
    verb: 'GET',
    path: '/subscription/preview',
    query: { planId: String(planId), interval: String(interval) },
  }),
  changePlan: ({ planId, interval, expectedAmountDue }) => ({
    verb: 'POST',
    path: '/subscription/change',
    body: { planId, interval, expectedAmountDue },
  }),
  cancelScheduledChange: () => ({ verb: 'DELETE', path: '/subscription/scheduled-change' }),
  listInvoices: ({ cursor, limit }) => ({
    verb: 'GET',
    path: '/invoices',
    query: { cursor: cursor as string | null, limit: limit as number },
  }),
  getInvoice: ({ invoiceId }) => ({ verb: 'GET', path: `/invoices/${segment(invoiceId)}` }),
  getInvoicePdf: ({ invoiceId }) => ({ verb: 'GET', path: `/invoices/${segment(invoiceId)}/pdf` }),
  listPaymentMethods: () => ({ verb: 'GET', path: '/payment-methods' }),
  startAddPaymentMethod: ({ type }) => ({ verb: 'POST', path: '/payment-methods/setup', body: { type } }),
  setDefaultPaymentMethod: ({ paymentMethodId }) => ({
    verb: 'POST',
    path: `/payment-methods/${segment(paymentMethodId)}/default`,
  }),
  removePaymentMethod: ({ paymentMethodId }) => ({
    verb: 'DELETE',
    path: `/payment-methods/${segment(paymentMethodId)}`,
  }),
  contactSales: ({ idempotencyKey: _key, meta: _meta, signal: _signal, ...enquiry }) => ({
    verb: 'POST',
    path: '/sales-enquiries',
    body: enquiry,
  }),
};

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
  const served = new Set<DataProviderMethod>([
    ...requiredDataProviderMethods,
    ...(options.capabilities ?? billingCapabilities),
  ]);
  const provider: Partial<Record<DataProviderMethod, (params: AnyParams) => Promise<unknown>>> = {};
  for (const method of dataProviderMethods) {
    if (served.has(method)) provider[method] = (params) => send(options, method, params);
  }
  return provider as unknown as BillingDataProvider;
}

/** One call over HTTP: headers, the deadline, the caller's abort, and the answer as a result or a BillingError. */
async function send(options: HttpDataProviderOptions, method: DataProviderMethod, params: AnyParams) {
  const route = ROUTES[method](params);
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
    throw toBillingError(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** A successful answer's result (JSON, or a PDF as a Blob); an error answer as its BillingError. */
async function resultOf(response: Response, method: DataProviderMethod): Promise<unknown> {
  if (!response.ok) throw await errorOf(response);
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

/** The BillingError an error response stands for. */
async function errorOf(response: Response): Promise<BillingError> {
  let body: { error?: { code?: unknown; message?: unknown; details?: unknown; retryable?: unknown } } = {};
  try {
    body = (await response.json()) ?? {};
  } catch {
    // Not JSON (a proxy's HTML page): the status alone decides.
  }
  const error = body.error ?? {};
  const code = billingErrorCodes.includes(error.code as BillingErrorCode)
    ? (error.code as BillingErrorCode)
    : codeOfStatus(response.status);
  const details: Record<string, unknown> = {
    ...(typeof error.details === 'object' && error.details !== null ? error.details : {}),
    status: response.status,
  };
  const retryAfter = Number(response.headers.get('Retry-After'));
  if (retryAfter > 0) details.retryAfterSeconds = retryAfter;
  return new BillingError(code, {
    message: typeof error.message === 'string' ? error.message : `HTTP ${response.status}`,
    details,
    ...(typeof error.retryable === 'boolean' ? { retryable: error.retryable } : {}),
  });
}
