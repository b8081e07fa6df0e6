import * as Dialog from '@radix-ui/react-dialog';
import { memo, type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { billingErrorCodeOf, formatMoney, type Invoice } from '../core';
import { isUnsafeLinkError } from '../react/download-invoice-pdf';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useInvoicePdf } from '../react/use-invoice-pdf';
import { useInvoices } from '../react/use-invoices';
import { useLibraryTranslation } from '../react/use-library-translation';
import { BillingErrorMessage } from './billing-error-message';
import { formatDate, formatNumber } from './format';
import { InvoiceStatusBadge, InvoiceView } from './invoice-view';
import { Panel } from './panel';

/* -------------------------------------------------------------------------------------------------
 * InvoiceList
 * -----------------------------------------------------------------------------------------------*/

const INVOICE_LIST_NAME = 'InvoiceList';

interface InvoiceListProps {
  /**
   * Invoices fetched per "Load more" (a cursor page; the provider may cap it).
   * @default 20
   */
  pageSize?: number | undefined;
  /**
   * Opens an invoice's web view, e.g. on the host's own route. By default it opens in a dialog
   * with `InvoiceView`.
   */
  onViewInvoice?: ((invoice: Invoice) => void) | undefined;
  /**
   * The most rows on screen at once. A longer history is shown in views of this many rows
   * ("Newer invoices", "Older invoices"), so the list stays responsive with thousands loaded.
   * @default 100
   */
  maxVisibleRows?: number | undefined;
  className?: string | undefined;
}

/**
 * "Recent invoices": number, issue date, status and total, newest first, a cursor page at a time
 * with "Load more". Each row opens the web view and offers the PDF (when the provider can). Renders
 * nothing when the provider has no `listInvoices`.
 */
function InvoiceList({ pageSize = 20, onViewInvoice, maxVisibleRows = 100, className }: InvoiceListProps) {
  const { dataProvider } = useSubscriptionKitContext(INVOICE_LIST_NAME);
  const { t } = useLibraryTranslation(INVOICE_LIST_NAME);
  const query = useInvoices({ pageSize });
  const pdf = useInvoicePdf();
  const [viewing, setViewing] = useState<Invoice | null>(null);
  // The dialog has no trigger of its own: focus goes back to the row's button that opened it.
  const opener = useRef<HTMLElement | null>(null);
  const invoices = useMemo(() => query.data?.pages.flatMap((page) => page.data) ?? [], [query.data]);

  // Rows are memoised: callbacks must keep their identity across renders, so they read the
  // latest props and mutation through refs.
  const latest = useRef({ onViewInvoice, pdf });
  latest.current = { onViewInvoice, pdf };
  const view = useCallback((invoice: Invoice) => {
    const { onViewInvoice: onView } = latest.current;
    if (onView) onView(invoice);
    else {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setViewing(invoice);
    }
  }, []);
  const download = useCallback((invoice: Invoice) => {
    const mutation = latest.current.pdf;
    if (mutation && !mutation.isPending) mutation.mutate(invoice);
  }, []);

  if (!dataProvider?.listInvoices) return null;
  const status = query.isError
    ? 'error'
    : query.isPending
      ? 'loading'
      : invoices.length === 0
        ? 'empty'
        : 'ready';

  return (
    <Panel
      name="sk-InvoiceList"
      slot="invoice-list"
      status={status}
      title={t('invoices.title')}
      className={className}
    >
      {status === 'loading' && (
        <div className="sk-InvoiceList-skeleton">
          <p className="sk-VisuallyHidden" role="status">
            {t('common.loading')}
          </p>
          {SKELETON_ROWS.map((row) => (
            <div key={row} className="sk-Skeleton sk-Skeleton--row" />
          ))}
        </div>
      )}

      {status === 'error' && query.data === undefined && (
        <BillingErrorMessage
          code={billingErrorCodeOf(query.error)}
          context={t('invoices.loadError')}
          onRetry={() => void query.refetch()}
        />
      )}

      {status === 'empty' && <p className="sk-Empty">{t('invoices.empty')}</p>}

      {pdf?.isError && (
        <BillingErrorMessage
          code={billingErrorCodeOf(pdf.error)}
          context={
            isUnsafeLinkError(pdf.error)
              ? t('invoices.unsafeLink')
              : t('invoices.pdfError', { number: pdf.variables.number })
          }
          onRetry={isUnsafeLinkError(pdf.error) ? undefined : () => pdf.mutate(pdf.variables)}
        />
      )}

      {invoices.length > 0 && (
        <InvoiceTable
          invoices={invoices}
          maxVisibleRows={maxVisibleRows}
          onView={view}
          onDownload={pdf ? download : null}
          downloadingId={pdf?.isPending ? pdf.variables.id : null}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          fetchNextPage={query.fetchNextPage}
          nextPageError={query.isFetchNextPageError ? query.error : null}
        />
      )}

      <InvoiceDialog invoice={viewing} onClose={() => setViewing(null)} returnFocusTo={opener} />
    </Panel>
  );
}

