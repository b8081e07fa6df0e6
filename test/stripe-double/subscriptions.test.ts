// @vitest-environment node
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';

import type { StripeDouble } from '../support/stripe-double';
import { stripeDoublePerTest } from './stripe-double-per-test.ts';

const day = 86_400;
const start = Date.UTC(2026, 0, 15) / 1000;
const periodEnd = Date.UTC(2026, 1, 15) / 1000;
let double: StripeDouble;
let stripe: Stripe;

stripeDoublePerTest(start, (started) => {
  double = started;
  stripe = started.stripe;
});

async function seed(card = 'pm_card_visa') {
  const product = await stripe.products.create({ name: 'Team' });
  const monthly = (unit_amount: number, lookup_key: string) =>
    stripe.prices.create({
      product: product.id,
      currency: 'eur',
      unit_amount,
      recurring: { interval: 'month' },
      lookup_key,
    });
  const team = await monthly(1000, 'team');
  const business = await monthly(3000, 'business');
  const yearly = await stripe.prices.create({
    product: product.id,
    currency: 'eur',
    unit_amount: 30000,
    recurring: { interval: 'year' },
  });
  const customer = await stripe.customers.create({ email: 'ada@example.com' });
  const method = await stripe.paymentMethods.attach(card, { customer: customer.id });
  await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: method.id } });
  return { customer, team, business, yearly };
}

async function subscribe(customer: string, price: string) {
  return stripe.subscriptions.create({ customer, items: [{ price }], expand: ['latest_invoice'] });
}

async function useCard(customer: string, token: string) {
  const method = await stripe.paymentMethods.attach(token, { customer });
  await stripe.customers.update(customer, { invoice_settings: { default_payment_method: method.id } });
}

function upgrade(
  subscription: Stripe.Subscription,
  price: string,
  extra: Partial<Stripe.SubscriptionUpdateParams> = {},
) {
  return stripe.subscriptions.update(subscription.id, {
    items: [{ id: subscription.items.data[0]?.id ?? '', price }],
    proration_behavior: 'always_invoice',
    payment_behavior: 'pending_if_incomplete',
    expand: ['latest_invoice.payments'],
    ...extra,
  });
}

function latestInvoice(subscription: Stripe.Subscription): Stripe.Invoice {
  return subscription.latest_invoice as Stripe.Invoice;
}

/** The invoice's latest attempt: this API version records it on the invoice's `payments`. */
async function latestPaymentIntent(subscription: Stripe.Subscription) {
  const invoice = await stripe.invoices.retrieve(latestInvoice(subscription).id, {
    expand: ['payments.data.payment.payment_intent'],
  });
  return invoice.payments?.data[0]?.payment.payment_intent as Stripe.PaymentIntent;
}

describe('given a new subscription paid with a card that succeeds', () => {
  it('is active, with the first period on its item and a paid first invoice', async () => {
    const { customer, team } = await seed();
    const subscription = await subscribe(customer.id, team.id);
    expect(subscription.status).toBe('active');
    expect(subscription.items.data[0]?.current_period_start).toBe(start);
    expect(subscription.items.data[0]?.current_period_end).toBe(periodEnd);
    expect(latestInvoice(subscription)).toMatchObject({
      status: 'paid',
      amount_paid: 1000,
      billing_reason: 'subscription_create',
    });
  });

  it('serves the invoice PDF and web view from the double', async () => {
    const { customer, team } = await seed();
    const invoice = latestInvoice(await subscribe(customer.id, team.id));
    const pdf = await fetch(invoice.invoice_pdf ?? '');
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(await pdf.arrayBuffer())).toMatch(/^%PDF-1\.4[\s\S]*%%EOF\n$/);
    const page = await fetch(invoice.hosted_invoice_url ?? '');
    expect(await page.text()).toContain(`Invoice ${invoice.number}`);
  });

  it('renews at the period end with a new paid invoice', async () => {
    const { customer, team } = await seed();
    const subscription = await subscribe(customer.id, team.id);
    double.setNow(periodEnd + 60);
    const renewed = await stripe.subscriptions.retrieve(subscription.id, { expand: ['latest_invoice'] });
    expect(renewed.items.data[0]?.current_period_start).toBe(periodEnd);
    expect(latestInvoice(renewed)).toMatchObject({
      billing_reason: 'subscription_cycle',
      status: 'paid',
      total: 1000,
    });
    const invoices = await stripe.invoices.list({ customer: customer.id, limit: 1 });
    expect(invoices.has_more).toBe(true);
    expect(invoices.data[0]?.id).toBe(latestInvoice(renewed).id);
  });
});

