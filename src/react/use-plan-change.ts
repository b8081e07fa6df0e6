import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import {
  type BillingErrorCode,
  billingErrorCodeOf,
  initialPlanChangeFlowState,
  isBillingError,
  type PlanChangeIntent,
  planChangeFlowReducer,
} from '../core';
import { previewChangeOptions, subscriptionKitKeys } from '../query';
import { createIdempotencyKey } from './create-idempotency-key';
import { useBillingContext } from './subscription-kit-context';

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
 * The plan-change flow: select → review (with the provider's preview) → processing → done or
 * failed, on core's reducer. `confirm` sends one `changePlan` per intent and attempt, however often
 * it is called while a request is out, and a retry reuses the intent's idempotency key.
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
  const inFlight = useRef(false);
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

  const select = useCallback(
    (next: PlanChangeIntent) => {
      dispatch({ type: 'select', intent: next, idempotencyKey: createIdempotencyKey() });
      onEvent({ type: 'plan_selected', ...next });
    },
    [onEvent],
  );

  const submit = useCallback(
    async (event: 'confirm' | 'retry') => {
      if (inFlight.current || intent === null || idempotencyKey === null) return;
      if (event === 'confirm' && (step !== 'review' || (preview.data?.blockers.length ?? 0) > 0)) return;
      if (event === 'retry' && step !== 'failed') return;
      inFlight.current = true;
      dispatch({ type: event });
      onEvent({ type: 'plan_change_confirmed', ...intent });
      try {
        const result = await dataProvider.changePlan({ ...intent, idempotencyKey });
        if (result.status === 'requires_action') {
          dispatch({ type: 'require_action', url: result.actionUrl });
          onEvent({ type: 'plan_change_requires_action', ...intent });
          onCheckout?.(result.actionUrl);
          return;
        }
        queryClient.setQueryData(subscriptionKitKeys.subscription(dataProvider), result.subscription);
        dispatch({ type: 'succeed' });
        onEvent({ type: 'plan_change_completed', ...intent });
        // Usage limits, invoices and previews all follow from the new plan.
        void queryClient.invalidateQueries({ queryKey: subscriptionKitKeys.account(dataProvider) });
        void queryClient.invalidateQueries({ queryKey: subscriptionKitKeys.invoices(dataProvider) });
        queryClient.removeQueries({ queryKey: subscriptionKitKeys.previews(dataProvider) });
      } catch (error) {
        const code: BillingErrorCode = billingErrorCodeOf(error);
        const retryable = isBillingError(error) ? error.retryable : false;
        dispatch({ type: 'fail', error: { code, retryable } });
        onEvent({ type: 'plan_change_failed', ...intent, code });
        // The request may have been applied before the answer was lost: show the backend's truth.
        if (isOutcomeUncertain(code)) {
          void queryClient.invalidateQueries({ queryKey: subscriptionKitKeys.subscription(dataProvider) });
        }
      } finally {
        inFlight.current = false;
      }
    },
    [dataProvider, queryClient, onEvent, onCheckout, intent, idempotencyKey, step, preview.data],
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
 * Whether a failed change may still have been applied: the answer was lost (`network`), unreadable
 * (`invalid_response`) or unexplained (`unknown`). Every other code is the backend saying no, and
 * then nothing changed. A retry with the same idempotency key is safe in either case.
 */
export function isOutcomeUncertain(code: BillingErrorCode): boolean {
  return code === 'network' || code === 'invalid_response' || code === 'unknown';
}
