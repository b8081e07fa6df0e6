// @vitest-environment node
import { isBillingError, type Money } from 'subscription-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type StripeDouble, startStripeDouble } from '../support/stripe-double';
import { previewAndChange, seededCustomerProvider } from '../support/stripe-provider';
import { type StripeSeedCustomerOptions, seedStripeCustomer } from '../support/stripe-seed';

/*
 * Plan changes over the Stripe double: the charge is the preview's, a failed payment leaves the old
 * plan, 3-D Secure hands over Stripe's hosted invoice page. A customer on Support Pro monthly since
 * 1 March 2026; the clock at 10 March, noon.
 */

const seededFrom = Date.UTC(2026, 2, 1) / 1000;
const testNow = Date.UTC(2026, 2, 10, 12) / 1000;
let double: StripeDouble;

afterEach(() => double.close());

async function customer(options: StripeSeedCustomerOptions = {}) {
  double = await startStripeDouble({ now: () => seededFrom, pagesOrigin: 'https://stripe-double.test' });
  const { customerId } = await seedStripeCustomer(double.stripe, options);
  double.setNow(testNow);
  return seededCustomerProvider(double, customerId);
}

type Provider = Awaited<ReturnType<typeof customer>>;

function upgrade(provider: Provider, expectedAmountDue: Money, idempotencyKey = 'upgrade-1') {
  return provider.changePlan({
    planId: 'sk_support_scale',
    interval: 'month',
    expectedAmountDue,
    idempotencyKey,
  });
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return isBillingError(error) ? error.code : error;
}

describe('given an upgrade confirmed after its preview', () => {
  it('charges exactly the previewed amount, on an invoice of the customer', async () => {
    const provider = await customer();
    const preview = await provider.previewChange({ planId: 'sk_support_scale', interval: 'month' });
    expect(preview.lines.map((line) => line.kind)).toEqual(['credit', 'charge']);
    const result = await upgrade(provider, preview.amountDue);
    expect(result.status === 'complete' && result.subscription.planId).toBe('sk_support_scale');
    const [latest] = (await provider.listInvoices({ cursor: null, limit: 1 })).data;
    expect(latest?.total).toEqual(preview.amountDue);
  });

  it('still charges the previewed amount when the confirmation comes in the next proration window', async () => {
    const provider = await customer();
    const preview = await provider.previewChange({ planId: 'sk_support_scale', interval: 'month' });
    double.setNow(testNow + 11 * 60);
    const result = await upgrade(provider, preview.amountDue);
    expect(result.status).toBe('complete');
    const [latest] = (await provider.listInvoices({ cursor: null, limit: 1 })).data;
    expect(latest?.total).toEqual(preview.amountDue);
  });

  it('refuses with amount_changed once the preview is older than two windows', async () => {
    const provider = await customer();
    const preview = await provider.previewChange({ planId: 'sk_support_scale', interval: 'month' });
    double.setNow(testNow + 6 * 3600);
    expect(await codeOf(upgrade(provider, preview.amountDue))).toBe('amount_changed');
    expect((await provider.getSubscription({}))?.planId).toBe('sk_support_pro');
  });
});

describe.each([
  ['pm_card_chargeDeclined', 'payment_declined'],
  ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
  ['pm_card_chargeDeclinedExpiredCard', 'card_expired'],
] as const)('given a default card %s', (card, code) => {
  it(`rejects the upgrade with ${code} and keeps the current plan`, async () => {
    const provider = await customer({ defaultPaymentMethod: card });
    const preview = await provider.previewChange({ planId: 'sk_support_scale', interval: 'month' });
    expect(await codeOf(upgrade(provider, preview.amountDue))).toBe(code);
    const subscription = await provider.getSubscription({});
    expect(subscription?.planId).toBe('sk_support_pro');
  });
});

describe('given a declined card the customer then replaces', () => {
  it('applies the upgrade when retried under the same key', async () => {
    const provider = await customer({ defaultPaymentMethod: 'pm_card_chargeDeclined' });
    const preview = await provider.previewChange({ planId: 'sk_support_scale', interval: 'month' });
    expect(await codeOf(upgrade(provider, preview.amountDue, 'intent-1'))).toBe('payment_declined');
    const visa = (await provider.listPaymentMethods({})).find(
      (method) => method.type === 'card' && method.last4 === '4242',
    );
    await provider.setDefaultPaymentMethod({ paymentMethodId: visa?.id ?? '', idempotencyKey: 'fix-card' });
    const result = await upgrade(provider, preview.amountDue, 'intent-1');
    expect(result.status === 'complete' && result.subscription.planId).toBe('sk_support_scale');
  });
});

describe('given a card that needs 3-D Secure', () => {
  it("hands over Stripe's hosted invoice page and changes nothing yet", async () => {
    const provider = await customer({ defaultPaymentMethod: 'pm_card_authenticationRequired' });
    const preview = await provider.previewChange({ planId: 'sk_support_scale', interval: 'month' });
    const result = await upgrade(provider, preview.amountDue);
    expect(result).toEqual({
      status: 'requires_action',
      actionUrl: expect.stringMatching(/^https:\/\/stripe-double\.test\/invoices\/in_\w+\/hosted$/),
    });
    expect((await provider.getSubscription({}))?.planId).toBe('sk_support_pro');
  });
});

describe('given a change from monthly to yearly billing', () => {
  it('starts a new yearly period now, as Stripe resets the billing cycle', async () => {
    const provider = await customer();
    const preview = await provider.previewChange({ planId: 'sk_support_pro', interval: 'year' });
    expect(preview.kind).toBe('interval_change');
    const result = await previewAndChange(provider, 'sk_support_pro', 'year', 'yearly');
    const subscription = result.status === 'complete' ? result.subscription : null;
    expect(subscription?.interval).toBe('year');
    expect(subscription?.currentPeriod.start.slice(0, 10)).toBe('2026-03-10');
    expect(subscription?.currentPeriod.end.slice(0, 10)).toBe('2027-03-10');
  });
});

describe('given a scheduled downgrade', () => {
  it('moves to the lower plan when the period ends, and the schedule lets go', async () => {
    const provider = await customer();
    await previewAndChange(provider, 'sk_support_basic', 'month', 'downgrade');
    double.setNow(Date.UTC(2026, 3, 2) / 1000);
    const subscription = await provider.getSubscription({});
    expect(subscription?.planId).toBe('sk_support_basic');
    expect(subscription?.scheduledChange).toBeNull();
  });
});

describe('given a scheduled downgrade and then an upgrade', () => {
  it('applies the upgrade and drops the scheduled change', async () => {
    const provider = await customer();
    await previewAndChange(provider, 'sk_support_basic', 'month', 'downgrade');
    const result = await previewAndChange(provider, 'sk_support_scale', 'month', 'upgrade');
    expect(result.status === 'complete' && result.subscription).toMatchObject({
      planId: 'sk_support_scale',
      scheduledChange: null,
    });
    expect(await provider.getSubscription({})).toMatchObject({
      planId: 'sk_support_scale',
      scheduledChange: null,
    });
  });
});
