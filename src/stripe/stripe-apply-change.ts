import type Stripe from 'stripe';
import { BillingError, type BillingInterval, type Money } from '../core';
import type { ChangePlanResult } from '../provider';
import { idOf, stripeIdempotencyKey } from './stripe-conventions';
import { paymentError, read, write } from './stripe-errors';
import {
  decide,
  type PlanChangeDecision,
  previewOf,
  prorationDateAt,
  prorationDatesToTry,
  sameMoney,
} from './stripe-plan-change';
import { loadSubscription, type StripeContext, toSubscription } from './stripe-subscription';

/*
 * changePlan: refuse what core's rules refuse before Stripe is called, charge exactly what the
 * customer saw (the preview's `proration_date` again), upgrade at once with pending updates (a failed
 * payment leaves the old plan), schedule a downgrade for the period end.
 */

/** The contract's type, from the provider room. */
type Result = ChangePlanResult;

export async function changePlan(
  context: StripeContext,
  params: { planId: string; interval: BillingInterval; expectedAmountDue: Money; idempotencyKey: string },
): Promise<Result> {
  const decision = await decide(context, params.planId, params.interval);
  const { catalog, subscription, blockers, timing } = decision;
  const [blocker] = blockers;
  if (blocker) {
    throw new BillingError(blocker.code, {
      message: 'The plan cannot be chosen yet',
      details: { blockers },
    });
  }
  // Nothing to change: also what the replay of an applied change finds, which answers as the first did.
  if (timing === 'none') {
    return { status: 'complete', subscription: await toSubscription(context, subscription, catalog) };
  }
  const prorationDate = await confirmedProrationDate(context, decision, params.expectedAmountDue);
  if (prorationDate === null) return appliedMeanwhile(context, params);
  // The Stripe key is the contract's, with the method that pays: Stripe replays a declined
  // payment for its key, and a retry after the customer replaced the card must charge the new one.
  const paidBy = decision.customer.invoice_settings.default_payment_method;
  const idempotencyKey = stripeIdempotencyKey(
    context.customerId,
    params.idempotencyKey,
    paidBy ? idOf(paidBy) : 'none',
  );
  if (timing === 'end_of_period') {
    await scheduleChange(context, decision, idempotencyKey);
    const updated = await loadSubscription(context);
    if (!updated) throw new BillingError('not_found', { message: 'The subscription is gone' });
    return { status: 'complete', subscription: await toSubscription(context, updated, catalog) };
  }
  return upgrade(context, decision, prorationDate, idempotencyKey);
}

/** The proration date whose preview charges `expected`, or `null` when none does. */
async function confirmedProrationDate(
  context: StripeContext,
  decision: PlanChangeDecision,
  expected: Money,
): Promise<number | null> {
  const windowSeconds = context.options.prorationWindowSeconds ?? 600;
  const dates = prorationDatesToTry(context.now(), windowSeconds, decision.item.current_period_start);
  for (const date of dates) {
    const preview = await previewOf(context, decision, date);
    if (sameMoney(preview.amountDue, expected)) return date;
  }
  return null;
}

/**
 * The amount moved: either the same change was applied meanwhile (a simultaneous request with the
 * same key finished first), which answers the subscription as it now is, or the customer must see
 * a fresh preview: `amount_changed` with today's amount.
 */
async function appliedMeanwhile(
  context: StripeContext,
  params: { planId: string; interval: BillingInterval; expectedAmountDue: Money },
): Promise<Result> {
  const decision = await decide(context, params.planId, params.interval);
  if (decision.timing === 'none') {
    const subscription = await toSubscription(context, decision.subscription, decision.catalog);
    return { status: 'complete', subscription };
  }
  const windowSeconds = context.options.prorationWindowSeconds ?? 600;
  const date = prorationDateAt(context.now(), windowSeconds, decision.item.current_period_start);
  const { amountDue } = await previewOf(context, decision, date);
  throw new BillingError('amount_changed', {
    message: 'The change would charge another amount than the customer saw',
    details: { expectedAmountDue: params.expectedAmountDue, amountDue },
  });
}

