// @vitest-environment node
// Node's own fetch, Request and Blob, as a server has them.
import type { BillingDataProvider } from 'subscription-kit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  billingRequest,
  createCustomerBackend,
  createTestHandler,
  httpProviderFor,
} from './support/billing-server';

/*
 * The customer comes from `authenticate` alone: with the memory backend holding customers A, B
 * and C, B and C guessing A's ids find nothing, and A's data stays as it was.
 */

let handler: ReturnType<typeof createTestHandler>;
let customerA: BillingDataProvider;
let customerB: BillingDataProvider;
let customerC: BillingDataProvider;
let invoiceOfA: string;
let paymentMethodOfA: string;

beforeEach(async () => {
  handler = createTestHandler({
    a: createCustomerBackend('supportTemplate'),
    b: createCustomerBackend('blockedDowngrade', 'b_'),
    // No subscription, no invoices, no payment methods.
    c: createCustomerBackend('ecommerceTrial'),
  });
  customerA = httpProviderFor(handler, 'a');
  customerB = httpProviderFor(handler, 'b');
  customerC = httpProviderFor(handler, 'c');
  const invoices = await customerA.listInvoices?.({ cursor: null, limit: 5 });
  const methods = await customerA.listPaymentMethods?.({});
  invoiceOfA = invoices?.data[0]?.id ?? '';
  paymentMethodOfA = methods?.find((method) => !method.isDefault)?.id ?? '';
});

async function stateOfA() {
  return {
    subscription: await customerA.getSubscription({}),
    paymentMethods: await customerA.listPaymentMethods?.({}),
    invoice: await customerA.getInvoice?.({ invoiceId: invoiceOfA }),
  };
}

describe('given customer B guessing the ids of customer A', () => {
  it('finds that B has invoices and payment methods of its own, with other ids', async () => {
    const invoices = await customerB.listInvoices?.({ cursor: null, limit: 5 });
    const methods = await customerB.listPaymentMethods?.({});

    expect(invoices?.data[0]?.id).toMatch(/^b_/);
    expect(methods?.[0]?.id).toMatch(/^b_/);
    expect(invoiceOfA).not.toBe('');
    expect(paymentMethodOfA).not.toBe('');
  });

  it('answers not_found for A’s invoice and its PDF', async () => {
    await expect(customerB.getInvoice?.({ invoiceId: invoiceOfA })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(customerB.getInvoicePdf?.({ invoiceId: invoiceOfA })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('answers not_found when B sets A’s payment method as default or removes it, and A’s stay', async () => {
    const before = await stateOfA();

    await expect(
      customerB.setDefaultPaymentMethod?.({ paymentMethodId: paymentMethodOfA, idempotencyKey: 'guess-1' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      customerB.removePaymentMethod?.({ paymentMethodId: paymentMethodOfA, idempotencyKey: 'guess-2' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await stateOfA()).toEqual(before);
  });

  it('cancels only B’s own scheduled change: A’s stays, and C without a subscription gets not_found', async () => {
    const before = await stateOfA();
    expect(before.subscription?.scheduledChange).not.toBeNull();

    const ofB = await customerB.cancelScheduledChange?.({ idempotencyKey: 'guess-3' });
    await expect(customerC.cancelScheduledChange?.({ idempotencyKey: 'guess-4' })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(ofB?.id).not.toBe(before.subscription?.id);
    expect(await stateOfA()).toEqual(before);
  });

  it('answers C not_found for A’s invoice, PDF and payment method', async () => {
    await expect(customerC.getInvoice?.({ invoiceId: invoiceOfA })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(customerC.getInvoicePdf?.({ invoiceId: invoiceOfA })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      customerC.removePaymentMethod?.({ paymentMethodId: paymentMethodOfA, idempotencyKey: 'guess-5' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('ignores a customer named in the query or the body', async () => {
    const before = await stateOfA();
    const read = await handler(billingRequest('/subscription?customer=a&customerId=a', { customer: 'b' }));
    const write = await handler(
      billingRequest('/payment-methods/setup', {
        method: 'POST',
        customer: 'b',
        json: { type: 'card', customer: 'a', customerId: 'a' },
      }),
    );

    expect(((await read.json()) as { id: string }).id).toBe((await customerB.getSubscription({}))?.id);
    expect(write.status).toBe(200);
    expect(await stateOfA()).toEqual(before);
  });
});

describe('given the same idempotency key from two customers', () => {
  it('runs each customer’s write: keys are scoped per customer', async () => {
    const forA = await handler(
      billingRequest(`/payment-methods/${paymentMethodOfA}/default`, {
        method: 'POST',
        headers: { 'Idempotency-Key': 'shared' },
      }),
    );
    const methodsOfB = await customerB.listPaymentMethods?.({});
    const otherOfB = methodsOfB?.find((method) => !method.isDefault)?.id ?? '';
    const forB = await handler(
      billingRequest(`/payment-methods/${otherOfB}/default`, {
        method: 'POST',
        customer: 'b',
        headers: { 'Idempotency-Key': 'shared' },
      }),
    );

    expect(forA.status).toBe(200);
    expect(forB.status).toBe(200);
    expect(forB.headers.get('Idempotent-Replayed')).toBeNull();
    expect((await customerB.listPaymentMethods?.({}))?.find((method) => method.isDefault)?.id).toBe(otherOfB);
  });
});
