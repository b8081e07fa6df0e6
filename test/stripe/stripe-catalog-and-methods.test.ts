// @vitest-environment node
import { isBillingError } from 'subscription-kit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StripeDouble, startStripeDouble } from '../support/stripe-double';
import { seededCustomerProvider } from '../support/stripe-provider';
import { seedStripeCatalog } from '../support/stripe-seed';

/*
 * The catalog and the payment methods over the Stripe double, seeded through the SDK: what a
 * customer without a subscription sees.
 */

let double: StripeDouble;

beforeEach(async () => {
  double = await startStripeDouble({ now: () => Date.UTC(2026, 2, 10, 12) / 1000 });
});
afterEach(() => double.close());

async function customerWithCards() {
  const customer = await double.stripe.customers.create({ name: 'Nordlys Support ApS' });
  const visa = await double.stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
  const sepa = await double.stripe.paymentMethods.attach('pm_sepaDebit', { customer: customer.id });
  await double.stripe.customers.update(customer.id, {
    invoice_settings: { default_payment_method: visa.id },
  });
  return { customerId: customer.id, visa: visa.id, sepa: sepa.id };
}

function providerFor(customerId: string) {
  return seededCustomerProvider(double, customerId);
}

describe('given products with plan metadata and recurring prices', () => {
  it('lists one plan per product, by tier, with limits, lists and availability from metadata', async () => {
    await seedStripeCatalog(double.stripe);
    await double.stripe.products.create({ name: 'Onboarding call' });
    const { customerId } = await customerWithCards();
    const plans = await providerFor(customerId).getCatalog({});
    expect(plans.map((plan) => plan.id)).toEqual([
      'sk_starter',
      'sk_support_basic',
      'sk_support_pro',
      'sk_support_scale',
      'sk_support_voice',
    ]);
    const scale = plans.find((plan) => plan.id === 'sk_support_scale');
    expect(scale?.prices).toEqual({
      month: { amount: 99000, currency: 'EUR' },
      year: { amount: 990000, currency: 'EUR' },
    });
    expect(scale?.limits).toEqual({
      conversations: null,
      documents: null,
      assistants: 20,
      seats: null,
      aiTokens: null,
    });
    expect(scale?.integrations).toEqual(['zendesk', 'freshdesk', 'salesforce']);
    expect(plans.find((plan) => plan.id === 'sk_support_voice')?.availability).toEqual({
      assistantConfigurations: ['voice'],
    });
  });

  it('leaves out an archived product', async () => {
    await seedStripeCatalog(double.stripe);
    await double.stripe.products.update('sk_starter', { active: false });
    const { customerId } = await customerWithCards();
    const plans = await providerFor(customerId).getCatalog({});
    expect(plans.map((plan) => plan.id)).not.toContain('sk_starter');
  });
});

describe('given a customer with a card and a SEPA mandate', () => {
  it('lists both, the default marked', async () => {
    const { customerId, visa, sepa } = await customerWithCards();
    const methods = await providerFor(customerId).listPaymentMethods({});
    expect(methods).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'card', id: visa, brand: 'visa', last4: '4242', isDefault: true }),
        expect.objectContaining({ type: 'sepa_debit', id: sepa, ibanLast4: '3000', isDefault: false }),
      ]),
    );
  });

  it('moves the default to the chosen method', async () => {
    const { customerId, sepa } = await customerWithCards();
    const methods = await providerFor(customerId).setDefaultPaymentMethod({
      paymentMethodId: sepa,
      idempotencyKey: 'default-1',
    });
    expect(methods.filter((method) => method.isDefault).map((method) => method.id)).toEqual([sepa]);
  });

  it("answers not_found for another customer's method, and leaves it attached", async () => {
    const owner = await customerWithCards();
    const other = await customerWithCards();
    const error = await providerFor(other.customerId)
      .removePaymentMethod({ paymentMethodId: owner.sepa, idempotencyKey: 'remove-1' })
      .catch((caught: unknown) => caught);
    expect(isBillingError(error) && error.code).toBe('not_found');
    expect(await providerFor(owner.customerId).listPaymentMethods({})).toHaveLength(2);
  });

  it('maps a Stripe rate limit to rate_limited, which may be retried', async () => {
    const { customerId } = await customerWithCards();
    double.fail({ method: 'GET', path: '/v1/customers', error: 'rate_limit' });
    const error = await providerFor(customerId)
      .listPaymentMethods({})
      .catch((caught: unknown) => caught);
    expect(isBillingError(error) && [error.code, error.retryable]).toEqual(['rate_limited', true]);
  });
});
