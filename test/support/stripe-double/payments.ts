import type Stripe from 'stripe';

import { resourceMissing, type StripeErrorBody } from './errors.ts';
import { fixture } from './fixtures.ts';
import { type FormParams, requiredText } from './form.ts';
import { listPage } from './lists.ts';
import { type Route, route } from './router.ts';
import { type Context, findOrThrow } from './state.ts';

// Paying invoices: a PaymentIntent per attempt, recorded on the invoice's `payments` (this API
// version has no `invoice.payment_intent`), with the card's test behaviour deciding the outcome.

export type ChargeOutcome =
  | { kind: 'paid' }
  | { kind: 'declined'; error: StripeErrorBody }
  | { kind: 'requires_action' }
  | { kind: 'unattempted' };

/**
 * Attempts payment of an open invoice with `paymentMethod`. A decline leaves the invoice `open`
 * and the PaymentIntent `requires_payment_method` with `last_payment_error`; a card that needs
 * 3-D Secure leaves it `requires_action`, to be confirmed at the invoice's `hosted_invoice_url`.
 */
export function chargeInvoice(
  context: Context,
  invoice: Stripe.Invoice,
  paymentMethod: string | null,
  confirm = true,
): ChargeOutcome {
  if (invoice.amount_due === 0) {
    markPaid(context, invoice);
    return { kind: 'paid' };
  }
  const intent = createIntent(context, invoice, paymentMethod);
  if (paymentMethod === null || !confirm) return { kind: 'unattempted' };
  invoice.attempted = true;
  invoice.attempt_count += 1;
  const behaviour = context.state.cardBehaviours.get(paymentMethod) ?? { kind: 'succeeds' };
  if (behaviour.kind === 'succeeds') {
    succeed(context, invoice, intent);
    return { kind: 'paid' };
  }
  if (behaviour.kind === 'requires_action') {
    intent.status = 'requires_action';
    intent.next_action = {
      type: 'use_stripe_sdk',
      use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: invoice.hosted_invoice_url },
    };
    return { kind: 'requires_action' };
  }
  const method = context.state.paymentMethods.get(paymentMethod);
  const error = {
    type: 'card_error',
    code: behaviour.code,
    decline_code: behaviour.declineCode,
    message: behaviour.message,
    payment_method: { id: paymentMethod, type: method?.type ?? 'card' },
  } satisfies StripeErrorBody;
  intent.status = 'requires_payment_method';
  intent.last_payment_error = {
    type: 'card_error',
    code: behaviour.code,
    decline_code: behaviour.declineCode,
    message: behaviour.message,
    ...(method === undefined ? {} : { payment_method: method }),
  };
  return { kind: 'declined', error };
}

function createIntent(
  context: Context,
  invoice: Stripe.Invoice,
  paymentMethod: string | null,
): Stripe.PaymentIntent {
  const id = context.newId('pi');
  const method = paymentMethod === null ? undefined : context.state.paymentMethods.get(paymentMethod);
  const intent = {
    ...fixture('payment_intent'),
    id,
    amount: invoice.amount_due,
    amount_received: 0,
    currency: invoice.currency,
    customer: typeof invoice.customer === 'string' ? invoice.customer : (invoice.customer?.id ?? null),
    created: context.now,
    client_secret: `${id}_secret_${context.newId('s').slice(2)}`,
    payment_method: paymentMethod,
    payment_method_types: [method?.type ?? 'card'],
    status: 'requires_payment_method',
    last_payment_error: null,
    next_action: null,
    canceled_at: null,
    processing: null,
    transfer_data: null,
    description: `Payment for Invoice ${invoice.number ?? invoice.id}`,
    metadata: {},
  } satisfies Stripe.PaymentIntent;
  context.state.paymentIntents.set(id, intent);
  const payment = {
    ...fixture('invoice_payment'),
    id: context.newId('inpay'),
    invoice: invoice.id,
    amount_paid: null,
    amount_requested: invoice.amount_due,
    currency: invoice.currency,
    created: context.now,
    is_default: true,
    livemode: false,
    payment: { type: 'payment_intent', payment_intent: id },
    status: 'open',
    status_transitions: { canceled_at: null, paid_at: null },
  } satisfies Stripe.InvoicePayment;
  const payments = context.state.invoicePayments.get(invoice.id) ?? [];
  for (const earlier of payments) earlier.is_default = false;
  context.state.invoicePayments.set(invoice.id, [...payments, payment]);
  return intent;
}

/** Completes a PaymentIntent of the invoice (after 3-D Secure, or a card that succeeds). */
export function succeed(context: Context, invoice: Stripe.Invoice, intent: Stripe.PaymentIntent): void {
  intent.status = 'succeeded';
  intent.amount_received = intent.amount;
  intent.next_action = null;
  intent.last_payment_error = null;
  const payment = context.state.invoicePayments
    .get(invoice.id)
    ?.find((candidate) => candidate.payment.payment_intent === intent.id);
  if (payment !== undefined) {
    payment.status = 'paid';
    payment.amount_paid = intent.amount;
    payment.status_transitions.paid_at = context.now;
  }
  markPaid(context, invoice);
}

function markPaid(context: Context, invoice: Stripe.Invoice): void {
  invoice.status = 'paid';
  invoice.amount_paid = invoice.amount_due;
  invoice.amount_remaining = 0;
  invoice.status_transitions.paid_at = context.now;
}

/** The invoice's latest PaymentIntent, if an attempt was made. */
export function latestIntent(context: Context, invoice: Stripe.Invoice): Stripe.PaymentIntent | undefined {
  const id = context.state.invoicePayments.get(invoice.id)?.at(-1)?.payment.payment_intent;
  return typeof id === 'string' ? context.state.paymentIntents.get(id) : undefined;
}

export function voidInvoice(context: Context, invoice: Stripe.Invoice): void {
  invoice.status = 'void';
  invoice.amount_remaining = 0;
  invoice.status_transitions.voided_at = context.now;
  const intent = latestIntent(context, invoice);
  if (intent !== undefined && intent.status !== 'succeeded') {
    intent.status = 'canceled';
    intent.canceled_at = context.now;
  }
}

function listInvoicePayments(context: Context, params: FormParams) {
  const invoice = requiredText(params, 'invoice');
  const payments = [...(context.state.invoicePayments.get(invoice) ?? [])].reverse();
  return listPage('/v1/invoice_payments', payments, params);
}

export const paymentRoutes: Route[] = [
  route('GET', '/v1/payment_intents/:id', (context, _params, id) =>
    findOrThrow(context.state.paymentIntents, id ?? '', () => resourceMissing('payment_intent', id ?? '')),
  ),
  route('GET', '/v1/invoice_payments', listInvoicePayments),
];
