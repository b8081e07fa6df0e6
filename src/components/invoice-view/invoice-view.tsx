import { billingErrorCodeOf, type Invoice } from '../../core';
import { useInvoice } from '../../query';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { BillingErrorMessage } from '../billing-error-message';
import { rootProps } from '../shared/class-names';
import { useTranslate } from '../shared/translate';
import { InvoiceDocument } from './invoice-document';

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
 *
 * @selector [data-status="loading|error|ready"] - the state of the invoice
 */
function InvoiceView({ invoiceId, invoice: invoiceProp, printable = true, className }: InvoiceViewProps) {
  const { theme } = useSubscriptionKitContext(INVOICE_VIEW_NAME);
  const t = useTranslate(INVOICE_VIEW_NAME);
  const query = useInvoice(invoiceProp ? null : (invoiceId ?? null));
  const invoice = invoiceProp ?? query.data;
  const root = rootProps('sk-InvoiceView', 'invoice-view', theme, className);

  if (invoice) return <InvoiceDocument invoice={invoice} printable={printable} root={root} />;
  if (query.isError) {
    return (
      <div {...root} data-status="error">
        <BillingErrorMessage
          code={billingErrorCodeOf(query.error)}
          context={t('invoiceView.loadError')}
          onRetry={() => void query.refetch()}
        />
      </div>
    );
  }
  return (
    <div {...root} data-status="loading" aria-busy="true">
      <p className="sk-VisuallyHidden" role="status">
        {t('common.loading')}
      </p>
      <div className="sk-Skeleton sk-Skeleton--line" data-width="40" />
      <div className="sk-Skeleton sk-Skeleton--line" data-width="60" />
      <div className="sk-Skeleton sk-Skeleton--block" />
    </div>
  );
}

export type { InvoiceViewProps };
export { InvoiceView };
