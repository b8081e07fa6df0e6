import type Stripe from 'stripe';

import { resourceMissing } from './errors.ts';
import { decimalString, fixture } from './fixtures.ts';
import { type FormParams, text } from './form.ts';
import type { LineSpec } from './lines.ts';
import { listPage, newestFirst } from './lists.ts';
import { type Route, route } from './router.ts';
import { type Context, findOrThrow } from './state.ts';

// Invoices: written from line specs, finalized with a number, the PDF (`invoice_pdf`) and the web
// view (`hosted_invoice_url`) served by the double; taxes are zero.

export function findInvoice(context: Context, id: string, param = 'invoice'): Stripe.Invoice {
  return findOrThrow(context.state.invoices, id, () => resourceMissing('invoice', id, param));
}

export interface InvoiceDraft {
  customer: Stripe.Customer;
  subscription: Stripe.Subscription | null;
  lines: LineSpec[];
  billingReason: Stripe.Invoice.BillingReason;
  /** A preview is not stored, numbered or applied to the customer's balance. */
  preview?: boolean;
}

/**
 * Writes an invoice as Stripe finalizes it: subtotal and total from the lines, the customer's
 * credit balance applied (a negative total becomes credit), status `open` with amount due, or
 * `draft` with an `upcoming_in_…` id for a preview.
 */
export function writeInvoice(context: Context, draft: InvoiceDraft): Stripe.Invoice {
  const { customer, subscription, preview = false } = draft;
  const id = preview ? context.newId('upcoming_in') : context.newId('in');
  const total = draft.lines.reduce((sum, line) => sum + line.amount, 0);
  const balanced = total + customer.balance;
  const amountDue = Math.max(0, balanced);
  const urls = preview ? null : `${context.origin}/invoices/${id}`;
  const invoice = {
    ...fixture('invoice'),
    id,
    customer: customer.id,
    customer_email: customer.email,
    customer_name: customer.name ?? null,
    customer_address: customer.address ?? null,
    created: context.now,
    effective_at: preview ? null : context.now,
    currency: draft.lines[0]?.price.currency ?? 'usd',
    status: preview ? 'draft' : 'open',
    number: preview ? null : nextNumber(customer),
    billing_reason: draft.billingReason,
    lines: {
      object: 'list',
      data: draft.lines.map((line) => writeLine(context, id, subscription, line)),
      has_more: false,
      url: `/v1/invoices/${id}/lines`,
    },
    subtotal: total,
    subtotal_excluding_tax: total,
    total,
    total_excluding_tax: total,
    total_taxes: [],
    total_discount_amounts: [],
    total_pretax_credit_amounts: [],
    discounts: [],
    starting_balance: customer.balance,
    ending_balance: preview ? null : Math.min(0, balanced),
    amount_due: amountDue,
    amount_paid: 0,
    amount_remaining: amountDue,
    amount_overpaid: 0,
    attempt_count: 0,
    attempted: false,
    auto_advance: !preview,
    next_payment_attempt: null,
    due_date: null,
    default_payment_method: null,
    last_finalization_error: null,
    from_invoice: null,
    latest_revision: null,
    hosted_invoice_url: urls === null ? null : `${urls}/hosted`,
    invoice_pdf: urls === null ? null : `${urls}/pdf`,
    period_start: draft.lines[0]?.period.start ?? context.now,
    period_end: draft.lines[0]?.period.end ?? context.now,
    parent: subscription === null ? null : subscriptionParent(subscription),
    status_transitions: {
      finalized_at: preview ? null : context.now,
      marked_uncollectible_at: null,
      paid_at: null,
      voided_at: null,
    },
    webhooks_delivered_at: preview ? null : context.now,
  } satisfies Stripe.Invoice;
  if (!preview) {
    customer.balance = Math.min(0, balanced);
    context.state.invoices.set(id, invoice);
  }
  return invoice;
}

function nextNumber(customer: Stripe.Customer): string {
  const sequence = customer.next_invoice_sequence ?? 1;
  customer.next_invoice_sequence = sequence + 1;
  return `${customer.invoice_prefix}-${String(sequence).padStart(4, '0')}`;
}

function subscriptionParent(subscription: Stripe.Subscription): Stripe.Invoice.Parent {
  return {
    type: 'subscription_details',
    quote_details: null,
    subscription_details: { subscription: subscription.id, metadata: { ...subscription.metadata } },
  };
}

function writeLine(
  context: Context,
  invoice: string,
  subscription: Stripe.Subscription | null,
  line: LineSpec,
): Stripe.InvoiceLineItem {
  const product = typeof line.price.product === 'string' ? line.price.product : line.price.product.id;
  return {
    ...fixture('line_item'),
    id: context.newId('il'),
    invoice,
    amount: line.amount,
    subtotal: line.amount,
    currency: line.price.currency,
    description: line.description,
    period: line.period,
    quantity: line.quantity,
    quantity_decimal: decimalString(line.quantity),
    subscription: subscription?.id ?? null,
    discount_amounts: [],
    discounts: [],
    pretax_credit_amounts: [],
    taxes: [],
    metadata: {},
    pricing: {
      type: 'price_details',
      price_details: { price: line.price.id, product },
      unit_amount_decimal: line.price.unit_amount_decimal,
    },
    parent: {
      type: 'subscription_item_details',
      invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null,
        proration: line.proration,
        proration_details: { credited_items: null },
        subscription: subscription?.id ?? null,
        subscription_item: line.subscriptionItem ?? '',
      },
    },
  } satisfies Stripe.InvoiceLineItem;
}

function listInvoices(context: Context, params: FormParams): Stripe.ApiList<Stripe.Invoice> {
  const customer = text(params, 'customer');
  const subscription = text(params, 'subscription');
  const status = text(params, 'status');
  const invoices = newestFirst(context.state.invoices).filter(
    (invoice) =>
      (customer === undefined || invoice.customer === customer) &&
      (subscription === undefined || invoice.parent?.subscription_details?.subscription === subscription) &&
      (status === undefined || invoice.status === status),
  );
  return listPage('/v1/invoices', invoices, params);
}

export const invoiceRoutes: Route[] = [
  route('GET', '/v1/invoices', listInvoices),
  route('GET', '/v1/invoices/:id', (context, _params, id) => findInvoice(context, id ?? '', 'id')),
  route('GET', '/v1/invoices/:id/lines', (context, params, id) => {
    const invoice = findInvoice(context, id ?? '', 'id');
    return listPage(invoice.lines.url, invoice.lines.data, params);
  }),
];
