import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { BillingError, PaymentMethod } from '../core';
import { paymentMethodsOptions } from './query-options';
import { useBillingContext } from './subscription-kit-data-context';

/** Cards, SEPA mandates and bank transfer, with the default marked. Disabled without `listPaymentMethods`. */
export function usePaymentMethods(): UseQueryResult<PaymentMethod[], BillingError> {
  const { dataProvider, queryClient } = useBillingContext('usePaymentMethods');
  return useQuery(
    { ...paymentMethodsOptions(dataProvider), enabled: Boolean(dataProvider.listPaymentMethods) },
    queryClient,
  );
}
