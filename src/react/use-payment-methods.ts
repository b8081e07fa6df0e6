import { useMutation, useQuery } from '@tanstack/react-query';
import type { PaymentMethod, PaymentMethodType } from '../core';
import { paymentMethodsOptions, subscriptionKitKeys } from '../query';
import { useBillingContext } from './subscription-kit-context';
import { useIdempotencyKeys } from './use-idempotency-keys';

/** Cards, SEPA mandates and bank transfer, with the default marked. Disabled without `listPaymentMethods`. */
export function usePaymentMethods() {
  const { dataProvider, queryClient } = useBillingContext('usePaymentMethods');
  return useQuery(
    { ...paymentMethodsOptions(dataProvider), enabled: Boolean(dataProvider.listPaymentMethods) },
    queryClient,
  );
}

/**
 * Makes a method the default. `null` when the provider cannot (the action is then hidden). The
 * key is kept per method until it succeeds, so a double click or a retry sets it once.
 */
export function useSetDefaultPaymentMethod() {
  const { dataProvider, queryClient } = useBillingContext('useSetDefaultPaymentMethod');
  const { keyFor, settle, once } = useIdempotencyKeys();
  const setDefault = dataProvider.setDefaultPaymentMethod;
  const mutation = useMutation(
    {
      mutationFn: (paymentMethodId: string) => {
        if (!setDefault) throw new Error('setDefaultPaymentMethod is not available');
        const intent = `default:${paymentMethodId}`;
        return once(intent, () => setDefault({ paymentMethodId, idempotencyKey: keyFor(intent) }));
      },
      onSuccess: (methods: PaymentMethod[], paymentMethodId) => {
        settle(`default:${paymentMethodId}`);
        queryClient.setQueryData(subscriptionKitKeys.paymentMethods(dataProvider), methods);
      },
    },
    queryClient,
  );
  return setDefault ? mutation : null;
}

/**
 * Removes a method. `null` when the provider cannot. The provider refuses the default method while
 * a paid subscription needs it (`feature_in_use`, `details.reason` `default_payment_method_required`).
 */
export function useRemovePaymentMethod() {
  const { dataProvider, queryClient } = useBillingContext('useRemovePaymentMethod');
  const { keyFor, settle, once } = useIdempotencyKeys();
  const remove = dataProvider.removePaymentMethod;
  const mutation = useMutation(
    {
      mutationFn: (paymentMethodId: string) => {
        if (!remove) throw new Error('removePaymentMethod is not available');
        const intent = `remove:${paymentMethodId}`;
        return once(intent, () => remove({ paymentMethodId, idempotencyKey: keyFor(intent) }));
      },
      onSuccess: (methods: PaymentMethod[], paymentMethodId) => {
        settle(`remove:${paymentMethodId}`);
        queryClient.setQueryData(subscriptionKitKeys.paymentMethods(dataProvider), methods);
      },
    },
    queryClient,
  );
  return remove ? mutation : null;
}

/**
 * Starts adding a method of one type: resolves with the provider's redirect URL or a token for the
 * host's own form. The library never collects card numbers or IBANs. `null` when the provider cannot.
 */
export function useStartAddPaymentMethod() {
  const { dataProvider, queryClient } = useBillingContext('useStartAddPaymentMethod');
  const { keyFor, settle, once } = useIdempotencyKeys();
  const start = dataProvider.startAddPaymentMethod;
  const mutation = useMutation(
    {
      mutationFn: (type: PaymentMethodType) => {
        if (!start) throw new Error('startAddPaymentMethod is not available');
        const intent = `add:${type}`;
        return once(intent, () => start({ type, idempotencyKey: keyFor(intent) }));
      },
      // The token or URL is in hand: adding again is a new intent.
      onSuccess: (_result, type) => settle(`add:${type}`),
    },
    queryClient,
  );
  return start ? mutation : null;
}
