import {
  addMoney,
  type BillingInterval,
  currencyFractionDigits,
  type Invoice,
  type InvoiceLine,
  type InvoiceParty,
  type InvoiceStatus,
  type Money,
  money,
  multiplyMoney,
  type Plan,
} from '../../core';
import { vatTreatment } from './vat';

/** What an invoice is made of; the amounts, taxes and totals are computed. */
export interface InvoiceDraft {
  id: string;
  number: string;
  status: InvoiceStatus;
  issuedAt: string;
  dueAt?: string | undefined;
  currency: string;
  seller: InvoiceParty;
  customer: InvoiceParty;
  lines: Omit<InvoiceLine, 'amount'>[];
}

/**
 * Builds an invoice that adds up: each line is `unitAmount × quantity`, the subtotal their sum,
 * VAT by the customer's country (see `vatTreatment`), rounded half up once on the subtotal.
 */
export function buildInvoice(draft: InvoiceDraft): Invoice {
  const { currency } = draft;
  const lines: InvoiceLine[] = draft.lines.map((line) => ({
    ...line,
    amount: multiplyMoney(line.unitAmount, line.quantity),
  }));
  const subtotal = lines.reduce((sum, line) => addMoney(sum, line.amount), money(0, currency));
  const treatment = vatTreatment(draft.seller, draft.customer);
  const tax = multiplyMoney(subtotal, treatment.basisPoints, 10_000);
  const total = addMoney(subtotal, tax);
  const paid = draft.status === 'paid' ? total.amount : 0;
  const settled = draft.status === 'paid' || draft.status === 'void';
  const invoice: Invoice = {
    id: draft.id,
    number: draft.number,
    status: draft.status,
    issuedAt: draft.issuedAt,
    currency,
    seller: draft.seller,
    customer: draft.customer,
    lines,
    subtotal,
    taxes: treatment.taxed
      ? [{ name: 'VAT', ratePercent: treatment.basisPoints / 100, taxableAmount: subtotal, amount: tax }]
      : [],
    total,
    amountPaid: money(paid, currency),
    amountDue: money(settled ? 0 : total.amount, currency),
    reverseCharge: treatment.reverseCharge,
  };
  if (draft.dueAt !== undefined) invoice.dueAt = draft.dueAt;
  return invoice;
}

/** How an invoice line names a plan's subscription: "Support Scale, monthly". */
export function subscriptionLineName(plan: Plan, interval: BillingInterval): string {
  return `${plan.name}, ${interval === 'year' ? 'yearly' : 'monthly'}`;
}

function formatAmount(value: Money): string {
  const digits = currencyFractionDigits(value.currency);
  return `${value.currency} ${(value.amount / 10 ** digits).toFixed(digits)}`;
}

/** PDF strings take ASCII here (the standard font's encoding); anything else prints as `?`. */
function pdfText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, '\\$&');
}

/**
 * A one-page PDF of the invoice (Helvetica, plain text), so stories and tests can download a real
 * file without a PDF library.
 */
export function renderInvoicePdf(invoice: Invoice): string {
  const rows = [
    `Invoice ${invoice.number}`,
    `Issued ${invoice.issuedAt.slice(0, 10)}${invoice.dueAt ? `, due ${invoice.dueAt.slice(0, 10)}` : ''}`,
    `From ${invoice.seller.name}${invoice.seller.vatId ? `, VAT ${invoice.seller.vatId}` : ''}`,
    `To ${invoice.customer.name}${invoice.customer.vatId ? `, VAT ${invoice.customer.vatId}` : ''}`,
    '',
    ...invoice.lines.map((line) => `${line.quantity} x ${line.description}: ${formatAmount(line.amount)}`),
    '',
    `Subtotal ${formatAmount(invoice.subtotal)}`,
    ...invoice.taxes.map((tax) => `${tax.name} ${tax.ratePercent}%: ${formatAmount(tax.amount)}`),
    `Total ${formatAmount(invoice.total)}`,
    ...(invoice.reverseCharge ? ['Reverse charge: VAT to be accounted for by the recipient.'] : []),
  ];
  const content = `BT /F1 11 Tf 56 780 Td 16 TL ${rows.map((row) => `(${pdfText(row)}) '`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  return `${pdf}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}
