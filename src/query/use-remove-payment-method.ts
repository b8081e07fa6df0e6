import type { UseMutationResult } from '@tanstack/react-query';
import type { BillingError, PaymentMethod } from '../core';
import { usePaymentMethodListWrite } from './use-intent-mutation';

/**
 * Removes a method: `mutate(paymentMethodId)`. `null` when the provider cannot. The provider refuses
 * the default method while a paid subscription needs it (`payment_method_required`).
 */
export function useRemovePaymentMethod(): UseMutationResult<PaymentMethod[], BillingError, string> | null {
  return usePaymentMethodListWrite('useRemovePaymentMethod', 'removePaymentMethod', intentOf);
}

function intentOf(paymentMethodId: string) {
  return `remove:${paymentMethodId}`;
}
