import type Stripe from 'stripe';
import {
  BillingError,
  type Invoice,
  type InvoiceLine,
  type InvoiceParty,
  type InvoiceStatus,
  money,
  type TaxLine,
} from '../core';
import type { InvoicePage, InvoicePdf } from '../provider';
import { addressLines, currencyFromStripe, idOf, isoFromUnix } from './stripe-conventions';
import { read } from './stripe-errors';
import type { StripeContext } from './stripe-subscription';

/*
 * Invoices: Stripe's list pages with `has_more` and `starting_after`, the cursor is the last id of a
 * page. A draft is the business's, not yet the customer's, and is never shown.
 */

function statusFromStripe(status: Stripe.Invoice.Status | null): InvoiceStatus {
  switch (status) {
    case 'open':
      return 'open';
    case 'paid':
      return 'paid';
    case 'void':
      return 'void';
    case 'uncollectible':
      return 'uncollectible';
    default:
      return 'draft';
  }
}

export function toInvoice(invoice: Stripe.Invoice, seller: InvoiceParty): Invoice {
  const currency = currencyFromStripe(invoice.currency);
  const amount = (cents: number) => money(cents, currency);
  return {
    id: invoice.id ?? '',
    number: invoice.number ?? invoice.id ?? '',
    status: statusFromStripe(invoice.status),
    issuedAt: isoFromUnix(invoice.created),
    ...(invoice.due_date !== null ? { dueAt: isoFromUnix(invoice.due_date) } : {}),
    currency,
    seller,
    customer: {
      name: invoice.customer_name ?? '',
      addressLines: addressLines(invoice.customer_address),
      country: invoice.customer_address?.country?.toUpperCase() ?? '',
      vatId: invoice.customer_tax_ids?.[0]?.value ?? null,
    },
    // Stripe embeds the first lines only; an invoice with more needs its line items listed page by page.
    lines: invoice.lines.data.map((line) => toInvoiceLine(line, currency)),
    subtotal: amount(invoice.subtotal),
    taxes: (invoice.total_taxes ?? []).map((tax) => toTaxLine(tax, currency)),
    total: amount(invoice.total),
    amountPaid: amount(invoice.amount_paid),
    amountDue: amount(invoice.amount_remaining),
    reverseCharge: invoice.customer_tax_exempt === 'reverse',
  };
}

/** The rate is the tax over its taxable amount: Stripe's total names the tax rate by id only. */
function toTaxLine(tax: Stripe.Invoice.TotalTax, currency: string): TaxLine {
  const taxable = tax.taxable_amount ?? 0;
  return {
    name: 'VAT',
    ratePercent: taxable > 0 ? Math.round((tax.amount / taxable) * 10000) / 100 : 0,
    taxableAmount: money(taxable, currency),
    amount: money(tax.amount, currency),
  };
}

function toInvoiceLine(line: Stripe.InvoiceLineItem, currency: string): InvoiceLine {
  // `amount` must be `unitAmount × quantity`: a proration's price is the full price, so its unit
  // amount is the line's own amount.
  const stated = line.quantity ?? 1;
  const quantity = stated > 0 && line.amount % stated === 0 ? stated : 1;
  const details = line.parent?.subscription_item_details;
  const kind = details?.proration
    ? 'proration'
    : line.metadata.kind === 'overage'
      ? 'overage'
      : details
        ? 'subscription'
        : 'other';
  return {
    id: line.id,
    kind,
    description: line.description ?? '',
    quantity,
    unitAmount: money(line.amount / quantity, currency),
    amount: money(line.amount, currency),
    period: { start: isoFromUnix(line.period.start), end: isoFromUnix(line.period.end) },
  };
}

export async function listInvoices(
  { stripe, customerId, options }: StripeContext,
  { cursor, limit, signal }: { cursor: string | null; limit: number; signal?: AbortSignal | undefined },
): Promise<InvoicePage> {
  // A cursor is one of the customer's invoices (a draft too: it may end a page).
  if (cursor !== null) await findInvoice({ stripe, customerId }, cursor, signal, { draftsToo: true });
  const page = await read(signal, () =>
    stripe.invoices.list({
      customer: customerId,
      limit: Math.min(100, Math.max(1, Math.floor(limit))),
      ...(cursor !== null ? { starting_after: cursor } : {}),
    }),
  );
  // The cursor is the page's last invoice, drafts included, so the next page follows on.
  const last = page.data.at(-1);
  return {
    data: page.data
      .filter((invoice) => invoice.status !== 'draft')
      .map((invoice) => toInvoice(invoice, options.seller)),
    nextCursor: page.has_more && last?.id ? last.id : null,
  };
}

/** The customer's invoice; another customer's, or a draft, is `not_found`. */
export async function findInvoice(
  { stripe, customerId }: Pick<StripeContext, 'stripe' | 'customerId'>,
  invoiceId: string,
  signal?: AbortSignal,
  { draftsToo = false } = {},
): Promise<Stripe.Invoice> {
  const invoice = await read(signal, () => stripe.invoices.retrieve(invoiceId));
  const owner = invoice.customer ? idOf(invoice.customer) : null;
  if (owner !== customerId || (invoice.status === 'draft' && !draftsToo)) {
    throw new BillingError('not_found', { message: 'No such invoice', details: { invoiceId } });
  }
  return invoice;
}

/** The PDF as Stripe's link: the browser downloads it from Stripe. */
export async function invoicePdf(
  context: StripeContext,
  invoiceId: string,
  signal?: AbortSignal,
): Promise<InvoicePdf> {
  const invoice = await findInvoice(context, invoiceId, signal);
  if (!invoice.invoice_pdf) {
    throw new BillingError('not_found', { message: 'The invoice has no PDF yet', details: { invoiceId } });
  }
  return { type: 'url', url: invoice.invoice_pdf };
}
