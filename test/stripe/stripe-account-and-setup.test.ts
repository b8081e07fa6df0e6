// @vitest-environment node
import { isBillingError } from 'subscription-kit/core';
import type { StripeDataProviderOptions } from 'subscription-kit/stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { type StripeDouble, startStripeDouble } from '../support/stripe-double';
import { seededCustomerProvider } from '../support/stripe-provider';
import { seedStripeCustomer, stripeSeedAccount } from '../support/stripe-seed';

/*
 * The account's usage (from Stripe Billing meters or the host) and adding a payment method
 * (SetupIntent, Checkout in setup mode, bank transfer where the host allows it), over the double.
 * A customer on Support Pro monthly since 1 March 2026; the clock at 10 March, noon.
 */

const seededFrom = Date.UTC(2026, 2, 1) / 1000;
const testNow = Date.UTC(2026, 2, 10, 12) / 1000;
const { usage: _hostUsage, ...detailsWithoutUsage } = stripeSeedAccount;
let double: StripeDouble;

afterEach(() => double.close());

async function customer(options: Partial<StripeDataProviderOptions> = {}) {
  double = await startStripeDouble({ now: () => seededFrom, pagesOrigin: 'https://stripe-double.test' });
  const { customerId } = await seedStripeCustomer(double.stripe);
  double.setNow(testNow);
  const provider = seededCustomerProvider(double, customerId, {
    getAccountDetails: () => detailsWithoutUsage,
    ...options,
  });
  return { provider, customerId };
}

async function meterEvent(customerId: string, eventName: string, value: number, timestamp: number) {
  await double.stripe.billing.meterEvents.create({
    event_name: eventName,
    payload: { stripe_customer_id: customerId, value: String(value) },
    timestamp,
  });
}

describe('given Stripe Billing meters and no usage from the host', () => {
  it('sums each meter over the current period, under the metric its event name names', async () => {
    const { provider, customerId } = await customer();
    for (const eventName of ['conversations', 'ai_tokens']) {
      await double.stripe.billing.meters.create({
        display_name: eventName,
        event_name: eventName,
        default_aggregation: { formula: 'sum' },
        customer_mapping: { event_payload_key: 'stripe_customer_id', type: 'by_id' },
        value_settings: { event_payload_key: 'value' },
      });
    }
    await meterEvent(customerId, 'conversations', 300, Date.UTC(2026, 2, 2) / 1000);
    await meterEvent(customerId, 'conversations', 200, Date.UTC(2026, 2, 9) / 1000);
    await meterEvent(customerId, 'ai_tokens', 5000, Date.UTC(2026, 2, 5) / 1000);
    // Before the period: not this period's usage.
    await meterEvent(customerId, 'conversations', 9999, Date.UTC(2026, 1, 27) / 1000);
    const account = await provider.getAccount({});
    expect(account.usage).toEqual({ conversations: 500, aiTokens: 5000 });
    expect(account.agentTemplate).toBe('support');
    expect(account.country).toBe('DK');
  });
});

describe('given usage the host counts itself', () => {
  it('asks the host for the usage period of the subscription', async () => {
    const periods: string[] = [];
    const { provider } = await customer({
      getUsage: ({ period }) => {
        periods.push(`${period.start.toISOString()} – ${period.end.toISOString()}`);
        return { documents: 42 };
      },
    });
    expect((await provider.getAccount({})).usage).toEqual({ documents: 42 });
    expect(periods).toEqual(['2026-03-01T00:00:00.000Z – 2026-04-01T00:00:00.000Z']);
  });
});

describe('given a customer adding a payment method', () => {
  it("starts a SetupIntent for the host's own form, the same one again for the same key", async () => {
    const { provider } = await customer();
    const first = await provider.startAddPaymentMethod({ type: 'sepa_debit', idempotencyKey: 'add-1' });
    expect(first).toEqual({ type: 'host_form', token: expect.stringMatching(/^seti_\w+_secret_\w+$/) });
    expect(await provider.startAddPaymentMethod({ type: 'sepa_debit', idempotencyKey: 'add-1' })).toEqual(
      first,
    );
  });

  it('redirects to Checkout in setup mode when the host chose it', async () => {
    const { provider } = await customer({
      addPaymentMethod: {
        mode: 'checkout',
        successUrl: 'https://app.example/billing',
        cancelUrl: 'https://app.example/billing',
      },
    });
    const result = await provider.startAddPaymentMethod({ type: 'card', idempotencyKey: 'add-2' });
    expect(result).toEqual({
      type: 'redirect',
      url: expect.stringMatching(/^https:\/\/stripe-double\.test\/checkout\/cs_test_\w+$/),
    });
  });

  it('refuses bank transfer unless the host says the account may pay so', async () => {
    const { provider } = await customer();
    const error = await provider
      .startAddPaymentMethod({ type: 'bank_transfer', idempotencyKey: 'add-3' })
      .catch((caught: unknown) => caught);
    expect(isBillingError(error) && error.code).toBe('plan_unavailable');
  });

  it('sets up bank transfer for an account the host allows it', async () => {
    const { provider } = await customer({ allowsBankTransfer: () => true });
    const result = await provider.startAddPaymentMethod({ type: 'bank_transfer', idempotencyKey: 'add-4' });
    expect(result.type).toBe('host_form');
  });
});
