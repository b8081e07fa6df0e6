import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BillingErrorCode, isBillingError } from 'subscription-kit/core';
import type { BillingDataProvider } from 'subscription-kit/testing';

/*
 * A small reference server for the REST contract (docs/rest-contract.openapi.yaml), backed by any
 * provider: the HTTP provider's tests run against it on 127.0.0.1.
 */

const statusOfCode: Record<BillingErrorCode, number> = {
  payment_declined: 402,
  insufficient_funds: 402,
  card_expired: 402,
  authentication_required: 402,
  over_usage_limits: 409,
  feature_in_use: 409,
  plan_unavailable: 422,
  unauthorized: 401,
  not_found: 404,
  rate_limited: 429,
  network: 503,
  invalid_response: 502,
  unknown: 500,
};

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

export interface DataProviderServer {
  baseUrl: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

async function route(provider: BillingDataProvider, request: IncomingMessage, signal: AbortSignal) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname.replace(/^\/billing/, '');
  const verb = request.method ?? 'GET';
  const key = String(request.headers['idempotency-key'] ?? '');
  const query = (name: string) => url.searchParams.get(name);
  const [, resource, id, action] = path.split('/').map(decodeURIComponent);
  const missing = () => {
    throw Object.assign(new Error('no route'), { status: 404 });
  };
  if (verb === 'GET' && path === '/catalog') return provider.getCatalog({ signal });
  if (verb === 'GET' && path === '/subscription') return provider.getSubscription({ signal });
  if (verb === 'GET' && path === '/account') return provider.getAccount({ signal });
  if (verb === 'GET' && path === '/subscription/preview') {
    return provider.previewChange({
      planId: query('planId') ?? '',
      interval: query('interval') === 'year' ? 'year' : 'month',
      signal,
    });
  }
  if (verb === 'POST' && path === '/subscription/change') {
    const body = await readJson(request);
    return provider.changePlan({
      planId: String(body.planId),
      interval: body.interval === 'year' ? 'year' : 'month',
      idempotencyKey: key,
    });
  }
  if (verb === 'DELETE' && path === '/subscription/scheduled-change') {
    return provider.cancelScheduledChange?.({ idempotencyKey: key }) ?? missing();
  }
  if (resource === 'invoices') {
    if (verb === 'GET' && id === undefined) {
      return (
        provider.listInvoices?.({ cursor: query('cursor'), limit: Number(query('limit') ?? 10), signal }) ??
        missing()
      );
    }
    if (verb === 'GET' && id && action === undefined)
      return provider.getInvoice?.({ invoiceId: id, signal }) ?? missing();
    if (verb === 'GET' && id && action === 'pdf')
      return provider.getInvoicePdf?.({ invoiceId: id, signal }) ?? missing();
  }
  if (resource === 'payment-methods') {
    if (verb === 'GET' && id === undefined) return provider.listPaymentMethods?.({ signal }) ?? missing();
    if (verb === 'POST' && id === 'setup') {
      const body = await readJson(request);
      const type = body.type === 'sepa_debit' || body.type === 'bank_transfer' ? body.type : 'card';
      return provider.startAddPaymentMethod?.({ type, idempotencyKey: key }) ?? missing();
    }
    if (verb === 'POST' && id && action === 'default') {
      return provider.setDefaultPaymentMethod?.({ paymentMethodId: id, idempotencyKey: key }) ?? missing();
    }
    if (verb === 'DELETE' && id)
      return provider.removePaymentMethod?.({ paymentMethodId: id, idempotencyKey: key }) ?? missing();
  }
  if (verb === 'POST' && path === '/sales-enquiries') {
    const body = await readJson(request);
    return (
      provider.contactSales?.({
        name: String(body.name),
        email: String(body.email),
        company: String(body.company),
        idempotencyKey: key,
      }) ?? missing()
    );
  }
  return missing();
}

async function respond(provider: BillingDataProvider, request: IncomingMessage, response: ServerResponse) {
  const controller = new AbortController();
  response.on('close', () => controller.abort());
  try {
    const result = await route(provider, request, controller.signal);
    const pdf = result as { type?: unknown; blob?: Blob; fileName?: string };
    if (pdf?.type === 'blob' && pdf.blob) {
      response.writeHead(200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${pdf.fileName ?? 'invoice.pdf'}"`,
      });
      response.end(Buffer.from(await pdf.blob.arrayBuffer()));
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(result ?? null));
  } catch (error) {
    const status = isBillingError(error)
      ? statusOfCode[error.code]
      : ((error as { status?: number }).status ?? 500);
    const body = isBillingError(error)
      ? { code: error.code, message: error.message, details: error.details ?? {}, retryable: error.retryable }
      : { code: status === 404 ? 'not_found' : 'unknown', message: String(error) };
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ error: body }));
  }
}

/** Serves `getProvider()` (read on every request, so a test can swap in fresh data) on 127.0.0.1. */
export async function serveDataProvider(getProvider: () => BillingDataProvider): Promise<DataProviderServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    void respond(getProvider(), request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/billing`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
