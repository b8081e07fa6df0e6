import { useId } from 'react';
import type { Invoice, InvoiceParty } from '../../core';
import { useInvoicePdf } from '../../query';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { Button } from '../shared/button';
import type { RootProps } from '../shared/class-names';
import { formatDate } from '../shared/format';
import { InvoicePdfError } from '../shared/invoice-pdf-error';
import { useTranslate } from '../shared/translate';
import { InvoiceStatusBadge } from './invoice-status-badge';
import { InvoiceLines, InvoiceSummary } from './invoice-tables';

/** A loaded invoice: its header with the actions, dates, parties, lines, taxes and totals. */
function InvoiceDocument({
  invoice,
  printable,
  root,
}: {
  invoice: Invoice;
  printable: boolean;
  root: RootProps;
}) {
  const { locale } = useSubscriptionKitContext('InvoiceView');
  const t = useTranslate('InvoiceView');
  const pdf = useInvoicePdf();
  const headingId = useId();
  const sellerId = useId();
  const customerId = useId();

  return (
    <article {...root} data-status="ready" aria-labelledby={headingId}>
      <header className="sk-InvoiceView-header">
        <div className="sk-InvoiceView-titleRow">
          <h2 className="sk-InvoiceView-title" id={headingId}>
            {t('invoiceView.title', { number: invoice.number })}
          </h2>
          <InvoiceStatusBadge status={invoice.status} />
        </div>
        <InvoiceActions invoice={invoice} printable={printable} pdf={pdf} />
      </header>

      <InvoicePdfError pdf={pdf} />

      <dl className="sk-InvoiceView-meta" data-slot="meta">
        <div>
          <dt>{t('invoiceView.number')}</dt>
          <dd>{invoice.number}</dd>
        </div>
        <div>
          <dt>{t('invoiceView.issuedAt')}</dt>
          <dd>{formatDate(invoice.issuedAt, locale)}</dd>
        </div>
        {invoice.dueAt && (
          <div>
            <dt>{t('invoiceView.dueAt')}</dt>
            <dd>{formatDate(invoice.dueAt, locale)}</dd>
          </div>
        )}
      </dl>

      <div className="sk-InvoiceView-parties">
        <Party party={invoice.seller} heading={t('invoiceView.seller')} headingId={sellerId} />
        <Party party={invoice.customer} heading={t('invoiceView.customer')} headingId={customerId} />
      </div>

      <InvoiceLines invoice={invoice} />
      <InvoiceSummary invoice={invoice} />
    </article>
  );
}

function Party({ party, heading, headingId }: { party: InvoiceParty; heading: string; headingId: string }) {
  const t = useTranslate('InvoiceView');
  return (
    <section className="sk-InvoiceView-party" aria-labelledby={headingId}>
      <h3 className="sk-InvoiceView-partyHeading" id={headingId}>
        {heading}
      </h3>
      <address>
        <strong>{party.name}</strong>
        {party.addressLines.map((line) => (
          <span key={line}>{line}</span>
        ))}
        <span>{party.country}</span>
        {party.vatId && <span>{t('invoiceView.vatId', { vatId: party.vatId })}</span>}
      </address>
    </section>
  );
}

interface InvoiceActionsProps {
  invoice: Invoice;
  printable: boolean;
  pdf: ReturnType<typeof useInvoicePdf>;
}

/** "PDF Download" when the provider can, and "Print"; hidden in the printout. */
function InvoiceActions({ invoice, printable, pdf }: InvoiceActionsProps) {
  const t = useTranslate('InvoiceView');
  if (!pdf && !printable) return null;
  return (
    <div className="sk-Actions sk-InvoiceView-actions" data-slot="actions">
      {pdf && (
        <Button
          variant="secondary"
          aria-disabled={pdf.isPending || undefined}
          onClick={() => {
            if (!pdf.isPending) pdf.mutate(invoice);
          }}
        >
          {pdf.isPending ? t('invoices.pdfDownloading') : t('invoices.pdf')}
        </Button>
      )}
      {printable && (
        <Button variant="ghost" onClick={() => window.print()}>
          {t('invoiceView.print')}
        </Button>
      )}
    </div>
  );
}

export { InvoiceDocument };