describe('given an upgrade ten days into the period', () => {
  it('charges exactly what the preview showed for the same proration_date', async () => {
    const { customer, team, business } = await seed();
    const subscription = await subscribe(customer.id, team.id);
    const prorationDate = start + 10 * day;
    double.setNow(prorationDate);
    const preview = await stripe.invoices.createPreview({
      customer: customer.id,
      subscription: subscription.id,
      subscription_details: {
        items: [{ id: subscription.items.data[0]?.id ?? '', price: business.id }],
        proration_date: prorationDate,
        proration_behavior: 'always_invoice',
      },
    });
    // 21 of the period's 31 days remain: −round(1000 × 21/31) + round(3000 × 21/31).
    expect(preview.lines.data.map((line) => line.amount)).toEqual([-677, 2032]);
    expect(preview.id).toMatch(/^upcoming_in_/);
    double.setNow(prorationDate + 120);
    const updated = await upgrade(subscription, business.id, { proration_date: prorationDate });
    expect(latestInvoice(updated).lines.data.map((line) => line.amount)).toEqual([-677, 2032]);
    expect(latestInvoice(updated)).toMatchObject({ status: 'paid', amount_paid: preview.amount_due });
    expect(updated.items.data[0]?.price.id).toBe(business.id);
    expect(updated.items.data[0]?.current_period_end).toBe(periodEnd);
  });

  it('resets the billing cycle when the interval changes to a year', async () => {
    const { customer, team, yearly } = await seed();
    const subscription = await subscribe(customer.id, team.id);
    const now = start + 10 * day;
    double.setNow(now);
    const updated = await upgrade(subscription, yearly.id);
    expect(updated.billing_cycle_anchor).toBe(now);
    expect(updated.items.data[0]?.current_period_end).toBe(Date.UTC(2027, 0, 25) / 1000);
    expect(latestInvoice(updated).total).toBe(30000 - 677);
  });
});

describe('given an upgrade with create_prorations', () => {
  it('changes the price now and bills the prorations with the next renewal', async () => {
    const { customer, team, business } = await seed();
    const subscription = await subscribe(customer.id, team.id);
    double.setNow(start + 10 * day);
    const updated = await upgrade(subscription, business.id, { proration_behavior: 'create_prorations' });
    expect(updated.items.data[0]?.price.id).toBe(business.id);
    expect(latestInvoice(updated).id).toBe(latestInvoice(subscription).id);
    const preview = await stripe.invoices.createPreview({ subscription: subscription.id });
    expect(preview.lines.data.map((line) => line.amount)).toEqual([-677, 2032, 3000]);
    double.setNow(periodEnd + 60);
    const renewed = await stripe.subscriptions.retrieve(subscription.id, { expand: ['latest_invoice'] });
    expect(latestInvoice(renewed)).toMatchObject({ total: 3000 - 677 + 2032, status: 'paid' });
  });
});

describe('given a declined card and pending_if_incomplete', () => {
  it('keeps the old price, records the decline and holds the change in pending_update', async () => {
    const { customer, team, business } = await seed();
    const subscription = await subscribe(customer.id, team.id);
    await useCard(customer.id, 'pm_card_chargeDeclined');
    const updated = await upgrade(subscription, business.id);
    expect(updated.items.data[0]?.price.id).toBe(team.id);
    expect(updated.pending_update?.subscription_items?.[0]?.price.id).toBe(business.id);
    expect(latestInvoice(updated).status).toBe('open');
    expect((await latestPaymentIntent(updated)).last_payment_error).toMatchObject({
      code: 'card_declined',
      decline_code: 'generic_decline',
    });
  });

  it('expires the pending update after 23 hours and voids its invoice', async () => {
    const { customer, team, business } = await seed();
    const subscription = await subscribe(customer.id, team.id);
    await useCard(customer.id, 'pm_card_chargeDeclined');
    const updated = await upgrade(subscription, business.id);
    double.setNow(start + 24 * 3600);
    const later = await stripe.subscriptions.retrieve(subscription.id, { expand: ['latest_invoice'] });
    expect(later.pending_update).toBeNull();
    expect(latestInvoice(later)).toMatchObject({ id: latestInvoice(updated).id, status: 'void' });
  });
});

describe.each([
  ['pm_card_chargeDeclinedInsufficientFunds', 'card_declined', 'insufficient_funds'],
  ['pm_card_chargeDeclinedExpiredCard', 'expired_card', 'expired_card'],
])('given %s and error_if_incomplete', (token, code, declineCode) => {
  it(`fails with a card error ${code} / ${declineCode} and keeps the old price`, async () => {
    const { customer, team, business } = await seed();
    const subscription = await subscribe(customer.id, team.id);
    await useCard(customer.id, token);
    const change = upgrade(subscription, business.id, { payment_behavior: 'error_if_incomplete' });
    await expect(change).rejects.toBeInstanceOf(Stripe.errors.StripeCardError);
    await expect(
      upgrade(subscription, business.id, { payment_behavior: 'error_if_incomplete' }),
    ).rejects.toMatchObject({ statusCode: 402, code, decline_code: declineCode });
    const after = await stripe.subscriptions.retrieve(subscription.id);
    expect(after.items.data[0]?.price.id).toBe(team.id);
  });
});

