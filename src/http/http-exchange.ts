import { BillingError } from '../core';
import type { DataProviderMethod, InvoicePdf } from '../provider';
import type { HttpDataProviderOptions } from './http-data-provider-options';
import { errorOfFailure, errorOfResponse } from './http-errors';
import type { AnyParams, Route } from './http-routes';

const DEFAULT_TIMEOUT_MS = 15_000;
/** The longest delay `setTimeout` keeps (about 24.8 days); a longer one would fire at once. */
const MAX_TIMEOUT_MS = 2_147_483_647;
/** Hops a read follows within the backend's origin before it gives up (browsers allow 20). */
const MAX_REDIRECTS = 5;
/** The statuses `fetch` would follow. */
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

/**
 * One call over HTTP, with its deadline and the caller's abort: resolves with the result, or rejects
 * with a BillingError (the caller's `AbortError` passes unchanged). Both end the call even when
 * `fetch` ignores its signal or a body never ends.
 */
export async function exchange(
  options: HttpDataProviderOptions,
  method: DataProviderMethod,
  route: Route,
  params: AnyParams,
): Promise<unknown> {
  const { signal } = params;
  signal?.throwIfAborted();
  const timeoutMs = deadlineOf(options.timeoutMs);
  const controller = new AbortController();
  let stop: (reason: unknown) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  let timeout: BillingError | null = null;
  const abort = () => {
    controller.abort(signal?.reason);
    stop(signal?.reason);
  };
  signal?.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(() => {
    timeout = new BillingError('network', {
      message: `${method} timed out after ${timeoutMs} ms`,
      details: { reason: 'timeout', timeoutMs },
    });
    controller.abort(timeout);
    stop(timeout);
  }, timeoutMs);
  try {
    return await Promise.race([call(options, method, route, params, controller.signal), stopped]);
  } catch (error) {
    if (timeout) throw timeout;
    if (signal?.aborted && (isAbortError(error) || error === signal.reason)) throw error;
    throw errorOfFailure(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** The call itself: headers, the request, redirects within the backend's origin for reads, the answer. */
async function call(
  options: HttpDataProviderOptions,
  method: DataProviderMethod,
  route: Route,
  { idempotencyKey, meta }: AnyParams,
  signal: AbortSignal,
): Promise<unknown> {
  const headers = new Headers(
    typeof options.headers === 'function' ? await options.headers({ method, meta }) : options.headers,
  );
  headers.set('Accept', 'application/json, application/pdf');
  if (route.body !== undefined) headers.set('Content-Type', 'application/json');
  if (idempotencyKey !== undefined) headers.set('Idempotency-Key', idempotencyKey);
  // The same-site check of `subscription-kit/server`: a header no cross-site form can send.
  if (route.verb !== 'GET') headers.set('Subscription-Kit-Request', '1');
  let url = urlOf(options.baseUrl, route);
  for (let hops = 0; ; hops += 1) {
    // Never `follow`: fetch would carry the headers and the body to wherever the backend points.
    const response = await (options.fetch ?? globalThis.fetch)(url, {
      method: route.verb,
      headers,
      body: route.body === undefined ? null : JSON.stringify(route.body),
      signal,
      redirect: 'manual',
    });
    if (!isRedirect(response)) return resultOf(response, method, options);
    const next = route.verb === 'GET' && hops < MAX_REDIRECTS ? sameOriginTarget(response, url) : null;
    if (next === null) throw redirectError(response, method, route);
    await response.body?.cancel();
    url = next;
  }
}

function deadlineOf(timeoutMs: number | undefined): number {
  const usable = typeof timeoutMs === 'number' && timeoutMs > 0 && Number.isFinite(timeoutMs);
  return usable ? Math.min(timeoutMs, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
}

function urlOf(baseUrl: string, route: Route): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(route.query ?? {})) {
    if (value !== null) query.set(key, String(value));
  }
  const search = query.toString();
  return `${baseUrl.replace(/\/+$/, '')}${route.path}${search ? `?${search}` : ''}`;
}

/** True for the rejection of an aborted request (a `DOMException` or any error named so). */
function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** A redirect answer: visible (servers, edge runtimes) or opaque (browsers hide where it points). */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || REDIRECT_STATUSES.includes(response.status);
}

/** Where a redirect points, when it can be seen and stays on the origin of `from`; otherwise `null`. */
function sameOriginTarget(response: Response, from: string): string | null {
  const location = response.headers.get('Location');
  try {
    const source = new URL(from, globalThis.location?.href);
    const target = location === null ? null : new URL(location, source);
    return target !== null && target.origin === source.origin ? target.href : null;
  } catch {
    return null;
  }
}

function redirectError(response: Response, method: DataProviderMethod, route: Route): BillingError {
  const refused =
    route.verb === 'GET'
      ? 'to another origin, or further than the provider follows'
      : 'and writes follow none';
  return new BillingError('invalid_response', {
    message: `${method} answered with a redirect ${refused}; it was not followed`,
    details: { reason: 'redirect', method, status: response.status },
  });
}

/** A successful answer's result (JSON, or a PDF as a Blob); an error answer as its BillingError. */
async function resultOf(
  response: Response,
  method: DataProviderMethod,
  options: HttpDataProviderOptions,
): Promise<unknown> {
  if (!response.ok) throw await errorOfResponse(response, Number((options.now ?? Date.now)()));
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
