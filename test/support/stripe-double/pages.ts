import type Stripe from 'stripe';

import { latestIntent, succeed } from './payments.ts';
import { checkoutPage } from './setup.ts';
import type { Context } from './state.ts';
import { onInvoicePaid } from './subscription-changes.ts';

// The double's own pages, outside `/v1`: an invoice's PDF (`invoice_pdf`) and web view
// (`hosted_invoice_url`, where a payment that needs 3-D Secure is confirmed).

export interface Page {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** Serves a page for a non-API path, or `undefined` for `/v1` (and anything else: a 404). */
export function servePage(context: Context, method: string, url: URL, body: string): Page | undefined {
  if (url.pathname.startsWith('/v1/')) return undefined;
  const invoicePage = /^\/invoices\/([^/]+)\/(pdf|hosted|confirm)$/.exec(url.pathname);
  const invoice = invoicePage ? context.state.invoices.get(invoicePage[1] ?? '') : undefined;
  if (invoice === undefined || invoicePage === null) {
    return checkoutPage(context, method, url, body) ?? notFound(url);
  }
  if (invoicePage[2] === 'pdf') {
    return { status: 200, headers: { 'Content-Type': 'application/pdf' }, body: invoicePdf(invoice) };
  }
  if (invoicePage[2] === 'confirm' && method === 'POST') {
    confirmPayment(context, invoice);
    return { status: 303, headers: { Location: `/invoices/${invoice.id}/hosted` }, body: '' };
  }
  return html(200, hostedInvoice(context, invoice));
}

function notFound(url: URL): Page {
  return html(404, `<h1>Not found</h1><p>The Stripe double has no page at ${escapeHtml(url.pathname)}.</p>`);
}

/** Completing 3-D Secure: the waiting PaymentIntent succeeds and the invoice is paid. */
function confirmPayment(context: Context, invoice: Stripe.Invoice): void {
  const intent = latestIntent(context, invoice);
  if (invoice.status !== 'open' || intent?.status !== 'requires_action') return;
  succeed(context, invoice, intent);
  onInvoicePaid(context, invoice);
}

function hostedInvoice(context: Context, invoice: Stripe.Invoice): string {
  const intent = latestIntent(context, invoice);
  const action =
    invoice.status === 'open' && intent?.status === 'requires_action'
      ? `<form method="post" action="/invoices/${invoice.id}/confirm"><button type="submit">Complete authentication</button></form>`
      : '';
  const lines = invoice.lines.data
    .map((line) => `<li>${escapeHtml(line.description ?? '')}: ${money(line.amount, line.currency)}</li>`)
    .join('');
  return [
    `<h1>Invoice ${escapeHtml(invoice.number ?? invoice.id)}</h1>`,
    `<p>Status: <strong data-status="${invoice.status}">${invoice.status}</strong></p>`,
    `<ul>${lines}</ul>`,
    `<p>Amount due: ${money(invoice.amount_due, invoice.currency)}</p>`,
    action,
  ].join('');
}

function html(status: number, body: string): Page {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stripe double</title></head><body><main>${body}</main></body></html>`;
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: page };
}

function money(amount: number, currency: string): string {
  return `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A one-page PDF stating the invoice's number, total and status, with a correct xref table. */
export function invoicePdf(invoice: Stripe.Invoice): Buffer {
  const text = `Invoice ${invoice.number ?? invoice.id} - total ${money(invoice.total, invoice.currency)} - ${invoice.status}`;
  const content = `BT /F1 14 Tf 72 720 Td (${text.replace(/[()\\]/g, (character) => `\\${character}`)}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
