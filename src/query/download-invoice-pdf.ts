import { BillingError, isBillingError } from '../core';
import type { InvoicePdf } from '../provider';
import { toSafeUrl } from './safe-url';

/**
 * Object URLs are revoked a moment after the click: the download has started by then, and some
 * browsers drop a download whose URL is revoked in the same task.
 */
const REVOKE_DELAY_MS = 1_000;

/**
 * Hands an invoice PDF to the browser. A URL opens in a new tab, but only an `https:` URL or a
 * same-origin path: anything else (`javascript:`, `data:` …) is refused with an `invalid_response`
 * error (`details.reason` `unsafe_url`) and never followed. A Blob is downloaded under a meaningful
 * file name (`invoice-SK-2026-0024.pdf`, or the provider's own) and its object URL revoked after.
 */
export function saveInvoicePdf(pdf: InvoicePdf, invoiceNumber: string): void {
  switch (pdf.type) {
    case 'url': {
      const safeUrl = toSafeUrl(pdf.url);
      if (safeUrl === null) {
        throw new BillingError('invalid_response', {
          message: 'The invoice PDF link is not an https: URL or a same-origin path',
          details: { reason: 'unsafe_url' },
        });
      }
      clickLink(safeUrl, (link) => {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      });
      return;
    }
    case 'blob': {
      const objectUrl = URL.createObjectURL(pdf.blob);
      try {
        clickLink(objectUrl, (link) => {
          link.download = pdfFileName(pdf.fileName, invoiceNumber);
        });
      } finally {
        setTimeout(() => URL.revokeObjectURL(objectUrl), REVOKE_DELAY_MS);
      }
      return;
    }
    default:
      pdf satisfies never;
  }
}

/**
 * True for a link the provider sent that is not safe to follow: refused here, or by the boundary
 * validation (which reports the field `pdf.url` of the PDF or `result.url` of the add-payment-method
 * redirect).
 */
export function isUnsafeLinkError(error: unknown): boolean {
  if (!isBillingError(error) || error.code !== 'invalid_response') return false;
  const details = error.details ?? {};
  return (
    details.reason === 'unsafe_url' || (typeof details.path === 'string' && /(^|\.)url$/.test(details.path))
  );
}

/** `invoice-SK-2026-0024.pdf`: letters, digits, dot, dash and underscore only, ending in `.pdf`. */
function pdfFileName(providerFileName: string | undefined, invoiceNumber: string): string {
  const base = (providerFileName ?? `invoice-${invoiceNumber}`)
    .replace(/\.pdf$/i, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|-+$/g, '');
  return `${base || 'invoice'}.pdf`;
}

function clickLink(href: string, configure: (link: HTMLAnchorElement) => void): void {
  const link = document.createElement('a');
  link.href = href;
  link.style.display = 'none';
  configure(link);
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}
