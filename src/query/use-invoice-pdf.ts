import type { UseMutationResult } from '@tanstack/react-query';
import { BillingError, type Invoice } from '../core';
import { toBillingError } from '../provider/to-billing-error';
import { saveInvoicePdf } from './download-invoice-pdf';
import type { BillingMutationOptions } from './mutation-options';
import { subscriptionKitKeys } from './query-keys';
import { useBillingContext } from './subscription-kit-data-context';
import { useIntentMutation } from './use-intent-mutation';

/**
 * Downloads an invoice's PDF (see `saveInvoicePdf`): `mutate(invoice)`; `variables` is the invoice
 * being fetched. A double click downloads one file. `null` when the provider has no
 * `getInvoicePdf` (the action is then hidden).
 */
export function useInvoicePdf(): UseMutationResult<
  void,
  BillingError,
  Pick<Invoice, 'id' | 'number'>
> | null {
  const { dataProvider, queryClient } = useBillingContext('useInvoicePdf');
  const getInvoicePdf = dataProvider.getInvoicePdf;
  const options: BillingMutationOptions<void, Pick<Invoice, 'id' | 'number'>> = {
    mutationKey: [...subscriptionKitKeys.scope(dataProvider), 'invoice-pdf'],
    mutationFn: async (invoice) => {
      try {
        if (!getInvoicePdf) {
          throw new BillingError('unknown', { message: 'The data provider has no `getInvoicePdf` method' });
        }
        saveInvoicePdf(await getInvoicePdf({ invoiceId: invoice.id }), invoice.number);
      } catch (error) {
        throw toBillingError(error);
      }
    },
  };
  const mutation = useIntentMutation({
    options,
    queryClient,
    intentOf,
    paramsOf: (invoice: Pick<Invoice, 'id' | 'number'>) => invoice,
  });
  return getInvoicePdf ? mutation : null;
}

function intentOf(invoice: Pick<Invoice, 'id' | 'number'>) {
  return invoice.id;
}
