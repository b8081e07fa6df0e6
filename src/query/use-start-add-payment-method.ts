import type { UseMutationResult } from '@tanstack/react-query';
import type { BillingError, PaymentMethodType } from '../core';
import type { StartAddPaymentMethodResult } from '../provider';
import { startAddPaymentMethodMutationOptions } from './mutation-options';
import { useCapabilityWrite } from './use-intent-mutation';

/**
 * Starts adding a method of one type (`mutate(type)`): resolves with the provider's redirect URL or
 * a token for the host's own form. The library never collects card numbers or IBANs. `null` when
 * the provider cannot. Once the token or URL is in hand, adding again is a new intent.
 */
export function useStartAddPaymentMethod(): UseMutationResult<
  StartAddPaymentMethodResult,
  BillingError,
  PaymentMethodType
> | null {
  return useCapabilityWrite(
    'useStartAddPaymentMethod',
    'startAddPaymentMethod',
    startAddPaymentMethodMutationOptions,
    intentOf,
    (type, idempotencyKey) => ({ type, idempotencyKey }),
  );
}

function intentOf(type: PaymentMethodType) {
  return `add:${type}`;
}