async function upgrade(
  context: StripeContext,
  decision: PlanChangeDecision,
  prorationDate: number,
  idempotencyKey: string,
): Promise<Result> {
  const { stripe } = context;
  const { subscription, item, price, catalog } = decision;
  const updated = await write(() =>
    stripe.subscriptions.update(
      subscription.id,
      {
        items: [{ id: item.id, price: price.id }],
        proration_behavior: 'always_invoice',
        proration_date: prorationDate,
        // A failed payment leaves the subscription as it was, with the change pending.
        payment_behavior: 'pending_if_incomplete',
      },
      { idempotencyKey },
    ),
  );
  if (updated.pending_update) return paymentOutcome(context, updated);
  if (updated.schedule) {
    // A downgrade was scheduled: the upgrade replaces it.
    const scheduleId = idOf(updated.schedule);
    await write(() =>
      stripe.subscriptionSchedules.release(scheduleId, {}, { idempotencyKey: `${idempotencyKey}:release` }),
    );
    const released = await loadSubscription(context);
    if (released)
      return { status: 'complete', subscription: await toSubscription(context, released, catalog) };
  }
  return { status: 'complete', subscription: await toSubscription(context, updated, catalog) };
}

/**
 * A pending update: the invoice of the change is unpaid. Its payment needs the customer (3-D
 * Secure: they confirm on Stripe's hosted invoice page), or it was declined.
 */
async function paymentOutcome(context: StripeContext, updated: Stripe.Subscription): Promise<Result> {
  const invoiceId = updated.latest_invoice ? idOf(updated.latest_invoice) : null;
  if (!invoiceId) throw paymentError(undefined, undefined);
  const invoice = await read(undefined, () =>
    context.stripe.invoices.retrieve(invoiceId, { expand: ['payments.data.payment.payment_intent'] }),
  );
  const intents = (invoice.payments?.data ?? []).flatMap(({ payment }) =>
    payment.payment_intent && typeof payment.payment_intent === 'object' ? [payment.payment_intent] : [],
  );
  const intent = intents.at(-1);
  if (intent?.status === 'requires_action' && invoice.hosted_invoice_url) {
    return { status: 'requires_action', actionUrl: invoice.hosted_invoice_url };
  }
  const failure = intent?.last_payment_error;
  throw paymentError(failure?.code, failure?.decline_code);
}

/**
 * A downgrade at the period end: a schedule from the subscription, two phases (the current price to
 * the period end, then the new one), released when it ends so the subscription carries on alone.
 */
async function scheduleChange(
  { stripe }: StripeContext,
  decision: PlanChangeDecision,
  idempotencyKey: string,
): Promise<void> {
  const { subscription, item, price } = decision;
  const existing = subscription.schedule ? idOf(subscription.schedule) : null;
  const schedule = existing
    ? await read(undefined, () => stripe.subscriptionSchedules.retrieve(existing))
    : await write(() =>
        stripe.subscriptionSchedules.create({ from_subscription: subscription.id }, { idempotencyKey }),
      );
  // The current phase keeps its start: Stripe refuses to move the start of a phase under way.
  const startDate =
    schedule.current_phase?.start_date ?? schedule.phases[0]?.start_date ?? item.current_period_start;
  const interval = price.recurring?.interval ?? 'month';
  await write(() =>
    stripe.subscriptionSchedules.update(
      schedule.id,
      {
        end_behavior: 'release',
        phases: [
          {
            items: [{ price: item.price.id, quantity: item.quantity ?? 1 }],
            start_date: startDate,
            end_date: item.current_period_end,
          },
          { items: [{ price: price.id, quantity: 1 }], duration: { interval, interval_count: 1 } },
        ],
        proration_behavior: 'none',
      },
      { idempotencyKey: `${idempotencyKey}:phases` },
    ),
  );
}
