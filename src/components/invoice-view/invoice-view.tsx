import { type ComponentPropsWithoutRef, type Ref, useId } from 'react';
import {
  billingErrorCodeOf,
  formatMoney,
  type Invoice,
  type InvoiceParty,
  type Money,
  money,
} from '../../core';
import { useInvoice, useInvoicePdf } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { formatDate, formatNumber, formatPercent } from '../shared/format';
import { rootProps } from '../shared/part-props';
import { Button, InvoicePdfError } from '../shared/parts';
import { publicPart } from '../shared/render-boundary';
import { InsideRoot } from '../shared/root-scope';
import { useKit, useTranslate } from '../shared/translate';
import { InvoiceStatusBadge } from './invoice-status-badge';

/* -------------------------------------------------------------------------------------------------
 * InvoiceView
 * -----------------------------------------------------------------------------------------------*/
const INVOICE_VIEW_NAME = 'InvoiceView';

interface InvoiceViewProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The invoice to fetch with the provider's `getInvoice`. Ignored when `invoice` is given. */
  invoiceId?: string | undefined;
  /** The invoice itself, e.g. from a list page, when there is nothing to fetch. */
  invoice?: Invoice | undefined;
  /**
   * Shows "Print" (the print stylesheet leaves only the invoice on the page).
   * @default true
   */
  printable?: boolean | undefined;
  /** Classes added after the part's own `sk-InvoiceView`, e.g. for placement on the host's page. */
  className?: string | undefined;
}

/**
 * The web view of one invoice: number, issue and due dates, seller and customer, the lines with
 * quantity, unit price and amount (proration lines marked), the tax breakdown by rate with the
 * reverse-charge note where it applies, subtotal, tax, total, amount paid and due. "PDF Download"
 * when the provider has `getInvoicePdf`. Prints cleanly.
 *
 * @selector [data-slot="invoice-view"] - the root
 * @selector [data-status="loading|error|ready"] - the state of the invoice
 * @selector .sk-Skeleton[data-width="40|60"] - a loading line, by its width in per cent
 * @selector [data-slot="actions|meta|lines|taxes|reverse-charge|totals"] - the parts of the invoice
 * @selector [data-slot="lines"] tr[data-kind="subscription|proration|overage|other"] - a line by its kind
 * @selector .sk-Tag[data-variant="proration|overage"] - a prorated or overage line
 * @selector [data-slot="line-amount|subtotal|tax|total|amount-paid|amount-due"] - the amounts
 * @selector tr[data-emphasis] - the total and the amount due
 * @selector [data-numeric] - a column or cell of figures
 */
const InvoiceView = /* @__PURE__ */ publicPart<HTMLElement, InvoiceViewProps>(function InvoiceView(
  { invoiceId, invoice: invoiceProp, printable = true, ...props },
  ref,
) {
  const { theme, t } = useKit(INVOICE_VIEW_NAME);
  const query = useInvoice(invoiceProp ? null : (invoiceId ?? null));
  const invoice = invoiceProp ?? query.data;
  const root: InvoiceRootProps = rootProps(
    'sk-InvoiceView',
    'invoice-view',
    theme,
    props,
    ref as Ref<HTMLDivElement>,
  );

  const content = invoice ? (
    <InvoiceDocument invoice={invoice} printable={printable} root={root} />
  ) : query.isError ? (
    <div {...root} data-status="error">
      <BillingErrorMessage
        code={billingErrorCodeOf(query.error)}
        context={t('invoiceView.loadError')}
        onRetry={() => void query.refetch()}
      />
    </div>
  ) : (
    <div {...root} data-status="loading" aria-busy="true">
      <p className="sk-VisuallyHidden" role="status">
        {t('common.loading')}
      </p>
      <div className="sk-Skeleton sk-Skeleton--line" data-width="40" />
      <div className="sk-Skeleton sk-Skeleton--line" data-width="60" />
      <div className="sk-Skeleton sk-Skeleton--block" />
    </div>
  );
  // Always a root: the parts inside (the status badge, error messages) need no scope of their own.
  return <InsideRoot>{content}</InsideRoot>;
}, INVOICE_VIEW_NAME);

/** The host's attributes and ref with the library's own, for the root in whichever state. */
type InvoiceRootProps = ComponentPropsWithoutRef<'article'> & { ref?: Ref<HTMLDivElement> | undefined };

/** A loaded invoice: its header with the actions, dates, parties, lines, taxes and totals. */
function InvoiceDocument({
  invoice,
  printable,
  root,
}: {
  invoice: Invoice;
  printable: boolean;
  root: InvoiceRootProps;
}) {
  const { locale, t } = useKit(INVOICE_VIEW_NAME);
  const pdf = useInvoicePdf();
  const headingId = useId();
  const sellerId = useId();
  const customerId = useId();

  return (
    <article aria-labelledby={headingId} {...root} data-status="ready">
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
  const t = useTranslate(INVOICE_VIEW_NAME);
  return (
    <section className="sk-InvoiceView-party" aria-labelledby={headingId}>
      <h3 className="sk-InvoiceView-partyHeading" id={headingId}>
        {heading}
      </h3>
      <address>
        <strong>{party.name}</strong>
        {party.addressLines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list whose lines may repeat
          <span key={index}>{line}</span>
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
  const t = useTranslate(INVOICE_VIEW_NAME);
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

/** The invoice's lines with quantity, unit price and amount; proration and overage marked. */
function InvoiceLines({ invoice }: { invoice: Invoice }) {
  const { locale, t } = useKit(INVOICE_VIEW_NAME);
  return (
    <div className="sk-InvoiceView-tableScroll">
      <table className="sk-InvoiceTable" data-slot="lines">
        <caption>{t('invoiceView.lines.caption')}</caption>
        <TableHead
          label={t('invoiceView.lines.description')}
          numeric={[
            t('invoiceView.lines.quantity'),
            t('invoiceView.lines.unitAmount'),
            t('invoiceView.lines.amount'),
          ]}
        />
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
              <td data-numeric="">{formatMoney(line.unitAmount, locale)}</td>
              <td data-numeric="" data-slot="line-amount">
                {formatMoney(line.amount, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The tax breakdown by rate (or why there is none) beside subtotal, tax, total, paid and due. */
function InvoiceSummary({ invoice }: { invoice: Invoice }) {
  const { locale, t } = useKit(INVOICE_VIEW_NAME);
  const format = (value: Money) => formatMoney(value, locale);
  const taxTotal = money(
    invoice.taxes.reduce((sum, tax) => sum + tax.amount.amount, 0),
    invoice.currency,
  );
  return (
    <div className="sk-InvoiceView-summary">
      <div className="sk-InvoiceView-taxes">
        {invoice.taxes.length > 0 && (
          <table className="sk-InvoiceTable" data-slot="taxes">
            <caption>{t('invoiceView.taxes.caption')}</caption>
            <TableHead
              label={t('invoiceView.taxes.rate')}
              numeric={[t('invoiceView.taxes.taxable'), t('invoiceView.taxes.amount')]}
            />
            <tbody>
              {invoice.taxes.map((tax, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list whose lines may repeat
                <tr key={index}>
                  <th scope="row">
                    {t('invoiceView.taxes.name', {
                      name: tax.name,
                      rate: formatPercent(tax.ratePercent, locale, 2),
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
  );
}

/** A row of column headings: what each row is, then its figures, aligned to the end. */
function TableHead({ label, numeric }: { label: string; numeric: string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{label}</th>
        {numeric.map((heading) => (
          <th key={heading} scope="col" data-numeric="">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export type { InvoiceViewProps };
export { InvoiceView };
