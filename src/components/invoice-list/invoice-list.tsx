import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import type { Invoice } from '../../core';
import { useInvoicePdf, useInvoices } from '../../query';
import { InvoiceView } from '../invoice-view';
import { CloseIcon } from '../shared/icons';
import { Panel, panelStatus } from '../shared/panel';
import { DialogContent, InvoicePdfError } from '../shared/parts';
import { publicPart } from '../shared/render-boundary';
import { useKit } from '../shared/translate';
import { InvoiceTable } from './invoice-table';

/* -------------------------------------------------------------------------------------------------
 * InvoiceList
 * -----------------------------------------------------------------------------------------------*/

const INVOICE_LIST_NAME = 'InvoiceList';

interface InvoiceListProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
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
  /** Classes added after the part's own `sk-InvoiceList`, e.g. for placement on the host's page. */
  className?: string | undefined;
}

/**
 * "Recent invoices": number, issue date, status and total, newest first, a cursor page at a time
 * with "Load more". Each row opens the web view and offers the PDF (when the provider can). Renders
 * nothing when the provider has no `listInvoices`.
 *
 * @selector [data-slot="invoice-list"] - the root
 * @selector [data-status="loading|error|empty|ready"] - the state of the list
 * @selector [data-slot="invoices"] tr[data-invoice-id] - an invoice's row
 * @selector [data-label] - a cell's column heading, shown beside it on narrow screens
 * @selector [data-numeric] - a column or cell of figures
 * @selector [data-slot="invoice-dialog"] - the built-in web view
 */
const InvoiceList = /* @__PURE__ */ publicPart<HTMLElement, InvoiceListProps>(function InvoiceList(
  { pageSize = 20, onViewInvoice, maxVisibleRows = 100, ...props },
  ref,
) {
  const { dataProvider } = useKit(INVOICE_LIST_NAME);
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
  return (
    <Panel
      name="sk-InvoiceList"
      slot="invoice-list"
      status={panelStatus(query.isError, query.isPending, invoices.length === 0)}
      strings="invoices"
      skeleton={{ className: 'sk-InvoiceList-skeleton', kind: 'row', count: 5 }}
      read={{ error: query.data === undefined ? query.error : null, retry: () => void query.refetch() }}
      rootRef={ref}
      rootAttributes={props}
    >
      <InvoicePdfError pdf={pdf} />

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
}, INVOICE_LIST_NAME);

/* -----------------------------------------------------------------------------------------------*/

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
  const { dataProvider, t } = useKit(INVOICE_LIST_NAME);
  return (
    <Dialog.Root open={invoice !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        name="sk-InvoiceDialog"
        data-slot="invoice-dialog"
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
              <CloseIcon />
            </Dialog.Close>
            {dataProvider?.getInvoice ? (
              <InvoiceView invoiceId={invoice.id} />
            ) : (
              <InvoiceView invoice={invoice} />
            )}
          </>
        )}
      </DialogContent>
    </Dialog.Root>
  );
}

export type { InvoiceListProps };
export { InvoiceList };
