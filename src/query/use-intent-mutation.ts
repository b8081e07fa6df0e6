import {
  type QueryClient,
  type UseMutateAsyncFunction,
  type UseMutateFunction,
  type UseMutationResult,
  useMutation,
} from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { BillingError, PaymentMethod } from '../core';
import type { BillingCapability, BillingDataProvider } from '../provider';
import { useIdempotencyKeys } from './idempotency-keys';
import {
  type BillingMutationOptions,
  removePaymentMethodMutationOptions,
  setDefaultPaymentMethodMutationOptions,
} from './mutation-options';
import { useBillingContext } from './subscription-kit-data-context';

interface IntentMutationConfig<TData, TParams, TVariables> {
  /** The write, as `mutation-options.ts` defines it. */
  options: BillingMutationOptions<TData, TParams>;
  queryClient: QueryClient;
  /** Names what the customer asked for (`remove:pm_visa`): one key and one request per intent. */
  intentOf: (variables: TVariables) => string;
  /** The write's parameters for the hook's variables and the intent's key. */
  paramsOf: (variables: TVariables, idempotencyKey: string) => TParams;
  /** Runs after the write's own cache updates. */
  onSuccess?: ((data: TData, variables: TVariables) => void) | undefined;
}

/**
 * A write with the idempotency-key rule applied: the intent keeps its key until it succeeds, so a
 * retry after a failure is the same write; a second call while the intent is in flight joins the
 * first instead of queueing a second request behind it in the write's scope.
 */
export function useIntentMutation<TData, TParams, TVariables>({
  options,
  queryClient,
  intentOf,
  paramsOf,
  onSuccess,
}: IntentMutationConfig<TData, TParams, TVariables>): UseMutationResult<TData, BillingError, TVariables> {
  const { keyFor, settle } = useIdempotencyKeys();
  const mutation = useMutation<TData, BillingError, TVariables>(
    {
      mutationKey: options.mutationKey,
      ...(options.scope && { scope: options.scope }),
      mutationFn: (variables) => options.mutationFn(paramsOf(variables, keyFor(intentOf(variables)))),
      onSuccess: async (data, variables) => {
        const intent = intentOf(variables);
        const params = paramsOf(variables, keyFor(intent));
        settle(intent);
        await options.onSuccess?.(data, params);
        onSuccess?.(data, variables);
      },
      onError: (error, variables) =>
        options.onError?.(error, paramsOf(variables, keyFor(intentOf(variables)))),
    },
    queryClient,
  );

  const pending = useRef(new Map<string, Promise<TData>>());
  const { mutateAsync: send } = mutation;
  const mutateAsync = useCallback<UseMutateAsyncFunction<TData, BillingError, TVariables>>(
    (...args) => {
      const intent = intentOf(args[0] as TVariables);
      let request = pending.current.get(intent);
      if (request === undefined) {
        request = send(...args).finally(() => pending.current.delete(intent));
        pending.current.set(intent, request);
      }
      return request;
    },
    [send, intentOf],
  );
  const mutate = useCallback<UseMutateFunction<TData, BillingError, TVariables>>(
    (...args) => {
      // As `useMutation`'s own `mutate`: the error is in the result, not thrown at the caller.
      mutateAsync(...args).catch(() => undefined);
    },
    [mutateAsync],
  );
  return { ...mutation, mutate, mutateAsync };
}

/** The write of an optional method, as `mutation-options.ts` defines it. */
type CapabilityWriteOptions<TData, TParams> = (
  dataProvider: BillingDataProvider,
  queryClient: QueryClient,
) => BillingMutationOptions<TData, TParams>;

/**
 * `useIntentMutation` for a write the provider may lack: `null` without the method, so the action
 * that needs it is hidden. `consumerName` names the hook in the message when the provider is missing.
 */
export function useCapabilityWrite<TData, TParams, TVariables>(
  consumerName: string,
  method: BillingCapability,
  optionsOf: CapabilityWriteOptions<TData, TParams>,
  intentOf: (variables: TVariables) => string,
  paramsOf: (variables: TVariables, idempotencyKey: string) => TParams,
  onSuccess?: (data: TData, variables: TVariables) => void,
): UseMutationResult<TData, BillingError, TVariables> | null {
  const { dataProvider, queryClient } = useBillingContext(consumerName);
  const mutation = useIntentMutation({
    options: optionsOf(dataProvider, queryClient),
    queryClient,
    intentOf,
    paramsOf,
    onSuccess,
  });
  return dataProvider[method] ? mutation : null;
}

/** A write to one payment method (`mutate(paymentMethodId)`) that answers with the updated list. */
export function usePaymentMethodListWrite(
  consumerName: string,
  method: 'setDefaultPaymentMethod' | 'removePaymentMethod',
  intentOf: (paymentMethodId: string) => string,
): UseMutationResult<PaymentMethod[], BillingError, string> | null {
  return useCapabilityWrite(
    consumerName,
    method,
    method === 'removePaymentMethod'
      ? removePaymentMethodMutationOptions
      : setDefaultPaymentMethodMutationOptions,
    intentOf,
    (paymentMethodId, idempotencyKey) => ({ paymentMethodId, idempotencyKey }),
  );
}
