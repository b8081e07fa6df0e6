import { useMutation, useQuery } from '@tanstack/react-query';
import { type Dispatch, useCallback, useEffect, useReducer, useRef } from 'react';
import {
  type BillingError,
  initialPlanChangeFlowState,
  type Money,
  type PlanChangeFlowEvent,
  type PlanChangeIntent,
  planChangeFlowReducer,
} from '../core';
import type { ChangePlanResult } from '../provider';
import { createIdempotencyKey } from './idempotency-keys';
import { type ChangePlanVariables, changePlanMutationOptions } from './mutation-options';
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
 * → processing → done or failed, on core's reducer. `confirm` sends one `changePlan` per intent
 * and attempt, however often it is called while a request is out (from this flow or any other on
 * the same data provider), with the amount due the customer saw as `expectedAmountDue`; a retry
 * sends the same request under the intent's idempotency key, which the reducer keeps.
 */
export function usePlanChange({ onCheckout, initialIntent }: UsePlanChangeOptions = {}) {
  const { dataProvider, queryClient, onEvent } = useBillingContext('usePlanChange');
  const [state, dispatch] = useReducer(planChangeFlowReducer, initialIntent, (intent) =>
    intent
      ? planChangeFlowReducer(initialPlanChangeFlowState, {
          type: 'select',
          intent,
          idempotencyKey: createIdempotencyKey(),
        })
      : initialPlanChangeFlowState,
  );
  const { intent, idempotencyKey, step } = state;

  // A flow that starts on a chosen plan reports the choice once, as a click on its card would.
  const reportedInitial = useRef(false);
  useEffect(() => {
    if (reportedInitial.current || !initialIntent) return;
    reportedInitial.current = true;
    onEvent({ type: 'plan_selected', ...initialIntent });
  }, [initialIntent, onEvent]);

  const preview = useQuery(
    {
      ...previewChangeOptions(dataProvider, intent ?? { planId: '', interval: 'month' }),
      enabled: intent !== null && step === 'review',
    },
    queryClient,
  );

  const { mutate, mutationKey } = useChangePlanMutation(dispatch, onCheckout);

  const select = useCallback(
    (next: PlanChangeIntent) => {
      dispatch({ type: 'select', intent: next, idempotencyKey: createIdempotencyKey() });
      onEvent({ type: 'plan_selected', ...next });
    },
    [onEvent],
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
        dispatch({ type: 'confirm', expectedAmountDue });
      } else {
        if (step !== 'failed' || state.expectedAmountDue === null) return;
        // The same request again: the amount the customer confirmed, under the same key.
        expectedAmountDue = state.expectedAmountDue;
        dispatch({ type: 'retry' });
      }
      onEvent({ type: 'plan_change_confirmed', ...intent });
      mutate({ ...intent, idempotencyKey, expectedAmountDue });
    },
    [queryClient, mutationKey, mutate, onEvent, intent, idempotencyKey, step, state, preview],
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

/** The `changePlan` write, driving the flow's reducer and reporting its outcome. */
function useChangePlanMutation(
  dispatch: Dispatch<PlanChangeFlowEvent>,
  onCheckout: ((url: string) => void) | undefined,
) {
  const { dataProvider, queryClient, onEvent } = useBillingContext('usePlanChange');
  const options = changePlanMutationOptions(dataProvider, queryClient);
  const { mutate } = useMutation<ChangePlanResult, BillingError, ChangePlanVariables>(
    {
      ...options,
      onSuccess: async (result, variables) => {
        await options.onSuccess?.(result, variables);
        const changed = intentOf(variables);
        if (result.status === 'requires_action') {
          dispatch({ type: 'require_action', url: result.actionUrl });
          onEvent({ type: 'plan_change_requires_action', ...changed });
          onCheckout?.(result.actionUrl);
          return;
        }
        dispatch({ type: 'succeed' });
        onEvent({ type: 'plan_change_completed', ...changed });
      },
      onError: async (error, variables) => {
        dispatch({ type: 'fail', error: { code: error.code, retryable: error.retryable } });
        onEvent({ type: 'plan_change_failed', ...intentOf(variables), code: error.code });
        await options.onError?.(error, variables);
      },
    },
    queryClient,
  );

  return { mutate, mutationKey: options.mutationKey };
}

function intentOf({ planId, interval }: ChangePlanVariables): PlanChangeIntent {
  return { planId, interval };
}
