// @vitest-environment node
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';

import type { StripeDouble } from '../support/stripe-double';
import { stripeDoublePerTest } from './stripe-double-per-test.ts';

const start = Date.UTC(2026, 0, 15) / 1000;
let double: StripeDouble;

stripeDoublePerTest(start, (started) => {
  double = started;
});

async function seedPrices(count: number) {
  const product = await double.stripe.products.create({ name: 'Team', metadata: { family: 'team' } });
  const prices: Stripe.Price[] = [];
  for (let index = 0; index < count; index += 1) {
    prices.push(
      await double.stripe.prices.create({
        product: product.id,
        currency: 'eur',
        unit_amount: 1000 * (index + 1),
        recurring: { interval: 'month' },
        lookup_key: `team_${index}`,
        metadata: { tier: String(index) },
      }),
    );
  }
  return { product, prices };
}

describe('given a catalog of five prices', () => {
  it('pages through them newest first with has_more and starting_after', async () => {
    const { prices } = await seedPrices(5);
    const first = await double.stripe.prices.list({ limit: 2 });
    expect(first.data.map((price) => price.lookup_key)).toEqual(['team_4', 'team_3']);
    expect(first.has_more).toBe(true);
    const last = await double.stripe.prices.list({ limit: 3, starting_after: first.data[1]?.id ?? '' });
    expect(last.data.map((price) => price.id)).toEqual(
      prices
        .slice(0, 3)
        .reverse()
        .map((price) => price.id),
    );
    expect(last.has_more).toBe(false);
  });

  it('auto-pages through every price with the SDK', async () => {
    await seedPrices(5);
    const all: string[] = [];
    for await (const price of double.stripe.prices.list({ limit: 2 })) all.push(price.lookup_key ?? '');
    expect(all).toEqual(['team_4', 'team_3', 'team_2', 'team_1', 'team_0']);
  });

  it('filters by lookup key and expands the product', async () => {
    await seedPrices(3);
    const found = await double.stripe.prices.list({ lookup_keys: ['team_1'], expand: ['data.product'] });
    const [price] = found.data;
    expect(found.data).toHaveLength(1);
    expect(price?.unit_amount).toBe(2000);
    expect((price?.product as Stripe.Product | undefined)?.metadata).toEqual({ family: 'team' });
  });

  it('keeps a lookup key on one price unless it is transferred', async () => {
    const { product } = await seedPrices(1);
    const again = { product: product.id, currency: 'eur', unit_amount: 5, lookup_key: 'team_0' };
    await expect(double.stripe.prices.create(again)).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    );
    const moved = await double.stripe.prices.create({ ...again, transfer_lookup_key: true });
    const found = await double.stripe.prices.list({ lookup_keys: ['team_0'] });
    expect(found.data.map((price) => price.id)).toEqual([moved.id]);
  });
});

describe('given an Idempotency-Key', () => {
  it('replays the first response for the same parameters', async () => {
    const first = await double.stripe.customers.create(
      { email: 'a@example.com' },
      { idempotencyKey: 'key-1' },
    );
    const again = await double.stripe.customers.create(
      { email: 'a@example.com' },
      { idempotencyKey: 'key-1' },
    );
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(double.state.customers.size).toBe(1);
  });

  it('refuses the same key with other parameters', async () => {
    await double.stripe.customers.create({ email: 'a@example.com' }, { idempotencyKey: 'key-2' });
    const other = double.stripe.customers.create({ email: 'b@example.com' }, { idempotencyKey: 'key-2' });
    await expect(other).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });
});

describe('given a customer with payment methods from test tokens', () => {
  it('attaches new payment methods with the cards details and lists them', async () => {
    const customer = await double.stripe.customers.create({ name: 'Ada' });
    const visa = await double.stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
    const sepa = await double.stripe.paymentMethods.attach('pm_sepaDebit', { customer: customer.id });
    expect(visa.id).toMatch(/^pm_/);
    expect(visa.id).not.toBe('pm_card_visa');
    expect(visa.card?.last4).toBe('4242');
    expect(sepa.sepa_debit?.last4).toBe('3000');
    const listed = await double.stripe.customers.listPaymentMethods(customer.id);
    expect(listed.data.map((method) => method.type)).toEqual(['sepa_debit', 'card']);
  });

  it('sets an attached method as default and clears it on detach', async () => {
    const customer = await double.stripe.customers.create({ name: 'Ada' });
    const visa = await double.stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
    const updated = await double.stripe.customers.update(customer.id, {
      invoice_settings: { default_payment_method: visa.id },
      expand: ['invoice_settings.default_payment_method'],
    });
    expect((updated.invoice_settings.default_payment_method as Stripe.PaymentMethod).card?.brand).toBe(
      'visa',
    );
    await double.stripe.paymentMethods.detach(visa.id);
    const after = await double.stripe.customers.retrieve(customer.id);
    expect((after as Stripe.Customer).invoice_settings.default_payment_method).toBeNull();
  });

  it('refuses a default that is not attached to the customer', async () => {
    const customer = await double.stripe.customers.create({ name: 'Ada' });
    const other = await double.stripe.customers.create({ name: 'Bob' });
    const visa = await double.stripe.paymentMethods.attach('pm_card_visa', { customer: other.id });
    const update = double.stripe.customers.update(customer.id, {
      invoice_settings: { default_payment_method: visa.id },
    });
    await expect(update).rejects.toMatchObject({
      statusCode: 400,
      param: 'invoice_settings[default_payment_method]',
    });
  });

  it('answers 404 resource_missing for an unknown id', async () => {
    await expect(double.stripe.customers.retrieve('cus_nope')).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });
  });
});