const SKELETON_ROWS = [1, 2, 3, 4, 5];

/* -----------------------------------------------------------------------------------------------*/

interface InvoiceTableProps {
  invoices: Invoice[];
  maxVisibleRows: number;
  onView: (invoice: Invoice) => void;
  onDownload: ((invoice: Invoice) => void) | null;
  downloadingId: string | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
  nextPageError: Error | null;
}

/**
 * The loaded invoices, at most `maxVisibleRows` at a time: thousands of table rows take seconds to
 * lay out (measured in Chromium), so a long history is shown in views of that many rows, with
 * "Newer invoices" and "Older invoices" between them and "Load more" after the last one.
 */
function InvoiceTable({
  invoices,
  maxVisibleRows,
  onView,
  onDownload,
  downloadingId,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  nextPageError,
}: InvoiceTableProps) {
  const { locale } = useSubscriptionKitContext(INVOICE_LIST_NAME);
  const { t } = useLibraryTranslation(INVOICE_LIST_NAME);
  const tableRef = useRef<HTMLTableElement>(null);
  const [view, setView] = useState(0);
  // The row (index in `invoices`) to focus once it is on screen: after "Load more" removed its
  // button or opened a new view, and after moving between views.
  const focusRow = useRef<number | null>(null);
  const lastView = Math.max(0, Math.ceil(invoices.length / maxVisibleRows) - 1);
  const first = view * maxVisibleRows;
  const visible = invoices.slice(first, first + maxVisibleRows);

  useEffect(() => {
    const index = focusRow.current;
    if (index === null || isFetchingNextPage) return;
    if (index >= invoices.length) {
      // Nothing arrived (a failed page): focus stays where it is.
      focusRow.current = null;
      return;
    }
    const target = Math.floor(index / maxVisibleRows);
    if (target !== view) {
      setView(target);
      return;
    }
    focusRow.current = null;
    // Rows appended under a "Load more" that is still there: focus stays on the button. A new view,
    // or a button that went away with the last page, moves focus to the first new row.
    if (index !== first && hasNextPage && view === lastView) return;
    tableRef.current?.querySelectorAll<HTMLElement>('tbody th')[index - first]?.focus();
  });

  const loadMore = () => {
    if (isFetchingNextPage) return;
    focusRow.current = invoices.length;
    void fetchNextPage();
  };
  const showView = (next: number) => {
    focusRow.current = next * maxVisibleRows;
    setView(next);
  };
  const paged = invoices.length > maxVisibleRows;

  return (
    <>
      <div className="sk-InvoiceList-table">
        <table ref={tableRef} className="sk-InvoiceTable" data-slot="invoices">
          <caption className="sk-VisuallyHidden">{t('invoices.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invoices.columns.number')}</th>
              <th scope="col">{t('invoices.columns.issuedAt')}</th>
              <th scope="col">{t('invoices.columns.status')}</th>
              <th scope="col" data-numeric="">
                {t('invoices.columns.total')}
              </th>
              <th scope="col">
                <span className="sk-VisuallyHidden">{t('invoices.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((invoice) => (
              <InvoiceRow
                key={invoice.id}
                invoice={invoice}
                onView={onView}
                onDownload={onDownload}
                downloading={downloadingId === invoice.id}
              />
            ))}
          </tbody>
        </table>
      </div>
      <footer className="sk-InvoiceList-footer">
        <p className="sk-Muted" role="status">
          {paged
            ? t('invoices.range', {
                from: formatNumber(first + 1, locale),
                to: formatNumber(first + visible.length, locale),
                total: formatNumber(invoices.length, locale),
              })
            : t('invoices.shown', { count: invoices.length })}
        </p>
        <div className="sk-Actions">
          {view > 0 && (
            <button
              type="button"
              className="sk-Button"
              data-variant="ghost"
              onClick={() => showView(view - 1)}
            >
              {t('invoices.newer')}
            </button>
          )}
          {view < lastView && (
            <button
              type="button"
              className="sk-Button"
              data-variant="ghost"
              onClick={() => showView(view + 1)}
            >
              {t('invoices.older')}
            </button>
          )}
          {view === lastView && hasNextPage && (
            <button
              type="button"
              className="sk-Button"
              data-variant="ghost"
              aria-disabled={isFetchingNextPage || undefined}
              onClick={loadMore}
            >
              {isFetchingNextPage ? t('invoices.loadingMore') : t('invoices.loadMore')}
            </button>
          )}
        </div>
      </footer>
      {nextPageError && (
        <BillingErrorMessage
          code={billingErrorCodeOf(nextPageError)}
          context={t('invoices.loadMoreError')}
          onRetry={loadMore}
        />
      )}
    </>
  );
}

