import { useMutation } from '@tanstack/react-query';
import type { Invoice } from '../core';
import { saveInvoicePdf } from './download-invoice-pdf';
import { useBillingContext } from './subscription-kit-context';
import { useIdempotencyKeys } from './use-idempotency-keys';

/**
 * Downloads an invoice's PDF (see `saveInvoicePdf`): `mutate(invoice)`; `variables` is the invoice
 * being fetched. `null` when the provider has no `getInvoicePdf` (the action is then hidden).
 */
export function useInvoicePdf() {
  const { dataProvider, queryClient } = useBillingContext('useInvoicePdf');
  const getInvoicePdf = dataProvider.getInvoicePdf;
  // Only `once` is used: a double click downloads one file.
  const { once } = useIdempotencyKeys();
  const mutation = useMutation(
    {
      mutationFn: async (invoice: Pick<Invoice, 'id' | 'number'>) => {
        if (!getInvoicePdf) throw new Error('getInvoicePdf is not available');
        await once(invoice.id, async () =>
          saveInvoicePdf(await getInvoicePdf({ invoiceId: invoice.id }), invoice.number),
        );
      },
    },
    queryClient,
  );
  return getInvoicePdf ? mutation : null;
}