describe('given a card that needs 3-D Secure', () => {
  it('waits for the action at hosted_invoice_url, then applies the change', async () => {
    const { customer, team, business } = await seed();
    const subscription = await subscribe(customer.id, team.id);
    await useCard(customer.id, 'pm_card_authenticationRequired');
    const updated = await upgrade(subscription, business.id);
    const invoice = latestInvoice(updated);
    expect(invoice.payments?.data[0]?.status).toBe('open');
    expect((await latestPaymentIntent(updated)).status).toBe('requires_action');
    expect(updated.pending_update).not.toBeNull();
    const page = await (await fetch(invoice.hosted_invoice_url ?? '')).text();
    expect(page).toContain('Complete authentication');
    await fetch(`${double.origin}/invoices/${invoice.id}/confirm`, { method: 'POST', redirect: 'manual' });
    const after = await stripe.subscriptions.retrieve(subscription.id, { expand: ['latest_invoice'] });
    expect(after.items.data[0]?.price.id).toBe(business.id);
    expect(after.pending_update).toBeNull();
    expect(latestInvoice(after).status).toBe('paid');
  });
});

describe('given an expansion deeper than Stripe allows', () => {
  it('is refused as Stripe refuses it', async () => {
    const { customer, team } = await seed();
    const subscription = await subscribe(customer.id, team.id);
    const deep = stripe.subscriptions.retrieve(subscription.id, {
      expand: ['latest_invoice.payments.data.payment.payment_intent'],
    });
    await expect(deep).rejects.toMatchObject({ statusCode: 400, param: 'expand' });
  });
});

describe('given a downgrade scheduled for the period end', () => {
  async function scheduleDowngrade() {
    const { customer, team, business } = await seed();
    const subscription = await subscribe(customer.id, business.id);
    const schedule = await stripe.subscriptionSchedules.create({ from_subscription: subscription.id });
    const [phase] = schedule.phases;
    const updated = await stripe.subscriptionSchedules.update(schedule.id, {
      end_behavior: 'release',
      phases: [
        {
          items: [{ price: business.id, quantity: 1 }],
          start_date: phase?.start_date ?? 0,
          end_date: phase?.end_date ?? 0,
        },
        { items: [{ price: team.id, quantity: 1 }], duration: { interval: 'month', interval_count: 1 } },
      ],
    });
    return { subscription, schedule: updated, team, business };
  }

  it('keeps the current price until the period end, then renews at the new one', async () => {
    const { subscription, schedule, team, business } = await scheduleDowngrade();
    expect(schedule.phases.map((phase) => phase.end_date)).toEqual([periodEnd, Date.UTC(2026, 2, 15) / 1000]);
    double.setNow(periodEnd - 60);
    expect((await stripe.subscriptions.retrieve(subscription.id)).items.data[0]?.price.id).toBe(business.id);
    double.setNow(periodEnd + 60);
    const after = await stripe.subscriptions.retrieve(subscription.id, {
      expand: ['latest_invoice', 'schedule'],
    });
    expect(after.items.data[0]?.price.id).toBe(team.id);
    expect(latestInvoice(after)).toMatchObject({
      billing_reason: 'subscription_cycle',
      total: 1000,
      status: 'paid',
    });
    expect((after.schedule as Stripe.SubscriptionSchedule).current_phase?.start_date).toBe(periodEnd);
  });

  it('previews the renewal at the scheduled price', async () => {
    const { subscription } = await scheduleDowngrade();
    const preview = await stripe.invoices.createPreview({ subscription: subscription.id });
    expect(preview.total).toBe(1000);
  });

  it('releases the schedule when the change is cancelled, keeping the current price', async () => {
    const { subscription, schedule, business } = await scheduleDowngrade();
    const released = await stripe.subscriptionSchedules.release(schedule.id);
    expect(released).toMatchObject({
      status: 'released',
      released_subscription: subscription.id,
      subscription: null,
    });
    double.setNow(periodEnd + 60);
    const after = await stripe.subscriptions.retrieve(subscription.id, { expand: ['latest_invoice'] });
    expect(after.schedule).toBeNull();
    expect(after.items.data[0]?.price.id).toBe(business.id);
    expect(latestInvoice(after).total).toBe(3000);
  });
});
