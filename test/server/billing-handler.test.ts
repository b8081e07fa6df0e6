// @vitest-environment node
// Node's own fetch, Request and Blob, as a server has them.
import type { MemoryDataProvider } from 'subscription-kit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { billingRequest, createCustomerBackend, createTestHandler } from './support/billing-server';

/*
 * Every route of the REST contract through `createBillingHandler`, and every refusal it makes
 * before a provider is called.
 */

let backend: MemoryDataProvider;
let handler: ReturnType<typeof createTestHandler>;

beforeEach(() => {
  backend = createCustomerBackend('supportTemplate');
  handler = createTestHandler({ a: backend });
});

async function errorOf(response: Response) {
  return ((await response.json()) as { error: Record<string, unknown> }).error;
}

describe('given a signed-in customer', () => {
  it.each([
    ['/catalog', 'getCatalog'],
    ['/subscription', 'getSubscription'],
    ['/account', 'getAccount'],
    ['/subscription/preview?planId=enterprise&interval=month', 'previewChange'],
    ['/invoices?limit=2', 'listInvoices'],
    ['/payment-methods', 'listPaymentMethods'],
  ] as const)('answers GET %s with the provider’s result', async (path, method) => {
    const response = await handler(billingRequest(path));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(await runDirect(method))));
  });

  it('answers an invoice by id and its PDF as application/pdf', async () => {
    const { data } = (await backend.listInvoices?.({ cursor: null, limit: 1 })) ?? { data: [] };
    const id = data[0]?.id ?? '';
    const invoice = await handler(billingRequest(`/invoices/${encodeURIComponent(id)}`));
    const pdf = await handler(billingRequest(`/invoices/${encodeURIComponent(id)}/pdf`));

    expect(await invoice.json()).toMatchObject({ id });
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    expect(pdf.headers.get('Content-Disposition')).toMatch(/^attachment; filename="[\w.-]+"$/);
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });

  it('changes the plan to the previewed amount, cancels a scheduled change and starts adding a card', async () => {
    const preview = await backend.previewChange({ planId: 'enterprise', interval: 'month' });
    const change = await handler(
      billingRequest('/subscription/change', {
        method: 'POST',
        json: { planId: 'enterprise', interval: 'month', expectedAmountDue: preview.amountDue },
      }),
    );
    const cancel = await handler(billingRequest('/subscription/scheduled-change', { method: 'DELETE' }));
    const setup = await handler(
      billingRequest('/payment-methods/setup', { method: 'POST', json: { type: 'card' } }),
    );

    expect(await change.json()).toMatchObject({ status: 'complete', subscription: { planId: 'enterprise' } });
    expect(await cancel.json()).toMatchObject({ scheduledChange: null });
    expect(setup.status).toBe(200);
  });

  it('sets the default payment method, removes another and takes a sales enquiry', async () => {
    const methods = (await backend.listPaymentMethods?.({})) ?? [];
    const [other, third] = methods.filter((method) => !method.isDefault);
    const setDefault = await handler(
      billingRequest(`/payment-methods/${other?.id}/default`, { method: 'POST' }),
    );
    const removed = await handler(billingRequest(`/payment-methods/${third?.id}`, { method: 'DELETE' }));
    const enquiry = await handler(
      billingRequest('/sales-enquiries', {
        method: 'POST',
        json: { name: 'Ada', email: 'ada@example.com', company: 'Acme', seats: 40 },
      }),
    );

    expect(await setDefault.json()).toContainEqual(
      expect.objectContaining({ id: other?.id, isDefault: true }),
    );
    expect(await removed.json()).not.toContainEqual(expect.objectContaining({ id: third?.id }));
    expect(await enquiry.json()).toEqual({ referenceId: expect.any(String) });
  });

  it('answers a provider’s BillingError with its code and status, and bad params with 400', async () => {
    backend.setFault('changePlan', 'payment_declined');
    const declined = await handler(
      billingRequest('/subscription/change', {
        method: 'POST',
        json: { planId: 'enterprise', interval: 'month', expectedAmountDue: { amount: 1, currency: 'EUR' } },
      }),
    );
    const unpriced = await handler(
      billingRequest('/subscription/change', { method: 'POST', json: { planId: 'enterprise' } }),
    );

    expect(declined.status).toBe(402);
    expect(await errorOf(declined)).toMatchObject({ code: 'payment_declined', retryable: false });
    expect(unpriced.status).toBe(400);
    expect(await errorOf(unpriced)).toMatchObject({ details: { reason: 'invalid_params' } });
  });

  it('answers 404 for an optional method the provider lacks', async () => {
    const { getCatalog, getSubscription, getAccount, previewChange, changePlan } = backend;
    handler = createTestHandler({
      a: { getCatalog, getSubscription, getAccount, previewChange, changePlan },
    });

    const response = await handler(billingRequest('/invoices'));

    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'unknown', details: { reason: 'not_supported' } });
  });

  async function runDirect(method: string): Promise<unknown> {
    const calls: Record<string, () => Promise<unknown> | undefined> = {
      getCatalog: () => backend.getCatalog({}),
      getSubscription: () => backend.getSubscription({}),
      getAccount: () => backend.getAccount({}),
      previewChange: () => backend.previewChange({ planId: 'enterprise', interval: 'month' }),
      listInvoices: () => backend.listInvoices?.({ cursor: null, limit: 2 }),
      listPaymentMethods: () => backend.listPaymentMethods?.({}),
    };
    return calls[method]?.();
  }
});

