import { useId } from 'react';
import {
  billingErrorCodeOf,
  formatMoney,
  type Invoice,
  type InvoiceLine,
  type InvoiceParty,
  type InvoiceStatus,
  money,
} from '../core';
import { isUnsafeLinkError } from '../react/download-invoice-pdf';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useInvoicePdf } from '../react/use-invoice-pdf';
import { useInvoice } from '../react/use-invoices';
import { useLibraryTranslation } from '../react/use-library-translation';
import { BillingErrorMessage } from './billing-error-message';
import { formatDate, formatNumber } from './format';

/* -------------------------------------------------------------------------------------------------
 * InvoiceView
 * -----------------------------------------------------------------------------------------------*/

const INVOICE_VIEW_NAME = 'InvoiceView';

interface InvoiceViewProps {
  /**
   * The invoice to fetch with the provider's `getInvoice`. Ignored when `invoice` is given.
   */
  invoiceId?: string | undefined;
  /** The invoice itself, e.g. from a list page, when there is nothing to fetch. */
  invoice?: Invoice | undefined;
  /**
   * Shows "Print" (the print stylesheet leaves only the invoice on the page).
   * @default true
   */
  printable?: boolean | undefined;
  className?: string | undefined;
}

/**
 * The web view of one invoice: number, issue and due dates, seller and customer, the lines with
 * quantity, unit price and amount (proration lines marked), the tax breakdown by rate with the
 * reverse-charge note where it applies, subtotal, tax, total, amount paid and due. "PDF Download"
 * when the provider has `getInvoicePdf`. Prints cleanly.
 */
function InvoiceView({ invoiceId, invoice: invoiceProp, printable = true, className }: InvoiceViewProps) {
  const { theme } = useSubscriptionKitContext(INVOICE_VIEW_NAME);
  const { t } = useLibraryTranslation(INVOICE_VIEW_NAME);
  const query = useInvoice(invoiceProp ? null : (invoiceId ?? null));
  const invoice = invoiceProp ?? query.data;
  const rootClassName = ['sk-Root', 'sk-InvoiceView', className].filter(Boolean).join(' ');

  if (invoice) return <InvoiceDocument invoice={invoice} printable={printable} className={rootClassName} />;
  if (query.isError) {
    return (
      <div className={rootClassName} data-slot="invoice-view" data-sk-theme={theme} data-status="error">
        <BillingErrorMessage
          code={billingErrorCodeOf(query.error)}
          context={t('invoiceView.loadError')}
          onRetry={() => void query.refetch()}
        />
      </div>
    );
  }
  return (
    <div
      className={rootClassName}
      data-slot="invoice-view"
      data-sk-theme={theme}
      data-status="loading"
      aria-busy="true"
    >
      <p className="sk-VisuallyHidden" role="status">
        {t('common.loading')}
      </p>
      <div className="sk-Skeleton sk-Skeleton--line" data-width="40" />
      <div className="sk-Skeleton sk-Skeleton--line" data-width="60" />
      <div className="sk-Skeleton sk-Skeleton--block" />
    </div>
  );
}

/* -----------------------------------------------------------------------------------------------*/

