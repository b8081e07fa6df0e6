// @vitest-environment node
import fc from 'fast-check';
import { BillingError } from 'subscription-kit';
import type { BillingDataProvider, MemoryDataProvider } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';
import { billingRequest, createCustomerBackend, createTestHandler } from './support/billing-server';

/*
 * No error body carries a stack trace or a provider's internals, whatever the provider throws:
 * the client gets the contract's code and a generic message, the host the original in `onError`.
 */

const SECRET = 'db-password-hunter2';

/** What a provider might throw: errors, strings, objects, BillingErrors with a stack in their details. */
const thrown = fc.oneof(
  fc.string().map((text) => new Error(`${SECRET} ${text}`)),
  fc.string().map((text) => new RangeError(`${SECRET} at pool.connect ${text}`)),
  fc.constant(`${SECRET} plain string`),
  fc.constant(null),
  fc.record({ stack: fc.constant(`Error: ${SECRET}\n    at query (db.js:1:1)`), message: fc.string() }),
  fc
    .constantFrom('unknown', 'invalid_response')
    .map((code) => new BillingError(code, { message: SECRET, details: { stack: SECRET, sql: SECRET } })),
  fc.constant(new BillingError('payment_declined', { details: { cause: new Error(SECRET), stack: SECRET } })),
);

const routes = fc.constantFrom(
  { path: '/subscription', method: 'getSubscription' },
  { path: '/invoices/in_1', method: 'getInvoice' },
  { path: '/payment-methods/pm_1', method: 'removePaymentMethod', verb: 'DELETE' },
);

function throwing(backend: MemoryDataProvider, method: string, error: unknown): BillingDataProvider {
  return {
    ...backend,
    [method]: async () => {
      throw error;
    },
  };
}

describe('given a provider that throws anything', () => {
  it('answers without a stack, a secret or the original message, and hands the original to onError', async () => {
    await fc.assert(
      fc.asyncProperty(thrown, routes, async (error, route) => {
        const reported: unknown[] = [];
        const handler = createTestHandler(
          { a: throwing(createCustomerBackend('supportTemplate'), route.method, error) },
          { onError: (original) => reported.push(original) },
        );

        const response = await handler(billingRequest(route.path, { method: route.verb ?? 'GET' }));
        const body = await response.text();

        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(body).not.toContain(SECRET);
        expect(body).not.toMatch(/\n\s+at |"stack"|"cause"/);
        expect(JSON.parse(body)).toMatchObject({
          error: { code: expect.any(String), message: expect.any(String) },
        });
        const generic = !(error instanceof BillingError) || error.code !== 'payment_declined';
        expect(reported.length).toBe(generic ? 1 : 0);
        if (generic && !(error instanceof BillingError)) expect(reported[0]).toBe(error);
      }),
      { numRuns: 60 },
    );
  });

  it('answers malformed provider data as a generic invalid_response (502) and reports the problem', async () => {
    const backend = createCustomerBackend('supportTemplate');
    backend.setFault('getSubscription', 'malformed');
    const reported: unknown[] = [];
    const handler = createTestHandler({ a: backend }, { onError: (error) => reported.push(error) });

    const response = await handler(billingRequest('/subscription'));

    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid_response',
        message: 'The billing service answered with data it cannot use',
        details: {},
        retryable: false,
      },
    });
    expect(reported).toEqual([expect.objectContaining({ code: 'invalid_response' })]);
  });

  it('answers a throw in authenticate with a generic 500 and reports it', async () => {
    const reported: unknown[] = [];
    const handler = createTestHandler(
      {},
      {
        authenticate: () => {
          throw new Error(SECRET);
        },
        onError: (error) => reported.push(error),
      },
    );

    const response = await handler(billingRequest('/catalog'));

    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain(SECRET);
    expect(reported).toEqual([new Error(SECRET)]);
  });
});
