import { memo, useEffect, useRef, useState } from 'react';
import { billingErrorCodeOf, formatMoney, type Invoice } from '../../core';
import { BillingErrorMessage } from '../billing-error-message';
import { InvoiceStatusBadge } from '../invoice-view';
import { formatDate, formatNumber } from '../shared/format';
import { Button } from '../shared/parts';
import { useKit, useTranslate } from '../shared/translate';

const INVOICE_LIST_NAME = 'InvoiceList';

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
  const t = useTranslate(INVOICE_LIST_NAME);
  const { tableRef, view, lastView, first, visible, loadMore, showView } = useInvoiceViews({
    invoices,
    maxVisibleRows,
    hasNextPage,
    isFetchingNextPage,
    fetchNextPage,
  });
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
      <InvoiceTableFooter
        first={first}
        shown={visible.length}
        total={invoices.length}
        paged={paged}
        onNewer={view > 0 ? () => showView(view - 1) : null}
        onOlder={view < lastView ? () => showView(view + 1) : null}
        onLoadMore={view === lastView && hasNextPage ? loadMore : null}
        loadingMore={isFetchingNextPage}
      />
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

type InvoiceViewsOptions = Pick<
  InvoiceTableProps,
  'invoices' | 'maxVisibleRows' | 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'
>;

/** The view of rows on screen, and where focus goes as views change and pages arrive. */
function useInvoiceViews({
  invoices,
  maxVisibleRows,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: InvoiceViewsOptions) {
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
  return { tableRef, view, lastView, first, visible, loadMore, showView };
}

interface InvoiceRowProps {
  invoice: Invoice;
  onView: (invoice: Invoice) => void;
  onDownload: ((invoice: Invoice) => void) | null;
  downloading: boolean;
}

/** One invoice; memoised, so loading another page renders only the new rows. */
const InvoiceRow = memo(function InvoiceRow({ invoice, onView, onDownload, downloading }: InvoiceRowProps) {
  const { locale, t } = useKit(INVOICE_LIST_NAME);
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
        <Button
          variant="ghost"
          size="small"
          aria-label={t('invoices.webViewLabel', { number: invoice.number })}
          onClick={() => onView(invoice)}
        >
          {t('invoices.webView')}
        </Button>
        {onDownload && (
          <Button
            variant="ghost"
            size="small"
            aria-label={downloading ? undefined : t('invoices.pdfLabel', { number: invoice.number })}
            aria-disabled={downloading || undefined}
            onClick={() => onDownload(invoice)}
          >
            {downloading ? t('invoices.pdfDownloading') : t('invoices.pdf')}
          </Button>
        )}
      </td>
    </tr>
  );
});

interface InvoiceTableFooterProps {
  /** The index of the first row on screen. */
  first: number;
  shown: number;
  total: number;
  paged: boolean;
  /** Each move is `null` where there is nowhere to go. */
  onNewer: (() => void) | null;
  onOlder: (() => void) | null;
  onLoadMore: (() => void) | null;
  loadingMore: boolean;
}

/** Which invoices are on screen, and the ways to the newer, the older and the next page. */
function InvoiceTableFooter({
  first,
  shown,
  total,
  paged,
  onNewer,
  onOlder,
  onLoadMore,
  loadingMore,
}: InvoiceTableFooterProps) {
  const { locale, t } = useKit(INVOICE_LIST_NAME);
  return (
    <footer className="sk-InvoiceList-footer">
      <p className="sk-Muted" role="status">
        {paged
          ? t('invoices.range', {
              from: formatNumber(first + 1, locale),
              to: formatNumber(first + shown, locale),
              total: formatNumber(total, locale),
            })
          : t('invoices.shown', { count: total })}
      </p>
      <div className="sk-Actions">
        {onNewer && (
          <Button variant="ghost" onClick={onNewer}>
            {t('invoices.newer')}
          </Button>
        )}
        {onOlder && (
          <Button variant="ghost" onClick={onOlder}>
            {t('invoices.older')}
          </Button>
        )}
        {onLoadMore && (
          <Button variant="ghost" aria-disabled={loadingMore || undefined} onClick={onLoadMore}>
            {loadingMore ? t('invoices.loadingMore') : t('invoices.loadMore')}
          </Button>
        )}
      </div>
    </footer>
  );
}

export { InvoiceTable };