describe('given a request the handler refuses before any provider call', () => {
  it('answers 401 without a customer, and never calls the provider', async () => {
    const response = await handler(billingRequest('/subscription', { customer: null }));

    expect(response.status).toBe(401);
    expect(await errorOf(response)).toMatchObject({
      code: 'unauthorized',
      details: { reason: 'unauthenticated' },
    });
    expect(backend.calls.getSubscription).toBe(0);
  });

  it('answers 404 for an unknown route or one outside the base path, and 405 with Allow for a wrong verb', async () => {
    const unknown = await handler(billingRequest('/subscriptions'));
    const outside = await handler(new Request('https://app.example/catalog'));
    const wrongVerb = await handler(billingRequest('/catalog', { method: 'POST', json: {} }));
    const head = await handler(billingRequest('/subscription', { method: 'HEAD' }));

    expect([unknown.status, outside.status, wrongVerb.status, head.status]).toEqual([404, 404, 405, 405]);
    expect(wrongVerb.headers.get('Allow')).toBe('GET');
    expect(await errorOf(wrongVerb)).toMatchObject({
      code: 'unknown',
      details: { reason: 'method_not_allowed' },
    });
  });

  it('answers 403 to a write without the same-site header or from another origin', async () => {
    const noHeader = await handler(
      billingRequest('/subscription/scheduled-change', {
        method: 'DELETE',
        headers: { 'Subscription-Kit-Request': '0' },
      }),
    );
    const foreign = await handler(
      billingRequest('/subscription/scheduled-change', {
        method: 'DELETE',
        headers: { Origin: 'https://evil.example' },
      }),
    );

    expect([noHeader.status, foreign.status]).toEqual([403, 403]);
    expect(await errorOf(foreign)).toMatchObject({ code: 'unauthorized', details: { reason: 'same_site' } });
    expect(backend.calls.cancelScheduledChange).toBe(0);
  });

  it('accepts a write from its own origin or an allowed one', async () => {
    handler = createTestHandler({ a: backend }, { allowedOrigins: ['https://dashboard.example'] });
    const own = await handler(
      billingRequest('/subscription/scheduled-change', {
        method: 'DELETE',
        headers: { Origin: 'https://app.example' },
      }),
    );
    const allowed = await handler(
      billingRequest('/subscription/scheduled-change', {
        method: 'DELETE',
        headers: { Origin: 'https://dashboard.example' },
      }),
    );

    expect([own.status, allowed.status]).toEqual([200, 200]);
  });

  it('answers 400 to a write without an Idempotency-Key', async () => {
    const request = billingRequest('/subscription/scheduled-change', { method: 'DELETE' });
    request.headers.delete('Idempotency-Key');

    const response = await handler(request);

    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ details: { reason: 'idempotency_key_required' } });
  });

  it('answers 415 to a body that is not JSON, and 400 to JSON that is not an object', async () => {
    const text = await handler(
      billingRequest('/payment-methods/setup', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: '{"type":"card"}',
      }),
    );
    const array = await handler(billingRequest('/payment-methods/setup', { method: 'POST', json: ['card'] }));
    const broken = await handler(
      billingRequest('/payment-methods/setup', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: '{"type":',
      }),
    );

    expect([text.status, array.status, broken.status]).toEqual([415, 400, 400]);
    expect(await errorOf(broken)).toMatchObject({ details: { reason: 'invalid_json' } });
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    handler = createTestHandler({ a: backend }, { maxBodyBytes: 64 });
    const big = JSON.stringify({ type: 'card', padding: 'x'.repeat(100) });
    const declared = await handler(
      billingRequest('/payment-methods/setup', { method: 'POST', json: JSON.parse(big) }),
    );
    const chunks = [new TextEncoder().encode(big.slice(0, 50)), new TextEncoder().encode(big.slice(50))];
    const streamed = await handler(
      billingRequest('/payment-methods/setup', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: new ReadableStream({
          start(controller) {
            for (const chunk of chunks) controller.enqueue(chunk);
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit),
    );
    const small = await handler(
      billingRequest('/payment-methods/setup', { method: 'POST', json: { type: 'card' } }),
    );

    expect([declared.status, streamed.status, small.status]).toEqual([413, 413, 200]);
    expect(await errorOf(streamed)).toMatchObject({ details: { reason: 'body_too_large' } });
    expect(backend.calls.startAddPaymentMethod).toBe(1);
  });
});