function InvoiceDocument({
  invoice,
  printable,
  className,
}: {
  invoice: Invoice;
  printable: boolean;
  className: string;
}) {
  const { theme, locale } = useSubscriptionKitContext(INVOICE_VIEW_NAME);
  const { t } = useLibraryTranslation(INVOICE_VIEW_NAME);
  const pdf = useInvoicePdf();
  const headingId = useId();
  const sellerId = useId();
  const customerId = useId();
  const format = (value: InvoiceLine['amount']) => formatMoney(value, locale);
  const taxTotal = money(
    invoice.taxes.reduce((sum, tax) => sum + tax.amount.amount, 0),
    invoice.currency,
  );

  return (
    <article
      className={className}
      data-slot="invoice-view"
      data-sk-theme={theme}
      data-status="ready"
      aria-labelledby={headingId}
    >
      <header className="sk-InvoiceView-header">
        <div className="sk-InvoiceView-titleRow">
          <h2 className="sk-InvoiceView-title" id={headingId}>
            {t('invoiceView.title', { number: invoice.number })}
          </h2>
          <InvoiceStatusBadge status={invoice.status} />
        </div>
        {(pdf || printable) && (
          <div className="sk-Actions sk-InvoiceView-actions" data-slot="actions">
            {pdf && (
              <button
                type="button"
                className="sk-Button"
                data-variant="secondary"
                aria-disabled={pdf.isPending || undefined}
                onClick={() => {
                  if (!pdf.isPending) pdf.mutate(invoice);
                }}
              >
                {pdf.isPending ? t('invoices.pdfDownloading') : t('invoices.pdf')}
              </button>
            )}
            {printable && (
              <button type="button" className="sk-Button" data-variant="ghost" onClick={() => window.print()}>
                {t('invoiceView.print')}
              </button>
            )}
          </div>
        )}
      </header>

      {pdf?.isError && (
        <BillingErrorMessage
          code={billingErrorCodeOf(pdf.error)}
          context={
            isUnsafeLinkError(pdf.error)
              ? t('invoices.unsafeLink')
              : t('invoices.pdfError', { number: invoice.number })
          }
          onRetry={isUnsafeLinkError(pdf.error) ? undefined : () => pdf.mutate(invoice)}
        />
      )}

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

      <div className="sk-InvoiceView-tableScroll">
        <table className="sk-InvoiceTable" data-slot="lines">
          <caption>{t('invoiceView.lines.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invoiceView.lines.description')}</th>
              <th scope="col" data-numeric="">
                {t('invoiceView.lines.quantity')}
              </th>
              <th scope="col" data-numeric="">
                {t('invoiceView.lines.unitAmount')}
              </th>
              <th scope="col" data-numeric="">
                {t('invoiceView.lines.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.lines.map((line) => (
              <tr key={line.id} data-kind={line.kind}>
                <th scope="row">
                  <span className="sk-InvoiceLine-description">{line.description}</span>
                  {line.kind === 'proration' && (
                    <span className="sk-Tag" data-variant="proration">
                      {t('invoiceView.lines.proration')}
                    </span>
                  )}
                  {line.kind === 'overage' && (
                    <span className="sk-Tag" data-variant="overage">
                      {t('invoiceView.lines.overage')}
                    </span>
                  )}
                  {line.period && (
                    <span className="sk-InvoiceLine-period">
                      {t('invoiceView.lines.period', {
                        start: formatDate(line.period.start, locale),
                        end: formatDate(line.period.end, locale, { exclusiveEnd: true }),
                      })}
                    </span>
                  )}
                </th>
                <td data-numeric="">{formatNumber(line.quantity, locale)}</td>
                <td data-numeric="">{format(line.unitAmount)}</td>
                <td data-numeric="" data-slot="line-amount">
                  {format(line.amount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="sk-InvoiceView-summary">
        <div className="sk-InvoiceView-taxes">
          {invoice.taxes.length > 0 && (
            <table className="sk-InvoiceTable" data-slot="taxes">
              <caption>{t('invoiceView.taxes.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('invoiceView.taxes.rate')}</th>
                  <th scope="col" data-numeric="">
                    {t('invoiceView.taxes.taxable')}
                  </th>
                  <th scope="col" data-numeric="">
                    {t('invoiceView.taxes.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {invoice.taxes.map((tax) => (
                  <tr key={`${tax.name}:${tax.ratePercent}`}>
                    <th scope="row">
                      {t('invoiceView.taxes.name', {
                        name: tax.name,
                        rate: formatRate(tax.ratePercent, locale),
                      })}
                    </th>
                    <td data-numeric="">{format(tax.taxableAmount)}</td>
                    <td data-numeric="">{format(tax.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {invoice.reverseCharge && (
            <p className="sk-InvoiceView-note" data-slot="reverse-charge">
              {t('invoiceView.reverseCharge')}
            </p>
          )}
          {invoice.taxes.length === 0 && !invoice.reverseCharge && (
            <p className="sk-InvoiceView-note">{t('invoiceView.noTax')}</p>
          )}
        </div>

        <table className="sk-InvoiceTotals" data-slot="totals">
          <caption className="sk-VisuallyHidden">{t('invoiceView.totals')}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('invoiceView.subtotal')}</th>
              <td data-slot="subtotal">{format(invoice.subtotal)}</td>
            </tr>
            <tr>
              <th scope="row">{t('invoiceView.tax')}</th>
              <td data-slot="tax">{format(taxTotal)}</td>
            </tr>
            <tr data-emphasis="">
              <th scope="row">{t('invoiceView.total')}</th>
              <td data-slot="total">{format(invoice.total)}</td>
            </tr>
            <tr>
              <th scope="row">{t('invoiceView.amountPaid')}</th>
              <td data-slot="amount-paid">{format(invoice.amountPaid)}</td>
            </tr>
            <tr data-emphasis="">
              <th scope="row">{t('invoiceView.amountDue')}</th>
              <td data-slot="amount-due">{format(invoice.amountDue)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </article>
  );
}

function Party({ party, heading, headingId }: { party: InvoiceParty; heading: string; headingId: string }) {
  const { t } = useLibraryTranslation(INVOICE_VIEW_NAME);
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

/* -------------------------------------------------------------------------------------------------
 * InvoiceStatusBadge
 * -----------------------------------------------------------------------------------------------*/

/** Paid, open, void, uncollectible (and draft), as a badge whose colour follows the status. */
function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useLibraryTranslation('InvoiceStatusBadge');
  return (
    <span className="sk-InvoiceStatus" data-invoice-status={status}>
      {invoiceStatusText(status, t)}
    </span>
  );
}

type Translate = ReturnType<typeof useLibraryTranslation>['t'];

function invoiceStatusText(status: InvoiceStatus, t: Translate): string {
  switch (status) {
    case 'draft':
      return t('invoices.status.draft');
    case 'open':
      return t('invoices.status.open');
    case 'paid':
      return t('invoices.status.paid');
    case 'void':
      return t('invoices.status.void');
    case 'uncollectible':
      return t('invoices.status.uncollectible');
    default:
      status satisfies never;
      return status;
  }
}

/** `25` → "25 %" (da), "25%" (en); `25.5` keeps its decimal. */
function formatRate(ratePercent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    ratePercent / 100,
  );
}

export type { InvoiceViewProps };
export { InvoiceStatusBadge, InvoiceView };
