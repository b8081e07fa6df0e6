import type { UseMutationResult } from '@tanstack/react-query';
import type { BillingError, PaymentMethod } from '../core';
import { usePaymentMethodListWrite } from './use-intent-mutation';

/**
 * Makes a method the default: `mutate(paymentMethodId)`. `null` when the provider cannot (the action
 * is then hidden). A double click or a retry sets it once.
 */
export function useSetDefaultPaymentMethod(): UseMutationResult<
  PaymentMethod[],
  BillingError,
  string
> | null {
  return usePaymentMethodListWrite('useSetDefaultPaymentMethod', 'setDefaultPaymentMethod', intentOf);
}

function intentOf(paymentMethodId: string) {
  return `default:${paymentMethodId}`;
}
