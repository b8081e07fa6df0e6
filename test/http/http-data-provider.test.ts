// @vitest-environment node
// Node's own fetch, Blob and http server; jsdom's would mix two Blob and AbortSignal realms.
import { createValidatedDataProvider } from 'subscription-kit';
import { createHttpDataProvider } from 'subscription-kit/http';
import {
  type BillingDataProvider,
  createDemoBillingData,
  createMemoryDataProvider,
  type DataProviderContractOptions,
  demoNow,
  describeDataProviderContract,
} from 'subscription-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKitBackend } from '../support/kit-backend';
import { type DataProviderServer, serveDataProvider } from './support/serve-data-provider';

let backend: BillingDataProvider = createMemoryDataProvider({ now: () => demoNow });
let server: DataProviderServer;

beforeAll(async () => {
  server = await serveDataProvider(() => backend);
});

afterAll(() => server.close());

function useBackend(provider: BillingDataProvider): BillingDataProvider {
  backend = provider;
  return createHttpDataProvider({ baseUrl: server.baseUrl });
}

const kitOptions: DataProviderContractOptions = { describe, it };

describeDataProviderContract(
  'the HTTP provider against the memory backend',
  () => useBackend(createKitBackend()),
  kitOptions,
);

describe('given a plan change over HTTP', () => {
  it('sends the idempotency key and JSON body, and answers the memory result', async () => {
    const provider = useBackend(createKitBackend());
    const { amountDue } = await provider.previewChange({ planId: 'enterprise', interval: 'month' });
    const result = await provider.changePlan({
      planId: 'enterprise',
      interval: 'month',
      expectedAmountDue: amountDue,
      idempotencyKey: 'key-42',
    });
    const request = server.requests.at(-1);

    expect(result).toMatchObject({ status: 'complete', subscription: { planId: 'enterprise' } });
    expect(request).toMatchObject({ method: 'POST', url: '/billing/subscription/change' });
    expect(request?.headers['idempotency-key']).toBe('key-42');
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it('sends the amount the customer saw, and a backend that would charge another answers amount_changed', async () => {
    const provider = useBackend(createKitBackend());
    const { amountDue } = await provider.previewChange({ planId: 'enterprise', interval: 'month' });
    const seen = { amount: amountDue.amount - 1, currency: amountDue.currency };
    await expect(
      provider.changePlan({
        planId: 'enterprise',
        interval: 'month',
        expectedAmountDue: seen,
        idempotencyKey: 'k',
      }),
    ).rejects.toMatchObject({
      code: 'amount_changed',
      details: { status: 409, expectedAmountDue: seen, amountDue },
    });
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'support-scale' });
  });

  it("refuses a change without the amount the customer saw, as the client's mistake (400)", async () => {
    const provider = useBackend(createKitBackend());
    const params = { planId: 'enterprise', interval: 'month', idempotencyKey: 'k' } as Parameters<
      typeof provider.changePlan
    >[0];
    await expect(provider.changePlan(params)).rejects.toMatchObject({
      code: 'unknown',
      details: { status: 400, reason: 'invalid_params', field: 'expectedAmountDue' },
    });
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'support-scale' });
  });

  it('maps a declined payment to payment_declined, from the error body', async () => {
    const provider = useBackend(
      createMemoryDataProvider({ now: () => demoNow, faults: { changePlan: 'payment_declined' } }),
    );
    await expect(
      provider.changePlan({
        planId: 'enterprise',
        interval: 'month',
        expectedAmountDue: (await provider.previewChange({ planId: 'enterprise', interval: 'month' }))
          .amountDue,
        idempotencyKey: 'k',
      }),
    ).rejects.toMatchObject({ name: 'BillingError', code: 'payment_declined', details: { status: 402 } });
  });

  it('keeps the blockers of a blocked downgrade in details', async () => {
    const provider = useBackend(
      createMemoryDataProvider({
        now: () => demoNow,
        data: createDemoBillingData({ account: 'blockedDowngrade' }),
      }),
    );
    const error = await provider
      .changePlan({
        planId: 'ecommerce-basic',
        interval: 'month',
        expectedAmountDue: { amount: 0, currency: 'EUR' },
        idempotencyKey: 'k',
      })
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'over_usage_limits', details: { status: 409 } });
    expect((error as { details: { blockers: unknown[] } }).details.blockers).toHaveLength(5);
  });
});

