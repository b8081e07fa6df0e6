import { type QueryClient, useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import {
  type BillingError,
  type Money,
  type PlanChangeIntent,
  planChangeFlowReducer,
  type Subscription,
} from '../core';
import type { BillingDataProvider, ChangePlanResult } from '../provider';
import { sharedIdempotencyKeys } from './idempotency-keys';
import { type ChangePlanVariables, changePlanMutationOptions } from './mutation-options';
import {
  planChangeIntentKey,
  rememberConfirmedChange,
  useChangePlanRequests,
  useFollowChangePlanRequests,
  useInitialFlowState,
} from './plan-change-requests';
import { subscriptionKitKeys } from './query-keys';
import { previewChangeOptions } from './query-options';
import { useBillingContext } from './subscription-kit-data-context';

export interface UsePlanChangeOptions {
  /**
   * Takes over when the payment needs the customer (e.g. 3-D Secure) with the provider's URL.
   * Without it the review offers a link to that URL.
   */
  onCheckout?: ((url: string) => void) | undefined;
  /** Start on the review of this change instead of the plan choice. */
  initialIntent?: PlanChangeIntent | undefined;
}

/**
 * The plan-change flow: select → review (with the provider's preview, checked before it is shown)
 * → processing → done or failed, on core's reducer. One change at a time per subscription: while a
 * `changePlan` is out (from this flow, a closed dialog or another modal on the same data provider)
 * every flow shows it processing and then its outcome, and `confirm` sends nothing. `confirm` sends
 * the amount due the customer saw as `expectedAmountDue`; an intent keeps its idempotency key,
 * shared by every flow on the provider, until it succeeds, so a retry (also after reopening) is the
 * same write. The host hears the outcome through `onEvent` even when no dialog is open any more.
 */
export function usePlanChange({ onCheckout, initialIntent }: UsePlanChangeOptions = {}) {
  const { dataProvider, queryClient, onEvent } = useBillingContext('usePlanChange');
  const keys = sharedIdempotencyKeys(queryClient, dataProvider);
  const requests = useChangePlanRequests(dataProvider, queryClient);
  const { resumed, initialState } = useInitialFlowState(requests, keys, initialIntent);
  const [state, dispatch] = useReducer(planChangeFlowReducer, undefined, initialState);
  const sending = useFollowChangePlanRequests(requests, state, dispatch, resumed);
  const { intent, idempotencyKey, step } = state;

  // A flow that starts on a chosen plan reports the choice once, as a click on its card would.
  const reportedInitial = useRef(false);
  useEffect(() => {
    if (reportedInitial.current || !initialIntent || resumed) return;
    reportedInitial.current = true;
    onEvent({ type: 'plan_selected', ...initialIntent });
  }, [initialIntent, resumed, onEvent]);

  const preview = useQuery(
    {
      ...previewChangeOptions(dataProvider, intent ?? { planId: '', interval: 'month' }),
      enabled: intent !== null && step === 'review',
    },
    queryClient,
  );

  const { mutate, mutationKey } = useChangePlanMutation(onCheckout);
  const held = useCallback(() => heldPlan(queryClient, dataProvider), [queryClient, dataProvider]);

  const select = useCallback(
    (next: PlanChangeIntent) => {
      dispatch({ type: 'select', intent: next, idempotencyKey: keys.keyFor(planChangeIntentKey(next)) });
      onEvent({ type: 'plan_selected', ...next });
    },
    [keys, onEvent],
  );

  const submit = useCallback(
    (event: 'confirm' | 'retry') => {
      if (intent === null || idempotencyKey === null) return;
      // The mutation cache answers at once, before a re-render could disable the button, and for
      // every flow on this data provider: a change in flight belongs to the subscription.
      if (queryClient.isMutating({ mutationKey }) > 0) return;
      let expectedAmountDue: Money;
      if (event === 'confirm') {
        const shown = preview.data;
        if (step !== 'review' || preview.isError || !shown || shown.blockers.length > 0) return;
        expectedAmountDue = shown.amountDue;
        const confirmed = { from: held(), preview: shown };
        rememberConfirmedChange(idempotencyKey, confirmed);
        dispatch({ type: 'confirm', expectedAmountDue, confirmed });
      } else {
        if (step !== 'failed' || state.expectedAmountDue === null) return;
        // The same request again: the amount the customer confirmed, under the same key.
        expectedAmountDue = state.expectedAmountDue;
        dispatch({ type: 'retry' });
      }
      onEvent({ type: 'plan_change_confirmed', ...intent });
      sending(idempotencyKey);
      mutate({ ...intent, idempotencyKey, expectedAmountDue });
    },
    [queryClient, mutationKey, mutate, onEvent, intent, idempotencyKey, step, state, preview, sending, held],
  );

  return {
    state,
    preview,
    select,
    confirm: useCallback(() => submit('confirm'), [submit]),
    retry: useCallback(() => submit('retry'), [submit]),
    back: useCallback(() => dispatch({ type: 'back' }), []),
    reset: useCallback(() => dispatch({ type: 'reset' }), []),
  };
}

/**
 * The `changePlan` write. Its callbacks belong to the request, not to the component, so they run
 * when the dialog that sent it has closed: the host hears the outcome, and the intent's key is
 * forgotten once the change is complete. The flows follow the request through the mutation cache.
 */
function useChangePlanMutation(onCheckout: ((url: string) => void) | undefined) {
  const { dataProvider, queryClient, onEvent } = useBillingContext('usePlanChange');
  const options = changePlanMutationOptions(dataProvider, queryClient);
  const keys = sharedIdempotencyKeys(queryClient, dataProvider);
  const { mutate } = useMutation<ChangePlanResult, BillingError, ChangePlanVariables>(
    {
      ...options,
      onSuccess: async (result, variables) => {
        await options.onSuccess?.(result, variables);
        const changed = intentOf(variables);
        if (result.status === 'requires_action') {
          onEvent({ type: 'plan_change_requires_action', ...changed });
          onCheckout?.(result.actionUrl);
          return;
        }
        keys.settle(planChangeIntentKey(changed));
        onEvent({ type: 'plan_change_completed', ...changed });
      },
      onError: async (error, variables) => {
        onEvent({ type: 'plan_change_failed', ...intentOf(variables), code: error.code });
        await options.onError?.(error, variables);
      },
    },
    queryClient,
  );

  return { mutate, mutationKey: options.mutationKey };
}

/** The plan and interval held now: once the change applies, the refetched subscription holds the new one. */
function heldPlan(queryClient: QueryClient, dataProvider: BillingDataProvider): PlanChangeIntent | null {
  const held = queryClient.getQueryData<Subscription | null>(subscriptionKitKeys.subscription(dataProvider));
  return held ? { planId: held.planId, interval: held.interval } : null;
}

function intentOf({ planId, interval }: ChangePlanVariables): PlanChangeIntent {
  return { planId, interval };
}
