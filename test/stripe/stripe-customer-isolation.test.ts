// @vitest-environment node
import { createHttpDataProvider } from 'subscription-kit/http';
import { type BillingCustomer, createBillingHandler } from 'subscription-kit/server';
import type { BillingDataProvider } from 'subscription-kit/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StripeDouble, startStripeDouble } from '../support/stripe-double';
import { previewAndChange, seededCustomerProvider } from '../support/stripe-provider';
import { seedStripeCustomer } from '../support/stripe-seed';

/*
 * One Stripe account, three customers behind `createBillingHandler` + the Stripe provider: A with a
 * scheduled downgrade, B with a subscription of its own, C with none. B and C guessing A's ids find
 * nothing, and A's data stays as it was.
 */

const seededFrom = Date.UTC(2026, 0, 1) / 1000;
const testNow = Date.UTC(2026, 2, 10, 12) / 1000;
let double: StripeDouble;
let customerA: BillingDataProvider;
let customerB: BillingDataProvider;
let customerC: BillingDataProvider;
let invoiceOfA: string;
let paymentMethodOfA: string;

beforeEach(async () => {
  double = await startStripeDouble({ now: () => seededFrom, pagesOrigin: 'https://stripe-double.test' });
  const a = await seedStripeCustomer(double.stripe, { name: 'Nordlys Support ApS' });
  const b = await seedStripeCustomer(double.stripe, { name: 'Fjord Shop ApS' });
  const c = await double.stripe.customers.create({ name: 'Trial ApS' });
  double.setNow(testNow);
  const customers: Record<string, string> = { a: a.customerId, b: b.customerId, c: c.id };
  const handler = createBillingHandler<BillingCustomer>({
    basePath: '/api/billing',
    authenticate: (request) => {
      const id = /^Bearer (\w+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
      return id !== undefined && Object.hasOwn(customers, id) ? { id } : null;
    },
    provider: (customer) => seededCustomerProvider(double, customers[customer.id] ?? ''),
  });
  const signedIn = (id: string) =>
    createHttpDataProvider({
      baseUrl: 'https://app.example/api/billing',
      headers: { Authorization: `Bearer ${id}` },
      fetch: (input, init) => handler(new Request(input, init)),
    });
  customerA = signedIn('a');
  customerB = signedIn('b');
  customerC = signedIn('c');
  await previewAndChange(customerA, 'sk_support_basic', 'month', 'downgrade-a');
  invoiceOfA = (await customerA.listInvoices?.({ cursor: null, limit: 5 }))?.data[0]?.id ?? '';
  paymentMethodOfA =
    (await customerA.listPaymentMethods?.({}))?.find((method) => !method.isDefault)?.id ?? '';
});
afterEach(() => double.close());

async function stateOfA() {
  return {
    subscription: await customerA.getSubscription({}),
    paymentMethods: await customerA.listPaymentMethods?.({}),
    invoice: await customerA.getInvoice?.({ invoiceId: invoiceOfA }),
  };
}

describe('given customer B guessing the ids of customer A, in one Stripe account', () => {
  it('answers not_found for A’s invoice and its PDF', async () => {
    expect(invoiceOfA).toMatch(/^in_/);
    await expect(customerB.getInvoice?.({ invoiceId: invoiceOfA })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(customerB.getInvoicePdf?.({ invoiceId: invoiceOfA })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('answers not_found when B sets A’s payment method as default or removes it, and A’s stay', async () => {
    expect(paymentMethodOfA).toMatch(/^pm_/);
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
    expect(before.subscription?.scheduledChange?.planId).toBe('sk_support_basic');
    const ofB = await customerB.cancelScheduledChange?.({ idempotencyKey: 'guess-3' });
    await expect(customerC.cancelScheduledChange?.({ idempotencyKey: 'guess-4' })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(ofB?.id).not.toBe(before.subscription?.id);
    expect(await stateOfA()).toEqual(before);
  });

  it('runs the same idempotency key from A and B as two writes: keys are scoped per customer', async () => {
    const methodsOfB = (await customerB.listPaymentMethods?.({})) ?? [];
    const otherOfB = methodsOfB.find((method) => !method.isDefault)?.id ?? '';
    await customerA.setDefaultPaymentMethod?.({
      paymentMethodId: paymentMethodOfA,
      idempotencyKey: 'shared',
    });
    const ofB = await customerB.setDefaultPaymentMethod?.({
      paymentMethodId: otherOfB,
      idempotencyKey: 'shared',
    });
    expect(ofB?.find((method) => method.isDefault)?.id).toBe(otherOfB);
  });
});
