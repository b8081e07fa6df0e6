import { type BillingErrorCode, isBillingError } from '../core';
import { type BillingDataProvider, expectedAmountDueOf } from '../provider';

/*
 * The REST contract (docs/rest-contract.openapi.yaml) served from any provider, as a fetch-style
 * handler: it uses only `Request`, `Response` and `URL`, so the same routing runs in Node (behind
 * a small node:http adapter), in workers and edge functions, and in Mock Service Worker.
 */

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

export interface RestHandlerOptions {
  /**
   * The path the contract is mounted at; requests outside it answer 404 `not_found`.
   * @default '' (the root)
   */
  basePath?: string | undefined;
}

/**
 * Answers REST-contract requests from `provider` (or from `provider()`, read on every request, so
 * a server can swap in fresh data): JSON bodies equal to the provider's results, PDFs as
 * `application/pdf` with `Content-Disposition`, `Idempotency-Key` passed on to writes, the
 * request's `signal` passed on to reads, and errors as `{ "error": { code, message, details,
 * retryable } }` with the contract's status. A missing optional method answers 404.
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
    try {
      const current = typeof provider === 'function' ? provider() : provider;
      const result = await route(current, basePath, request);
      const pdf = result as { type?: unknown; blob?: unknown; fileName?: string } | null;
      if (pdf?.type === 'blob' && pdf.blob instanceof Blob) {
        return new Response(pdf.blob, {
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename="${pdf.fileName ?? 'invoice.pdf'}"`,
          },
        });
      }
      return Response.json(result ?? null);
    } catch (error) {
      if (isBillingError(error)) {
        const { code, message, details, retryable } = error;
        // Params the request got wrong (`details.reason` `invalid_params`) are the client's to fix.
        const status = details?.reason === 'invalid_params' ? 400 : statusOfCode[code];
        return Response.json({ error: { code, message, details: details ?? {}, retryable } }, { status });
      }
      const status = (error as { status?: number }).status ?? 500;
      const code = status === 404 ? 'not_found' : 'unknown';
      return Response.json({ error: { code, message: String(error) } }, { status });
    }
  };
}

async function route(provider: BillingDataProvider, basePath: string, request: Request): Promise<unknown> {
  const url = new URL(request.url);
  const { signal } = request;
  const key = request.headers.get('Idempotency-Key') ?? '';
  const query = (name: string) => url.searchParams.get(name);
  const body = async () => {
    const text = await request.text();
    return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  };
  const missing = () => {
    throw Object.assign(new Error(`No route for ${request.method} ${url.pathname}`), { status: 404 });
  };
  if (!url.pathname.startsWith(basePath)) return missing();
  const path = url.pathname.slice(basePath.length);
  const verb = `${request.method} ${path}`;
  const [, resource, id, action] = path.split('/').map(decodeURIComponent);

  if (verb === 'GET /catalog') return provider.getCatalog({ signal });
  if (verb === 'GET /subscription') return provider.getSubscription({ signal });
  if (verb === 'GET /account') return provider.getAccount({ signal });
  if (verb === 'GET /subscription/preview') {
    const interval = query('interval') === 'year' ? 'year' : 'month';
    return provider.previewChange({ planId: query('planId') ?? '', interval, signal });
  }
  if (verb === 'POST /subscription/change') {
    const params = await body();
    return provider.changePlan({
      planId: String(params.planId),
      interval: params.interval === 'year' ? 'year' : 'month',
      expectedAmountDue: expectedAmountDueOf(params),
      idempotencyKey: key,
    });
  }
  if (verb === 'DELETE /subscription/scheduled-change') {
    return provider.cancelScheduledChange?.({ idempotencyKey: key }) ?? missing();
  }
  if (request.method === 'GET' && resource === 'invoices') {
    if (id === undefined) {
      const limit = Number(query('limit') ?? 10);
      return provider.listInvoices?.({ cursor: query('cursor'), limit, signal }) ?? missing();
    }
    if (action === undefined) return provider.getInvoice?.({ invoiceId: id, signal }) ?? missing();
    if (action === 'pdf') return provider.getInvoicePdf?.({ invoiceId: id, signal }) ?? missing();
  }
  if (resource === 'payment-methods') {
    if (verb === 'GET /payment-methods') return provider.listPaymentMethods?.({ signal }) ?? missing();
    if (verb === 'POST /payment-methods/setup') {
      const { type } = await body();
      const known = type === 'sepa_debit' || type === 'bank_transfer' ? type : 'card';
      return provider.startAddPaymentMethod?.({ type: known, idempotencyKey: key }) ?? missing();
    }
    if (id && request.method === 'POST' && action === 'default') {
      return provider.setDefaultPaymentMethod?.({ paymentMethodId: id, idempotencyKey: key }) ?? missing();
    }
    if (id && request.method === 'DELETE' && action === undefined) {
      return provider.removePaymentMethod?.({ paymentMethodId: id, idempotencyKey: key }) ?? missing();
    }
  }
  if (verb === 'POST /sales-enquiries') {
    const { name, email, company, seats, needs, message } = await body();
    return (
      provider.contactSales?.({
        name: String(name),
        email: String(email),
        company: String(company),
        seats: typeof seats === 'number' ? seats : undefined,
        needs: Array.isArray(needs) ? needs.map(String) : undefined,
        message: typeof message === 'string' ? message : undefined,
        idempotencyKey: key,
      }) ?? missing()
    );
  }
  return missing();
}
