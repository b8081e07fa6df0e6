import type { UseMutationResult } from '@tanstack/react-query';
import type { BillingError } from '../core';
import type { ContactSalesRequest } from '../provider';
import { contactSalesMutationOptions } from './mutation-options';
import { useBillingContext } from './subscription-kit-data-context';
import { useIntentMutation } from './use-intent-mutation';

/**
 * Sends an enterprise enquiry: `mutate(request)`, resolving with the reference the customer can
 * quote. One key per hook (one filled-in form) until it succeeds, so a double submit or a retry
 * sends one enquiry. Rejects with a `BillingError` when the provider has no `contactSales`.
 */
export function useContactSales(): UseMutationResult<
  { referenceId: string },
  BillingError,
  ContactSalesRequest
> {
  const { dataProvider, queryClient, onEvent } = useBillingContext('useContactSales');
  return useIntentMutation({
    options: contactSalesMutationOptions(dataProvider),
    queryClient,
    intentOf,
    paramsOf: (request: ContactSalesRequest, idempotencyKey) => ({ ...request, idempotencyKey }),
    onSuccess: ({ referenceId }) => onEvent({ type: 'contact_sales_submitted', referenceId }),
  });
}

function intentOf() {
  return 'contact-sales';
}