describe('given an invoice PDF over HTTP', () => {
  it('resolves with the Blob and the file name of the response', async () => {
    const provider = useBackend(createKitBackend());
    const pdf = await provider.getInvoicePdf?.({ invoiceId: 'in_0260' });
    if (pdf?.type !== 'blob') throw new Error('expected a Blob');
    expect(pdf.fileName).toBe('SK-2026-0260.pdf');
    expect((await pdf.blob.text()).startsWith('%PDF-1.4')).toBe(true);
  });
});

describe('given responses without a known error code', () => {
  function respondWith(status: number, body: string, headers: Record<string, string> = {}) {
    return createHttpDataProvider({
      baseUrl: 'https://billing.example.com/',
      fetch: async () => new Response(body, { status, headers }),
    });
  }

  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'not_found'],
    [502, 'network'],
    [500, 'unknown'],
  ])('maps HTTP %i to %s', async (status, code) => {
    await expect(respondWith(status, '<html>oops</html>').getCatalog({})).rejects.toMatchObject({ code });
  });

  it('maps 429 to a retryable rate_limited with the Retry-After seconds', async () => {
    await expect(respondWith(429, '', { 'Retry-After': '30' }).getCatalog({})).rejects.toMatchObject({
      code: 'rate_limited',
      retryable: true,
      details: { retryAfterSeconds: 30, status: 429 },
    });
  });

  it('rejects a success that is not JSON with invalid_response', async () => {
    await expect(respondWith(200, '<html>login</html>').getCatalog({})).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });
});

describe('given a backend that cannot be reached', () => {
  it('turns a refused connection into a network error', async () => {
    const provider = createValidatedDataProvider(createHttpDataProvider({ baseUrl: 'http://127.0.0.1:9' }));
    await expect(provider.getCatalog({})).rejects.toMatchObject({ code: 'network' });
  });
});

describe('given headers and capabilities in the options', () => {
  it('sends the headers the function returns for each call, with its meta', async () => {
    const seen: Headers[] = [];
    const provider = createHttpDataProvider({
      baseUrl: 'https://billing.example.com',
      headers: ({ method, meta }) => ({ Authorization: `Bearer ${String(meta?.token)}`, 'X-Method': method }),
      fetch: async (_, init) => {
        seen.push(new Headers(init?.headers));
        return Response.json([]);
      },
    });
    await provider.getCatalog({ meta: { token: 'abc' } });
    expect(seen[0]?.get('Authorization')).toBe('Bearer abc');
    expect(seen[0]?.get('X-Method')).toBe('getCatalog');
  });

  it('leaves out the optional methods the backend does not serve', () => {
    const provider = createHttpDataProvider({ baseUrl: '/api/billing', capabilities: ['listInvoices'] });
    expect(typeof provider.listInvoices).toBe('function');
    expect('removePaymentMethod' in provider).toBe(false);
  });
});

describe('given a backend whose previews carry tax, a total and the next renewal', () => {
  it('hands them to the page through the REST handler and the HTTP provider, validated', async () => {
    const memory = createMemoryDataProvider({ data: createDemoBillingData(), now: () => demoNow });
    const http = createValidatedDataProvider(useBackend(memory));
    const params = { planId: 'enterprise', interval: 'month' } as const;
    const direct = await memory.previewChange(params);
    expect(direct.total).toBeDefined();
    const overHttp = await http.previewChange(params);
    expect({ tax: overHttp.tax, total: overHttp.total, nextRenewal: overHttp.nextRenewal }).toEqual({
      tax: direct.tax,
      total: direct.total,
      nextRenewal: direct.nextRenewal,
    });
  });
});
