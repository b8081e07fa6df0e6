import type { QueryClient } from '@tanstack/react-query';
import {
  type BillingError,
  type BillingInterval,
  isOutcomeUncertain,
  type Money,
  type PaymentMethod,
  type PaymentMethodType,
  type Subscription,
} from '../core';
import type {
  BillingDataProvider,
  ChangePlanResult,
  ContactSalesRequest,
  StartAddPaymentMethodResult,
  WriteParams,
} from '../provider';
import { dataProviderScope, validatedDataProvider } from './data-provider-scope';
import { subscriptionKitKeys } from './query-keys';
import { capability } from './query-options';

/*
 * Write definitions, next to the read definitions and exported for the same reason: a host can run
 * the very writes the components run. Each names a TanStack `scope`, so writes to one subscription
 * (or one account's payment methods) run one at a time, in order, even from different components;
 * and each carries the cache updates its result implies. Every rejection is a `BillingError`:
 * the validated provider turns whatever a provider throws into one.
 */

/** A write's options, as `useMutation` and `MutationObserver` take them. */
export interface BillingMutationOptions<TData, TVariables> {
  mutationKey: readonly unknown[];
  /** Writes sharing a scope id run one at a time. */
  scope?: { id: string };
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** The cache updates the result implies. */
  onSuccess?: (data: TData, variables: TVariables) => Promise<void> | void;
  onError?: (error: BillingError, variables: TVariables) => Promise<void> | void;
}

export type ChangePlanVariables = WriteParams & {
  planId: string;
  interval: BillingInterval;
  /** The amount due of the preview the customer confirmed; the provider refuses to charge another. */
  expectedAmountDue: Money;
};
export type PaymentMethodWriteVariables = WriteParams & { paymentMethodId: string };
export type StartAddPaymentMethodVariables = WriteParams & { type: PaymentMethodType };
export type ContactSalesVariables = WriteParams & ContactSalesRequest;

/** Changes the plan; on success the subscription is replaced and what follows from it refetched. */
export function changePlanMutationOptions(
  dataProvider: BillingDataProvider,
  queryClient: QueryClient,
): BillingMutationOptions<ChangePlanResult, ChangePlanVariables> {
  return {
    ...write(dataProvider, 'change-plan', 'subscription', (validated) =>
      validated.changePlan.bind(validated),
    ),
    onSuccess: (result) => {
      // A payment step changes nothing yet: the change completes (or not) after the customer acts.
      if (result.status === 'requires_action') return;
      queryClient.setQueryData(subscriptionKitKeys.subscription(dataProvider), result.subscription);
      // Usage limits, invoices and previews all follow from the new plan.
      void queryClient.invalidateQueries({ queryKey: subscriptionKitKeys.account(dataProvider) });
      void queryClient.invalidateQueries({ queryKey: subscriptionKitKeys.invoices(dataProvider) });
      queryClient.removeQueries({ queryKey: subscriptionKitKeys.previews(dataProvider) });
    },
    onError: (error) => {
      // The request may have been applied before the answer was lost, or the amount changed under
      // the customer (another change, a price): show the backend's truth.
      if (isOutcomeUncertain(error.code) || error.code === 'amount_changed') {
        void queryClient.invalidateQueries({ queryKey: subscriptionKitKeys.subscription(dataProvider) });
      }
      // The preview the customer confirmed is out of date: none of it may be shown again.
      if (error.code === 'amount_changed') {
        void queryClient.resetQueries({ queryKey: subscriptionKitKeys.previews(dataProvider) });
      }
    },
  };
}

/** Cancels the scheduled change (optional capability: rejects when the provider lacks it). */
export function cancelScheduledChangeMutationOptions(
  dataProvider: BillingDataProvider,
  queryClient: QueryClient,
): BillingMutationOptions<Subscription, WriteParams> {
  return {
    ...write(dataProvider, 'cancel-scheduled-change', 'subscription', (validated) =>
      capability(validated, 'cancelScheduledChange'),
    ),
    onSuccess: (subscription) => {
      queryClient.setQueryData(subscriptionKitKeys.subscription(dataProvider), subscription);
    },
  };
}

/** Makes a payment method the default; the provider's updated list replaces the cached one. */
export function setDefaultPaymentMethodMutationOptions(
  dataProvider: BillingDataProvider,
  queryClient: QueryClient,
): BillingMutationOptions<PaymentMethod[], PaymentMethodWriteVariables> {
  return paymentMethodListWrite(dataProvider, queryClient, 'setDefaultPaymentMethod');
}

/**
 * Removes a payment method; the provider's updated list replaces the cached one. The provider
 * refuses the default method while a paid subscription needs it (`feature_in_use`).
 */
export function removePaymentMethodMutationOptions(
  dataProvider: BillingDataProvider,
  queryClient: QueryClient,
): BillingMutationOptions<PaymentMethod[], PaymentMethodWriteVariables> {
  return paymentMethodListWrite(dataProvider, queryClient, 'removePaymentMethod');
}

/** A write that answers with the updated list of payment methods. */
function paymentMethodListWrite(
  dataProvider: BillingDataProvider,
  queryClient: QueryClient,
  method: 'setDefaultPaymentMethod' | 'removePaymentMethod',
): BillingMutationOptions<PaymentMethod[], PaymentMethodWriteVariables> {
  return {
    ...write(dataProvider, 'payment-methods', 'payment-methods', (validated) =>
      capability(validated, method),
    ),
    onSuccess: (methods) => {
      queryClient.setQueryData(subscriptionKitKeys.paymentMethods(dataProvider), methods);
    },
  };
}

/** Starts adding a payment method: a redirect URL or a token for the host's own form. */
export function startAddPaymentMethodMutationOptions(
  dataProvider: BillingDataProvider,
): BillingMutationOptions<StartAddPaymentMethodResult, StartAddPaymentMethodVariables> {
  return write(dataProvider, 'payment-methods', 'payment-methods', (validated) =>
    capability(validated, 'startAddPaymentMethod'),
  );
}

/** Sends an enterprise enquiry; resolves with the reference the customer can quote. */
export function contactSalesMutationOptions(
  dataProvider: BillingDataProvider,
): BillingMutationOptions<{ referenceId: string }, ContactSalesVariables> {
  return write(dataProvider, 'contact-sales', 'contact-sales', (validated) =>
    capability(validated, 'contactSales'),
  );
}

/* -----------------------------------------------------------------------------------------------*/

/**
 * A write's key (scoped to the data provider like the query keys), its scope (writes to one
 * subscription, or one account's payment methods, run one at a time) and the provider's method,
 * behind boundary validation. The method is looked up at each call, so a missing capability rejects.
 */
function write<TData, TVariables>(
  dataProvider: BillingDataProvider,
  write: string,
  target: string,
  method: (validated: BillingDataProvider) => (variables: TVariables) => Promise<TData>,
): BillingMutationOptions<TData, TVariables> {
  const validated = validatedDataProvider(dataProvider);
  return {
    mutationKey: [...subscriptionKitKeys.scope(dataProvider), 'write', write],
    scope: { id: `subscription-kit:${dataProviderScope(dataProvider)}:${target}` },
    mutationFn: (variables) => method(validated)(variables),
  };
}
