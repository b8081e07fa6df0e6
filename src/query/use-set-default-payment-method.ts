import type { UseMutationResult } from '@tanstack/react-query';
import type { BillingError, PaymentMethod } from '../core';
import { setDefaultPaymentMethodMutationOptions } from './mutation-options';
import { useBillingContext } from './subscription-kit-data-context';
import { useIntentMutation } from './use-intent-mutation';

/**
 * Makes a method the default: `mutate(paymentMethodId)`. `null` when the provider cannot (the action
 * is then hidden). A double click or a retry sets it once.
 */
export function useSetDefaultPaymentMethod(): UseMutationResult<
  PaymentMethod[],
  BillingError,
  string
> | null {
  const { dataProvider, queryClient } = useBillingContext('useSetDefaultPaymentMethod');
  const mutation = useIntentMutation({
    options: setDefaultPaymentMethodMutationOptions(dataProvider, queryClient),
    queryClient,
    intentOf,
    paramsOf: (paymentMethodId: string, idempotencyKey) => ({ paymentMethodId, idempotencyKey }),
  });
  return dataProvider.setDefaultPaymentMethod ? mutation : null;
}

function intentOf(paymentMethodId: string) {
  return `default:${paymentMethodId}`;
}
