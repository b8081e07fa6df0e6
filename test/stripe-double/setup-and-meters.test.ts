// @vitest-environment node
import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';

import type { StripeDouble } from '../support/stripe-double';
import { stripeDoublePerTest } from './stripe-double-per-test.ts';

const start = Date.UTC(2026, 0, 15) / 1000;
let double: StripeDouble;
let stripe: Stripe;

stripeDoublePerTest(start, (started) => {
  double = started;
  stripe = started.stripe;
});

describe('given a customer adding a payment method', () => {
  it('creates a SetupIntent for cards and SEPA Direct Debit with a client secret', async () => {
    const customer = await stripe.customers.create({ name: 'Ada' });
    const intent = await stripe.setupIntents.create({
      customer: customer.id,
      allowed_payment_method_types: ['card', 'sepa_debit'],
      usage: 'off_session',
    });
    expect(intent).toMatchObject({
      status: 'requires_payment_method',
      allowed_payment_method_types: ['card', 'sepa_debit'],
      payment_method_types: ['card', 'sepa_debit'],
    });
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_`));
    expect((await stripe.setupIntents.retrieve(intent.id)).customer).toBe(customer.id);
  });

  it('refuses payment_method_types, which this API version replaced by allowed_payment_method_types', async () => {
    const params = { payment_method_types: ['card'] } as Stripe.SetupIntentCreateParams;
    await expect(stripe.setupIntents.create(params)).rejects.toMatchObject({
      statusCode: 400,
      param: 'payment_method_types',
    });
  });

  it('completes Checkout in setup mode on the double and goes to the success URL', async () => {
    const customer = await stripe.customers.create({ name: 'Ada' });
    const session = await stripe.checkout.sessions.create({
      mode: 'setup',
      customer: customer.id,
      currency: 'eur',
      success_url: 'https://host.example/billing?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://host.example/billing',
    });
    expect(session.url).toBe(`${double.origin}/checkout/${session.id}`);
    expect(await (await fetch(session.url ?? '')).text()).toContain('<option value="pm_card_mastercard">');
    const done = await fetch(`${session.url}/complete`, {
      method: 'POST',
      body: new URLSearchParams({ payment_method: 'pm_card_mastercard' }),
      redirect: 'manual',
    });
    expect(done.headers.get('location')).toBe(`https://host.example/billing?session=${session.id}`);
    const methods = await stripe.customers.listPaymentMethods(customer.id);
    expect(methods.data.map((method) => method.card?.last4)).toEqual(['4444']);
    const completed = await stripe.checkout.sessions.retrieve(session.id, { expand: ['setup_intent'] });
    expect(completed.status).toBe('complete');
    expect((completed.setup_intent as Stripe.SetupIntent).status).toBe('succeeded');
  });
});

describe('given a meter and usage events', () => {
  it('lists the meter and sums the customer’s events over the window', async () => {
    const customer = await stripe.customers.create({ name: 'Ada' });
    const other = await stripe.customers.create({ name: 'Bob' });
    const meter = await stripe.billing.meters.create({
      display_name: 'API calls',
      event_name: 'api_calls',
      default_aggregation: { formula: 'sum' },
    });
    const send = (id: string, value: number, timestamp: number) =>
      stripe.billing.meterEvents.create({
        event_name: 'api_calls',
        payload: { stripe_customer_id: id, value: String(value) },
        timestamp,
      });
    await send(customer.id, 25, start + 60);
    await send(customer.id, 17, start + 7200);
    await send(other.id, 1000, start + 60);
    await send(customer.id, 5, start + 90_000);
    expect((await stripe.billing.meters.list()).data.map((listed) => listed.id)).toEqual([meter.id]);
    const summaries = await stripe.billing.meters.listEventSummaries(meter.id, {
      customer: customer.id,
      start_time: start,
      end_time: start + 86_400,
    });
    expect(summaries.data.map((summary) => summary.aggregated_value)).toEqual([42]);
    const hourly = await stripe.billing.meters.listEventSummaries(meter.id, {
      customer: customer.id,
      start_time: start,
      end_time: start + 3 * 3600,
      value_grouping_window: 'hour',
    });
    expect(hourly.data.map((summary) => summary.aggregated_value)).toEqual([25, 0, 17]);
  });

  it('refuses a second event with the same identifier', async () => {
    const customer = await stripe.customers.create({ name: 'Ada' });
    const event = {
      event_name: 'api_calls',
      identifier: 'req-1',
      payload: { stripe_customer_id: customer.id },
    };
    await stripe.billing.meterEvents.create(event);
    await expect(stripe.billing.meterEvents.create(event)).rejects.toMatchObject({
      statusCode: 400,
      param: 'identifier',
    });
  });
});
