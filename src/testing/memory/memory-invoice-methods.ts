import { BillingError } from '../../core';
import { renderInvoicePdf } from './build-invoice';
import type { RunCall } from './memory-calls';
import type { MemoryDataProvider } from './memory-data-provider-options';
import type { MemoryStore } from './memory-store';

type InvoiceMethods = Pick<MemoryDataProvider, 'listInvoices' | 'getInvoice' | 'getInvoicePdf'>;

/** Invoices in pages of opaque cursors, and each one's PDF as a real one-page file. */
export function memoryInvoiceMethods(store: MemoryStore, run: RunCall): InvoiceMethods {
  const { state } = store;
  return {
    listInvoices: (params) =>
      run('listInvoices', params, () => {
        store.settle();
        let start = 0;
        if (params.cursor !== null) {
          const index = state.invoices.findIndex((invoice) => `after:${invoice.id}` === params.cursor);
          if (index < 0) throw new BillingError('not_found', { message: `Unknown cursor ${params.cursor}` });
          start = index + 1;
        }
        const limit = Math.min(100, Math.max(1, Math.floor(params.limit) || 1));
        const data = state.invoices.slice(start, start + limit);
        const last = data[data.length - 1];
        const nextCursor = last && start + limit < state.invoices.length ? `after:${last.id}` : null;
        return { data, nextCursor };
      }),
    getInvoice: (params) => run('getInvoice', params, () => store.findInvoice(params.invoiceId)),
    getInvoicePdf: (params) =>
      run('getInvoicePdf', params, () => {
        const invoice = store.findInvoice(params.invoiceId);
        const blob = new Blob([renderInvoicePdf(invoice)], { type: 'application/pdf' });
        return { type: 'blob' as const, blob, fileName: `${invoice.number}.pdf` };
      }),
  };
}
