import type { UseMutationResult } from '@tanstack/react-query';
import type { BillingError, PaymentMethod } from '../core';
import { removePaymentMethodMutationOptions } from './mutation-options';
import { useBillingContext } from './subscription-kit-data-context';
import { useIntentMutation } from './use-intent-mutation';

/**
 * Removes a method: `mutate(paymentMethodId)`. `null` when the provider cannot. The provider refuses
 * the default method while a paid subscription needs it (`feature_in_use`, `details.reason`
 * `default_payment_method_required`).
 */
export function useRemovePaymentMethod(): UseMutationResult<PaymentMethod[], BillingError, string> | null {
  const { dataProvider, queryClient } = useBillingContext('useRemovePaymentMethod');
  const mutation = useIntentMutation({
    options: removePaymentMethodMutationOptions(dataProvider, queryClient),
    queryClient,
    intentOf,
    paramsOf: (paymentMethodId: string, idempotencyKey) => ({ paymentMethodId, idempotencyKey }),
  });
  return dataProvider.removePaymentMethod ? mutation : null;
}

function intentOf(paymentMethodId: string) {
  return `remove:${paymentMethodId}`;
}