interface InvoiceRowProps {
  invoice: Invoice;
  onView: (invoice: Invoice) => void;
  onDownload: ((invoice: Invoice) => void) | null;
  downloading: boolean;
}

/** One invoice; memoised, so loading another page renders only the new rows. */
const InvoiceRow = memo(function InvoiceRow({ invoice, onView, onDownload, downloading }: InvoiceRowProps) {
  const { locale } = useSubscriptionKitContext(INVOICE_LIST_NAME);
  const { t } = useLibraryTranslation(INVOICE_LIST_NAME);
  return (
    <tr data-invoice-id={invoice.id}>
      <th scope="row" tabIndex={-1} data-label={t('invoices.columns.number')}>
        {invoice.number}
      </th>
      <td data-label={t('invoices.columns.issuedAt')}>{formatDate(invoice.issuedAt, locale)}</td>
      <td data-label={t('invoices.columns.status')}>
        <InvoiceStatusBadge status={invoice.status} />
      </td>
      <td data-numeric="" data-label={t('invoices.columns.total')}>
        {formatMoney(invoice.total, locale)}
      </td>
      <td className="sk-InvoiceList-actions">
        <button
          type="button"
          className="sk-Button"
          data-variant="ghost"
          data-size="small"
          aria-label={t('invoices.webViewLabel', { number: invoice.number })}
          onClick={() => onView(invoice)}
        >
          {t('invoices.webView')}
        </button>
        {onDownload && (
          <button
            type="button"
            className="sk-Button"
            data-variant="ghost"
            data-size="small"
            aria-label={downloading ? undefined : t('invoices.pdfLabel', { number: invoice.number })}
            aria-disabled={downloading || undefined}
            onClick={() => onDownload(invoice)}
          >
            {downloading ? t('invoices.pdfDownloading') : t('invoices.pdf')}
          </button>
        )}
      </td>
    </tr>
  );
});

/** The built-in web view: `InvoiceView` in a dialog; focus returns to the row's button on close. */
function InvoiceDialog({
  invoice,
  onClose,
  returnFocusTo,
}: {
  invoice: Invoice | null;
  onClose: () => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}) {
  const { theme, dataProvider } = useSubscriptionKitContext('InvoiceDialog');
  const { t } = useLibraryTranslation('InvoiceDialog');
  return (
    <Dialog.Root open={invoice !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="sk-Root sk-Overlay" data-sk-theme={theme} />
        <Dialog.Content
          className="sk-Root sk-InvoiceDialog"
          data-slot="invoice-dialog"
          data-sk-theme={theme}
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocusTo.current?.focus();
          }}
        >
          {invoice && (
            <>
              <Dialog.Title className="sk-VisuallyHidden">
                {t('invoiceView.title', { number: invoice.number })}
              </Dialog.Title>
              <Dialog.Close className="sk-IconButton sk-InvoiceDialog-close" aria-label={t('common.close')}>
                <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                  <path
                    d="M4 4l8 8M12 4l-8 8"
                    stroke="currentColor"
                    strokeWidth="1.75"
                    strokeLinecap="round"
                  />
                </svg>
              </Dialog.Close>
              {dataProvider?.getInvoice ? (
                <InvoiceView invoiceId={invoice.id} />
              ) : (
                <InvoiceView invoice={invoice} />
              )}
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

export type { InvoiceListProps };
export { InvoiceList };
