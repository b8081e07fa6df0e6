import { type Mutation, type QueryClient, useMutationState } from '@tanstack/react-query';
import { type Dispatch, useCallback, useEffect, useMemo, useState } from 'react';
import {
  type BillingError,
  billingErrorCodeOf,
  type ConfirmedPlanChange,
  initialPlanChangeFlowState,
  type ObservedPlanChange,
  type PlanChangeFlowEvent,
  type PlanChangeFlowState,
  type PlanChangeIntent,
  planChangeFlowReducer,
  resumePlanChangeFlow,
} from '../core';
import type { BillingDataProvider, ChangePlanResult } from '../provider';
import type { IdempotencyKeys } from './idempotency-keys';
import { type ChangePlanVariables, changePlanMutationOptions } from './mutation-options';

/*
 * A plan change belongs to the subscription, not to the dialog that sent it: the `changePlan`
 * requests live in the query client's mutation cache, under one key per data provider, where every
 * flow on that provider sees them, and they carry on when the dialog that sent them closes.
 */

/** One `changePlan` request in the mutation cache, as the flow's reducer observes it. */
export interface ChangePlanRequest {
  /** The cache's entry: identifies the request (a retry is a new one under the same key). */
  mutation: object;
  change: ObservedPlanChange;
}

/**
 * Settled requests whose outcome a flow has shown. One that settled while no flow was open is
 * shown by the next flow that opens; after that, a new flow starts afresh.
 */
const shownOutcomes = new WeakSet<object>();

/**
 * What the customer confirmed under each idempotency key, for every flow that shows the request:
 * the provider is not asked for it, and the refetched subscription no longer knows the old plan.
 */
const confirmedChanges = new Map<string, ConfirmedPlanChange>();

/** Remembers what the customer confirmed before the request under `idempotencyKey` is sent. */
export function rememberConfirmedChange(idempotencyKey: string, confirmed: ConfirmedPlanChange): void {
  confirmedChanges.set(idempotencyKey, confirmed);
}

/** The key under which an intent's `changePlan` requests are sent, in the shared key registry. */
export function planChangeIntentKey({ planId, interval }: PlanChangeIntent): string {
  return `change-plan:${planId}:${interval}`;
}

/** Every `changePlan` request of this data provider in the mutation cache, oldest first. */
export function useChangePlanRequests(
  dataProvider: BillingDataProvider,
  queryClient: QueryClient,
): ChangePlanRequest[] {
  const { mutationKey } = changePlanMutationOptions(dataProvider, queryClient);
  const requests = useMutationState(
    {
      filters: { mutationKey, exact: true },
      select: (mutation) => requestOf(mutation as unknown as ChangePlanMutation),
    },
    queryClient,
  );
  // `useMutationState` shares what did not change: so does this list, which effects depend on.
  return useMemo(() => requests.filter((request) => request !== null), [requests]);
}

/**
 * The state a flow opens in: the latest request when it is still out, or settled without anyone
 * having seen its outcome (the dialog was closed meanwhile); otherwise the review of
 * `initialIntent`, or the plan choice.
 */
export function useInitialFlowState(
  requests: ChangePlanRequest[],
  keys: IdempotencyKeys,
  initialIntent: PlanChangeIntent | undefined,
) {
  const [resumed] = useState(() => {
    const latest = requests.at(-1);
    return latest && (latest.change.status === 'pending' || !shownOutcomes.has(latest.mutation))
      ? latest
      : null;
  });
  useEffect(() => {
    if (resumed && resumed.change.status !== 'pending') shownOutcomes.add(resumed.mutation);
  }, [resumed]);
  const initialState = (): PlanChangeFlowState => {
    if (resumed) return resumePlanChangeFlow(resumed.change);
    if (!initialIntent) return initialPlanChangeFlowState;
    const idempotencyKey = keys.keyFor(planChangeIntentKey(initialIntent));
    return planChangeFlowReducer(initialPlanChangeFlowState, {
      type: 'select',
      intent: initialIntent,
      idempotencyKey,
    });
  };
  return { resumed, initialState };
}

/**
 * Keeps a flow in step with the requests: the outcome of the one it is processing ends its
 * processing, and a request sent from elsewhere (another modal on the same provider) takes it to
 * processing, so no flow offers a confirmation while a change is out. Call the returned `sending`
 * as the flow sends a request: earlier attempts under that key are then old news, not its outcome.
 */
export function useFollowChangePlanRequests(
  requests: ChangePlanRequest[],
  state: PlanChangeFlowState,
  dispatch: Dispatch<PlanChangeFlowEvent>,
  resumed: ChangePlanRequest | null,
): (idempotencyKey: string) => void {
  // Settled requests that are not news to this flow.
  const [seen] = useState(
    () => new WeakSet(resumed && resumed.change.status !== 'pending' ? [resumed.mutation] : []),
  );
  const { step, idempotencyKey } = state;
  useEffect(() => {
    const followed =
      step === 'processing'
        ? requests
            .filter(
              (request) => request.change.idempotencyKey === idempotencyKey && !seen.has(request.mutation),
            )
            .at(-1)
        : undefined;
    if (followed && followed.change.status !== 'pending') {
      seen.add(followed.mutation);
      shownOutcomes.add(followed.mutation);
      dispatch({ type: 'observe', change: followed.change });
      return;
    }
    const latest = requests.at(-1);
    if (!followed && latest?.change.status === 'pending')
      dispatch({ type: 'observe', change: latest.change });
  }, [requests, step, idempotencyKey, dispatch, seen]);
  return useCallback(
    (key: string) => {
      for (const request of requests) if (request.change.idempotencyKey === key) seen.add(request.mutation);
    },
    [requests, seen],
  );
}

/* -----------------------------------------------------------------------------------------------*/

type ChangePlanMutation = Mutation<ChangePlanResult, BillingError, ChangePlanVariables>;

function requestOf(mutation: ChangePlanMutation): ChangePlanRequest | null {
  const { status, variables, data, error } = mutation.state;
  if (variables === undefined || status === 'idle') return null;
  const { planId, interval, idempotencyKey, expectedAmountDue } = variables;
  const confirmed = confirmedChanges.get(idempotencyKey) ?? null;
  const attempt = { intent: { planId, interval }, idempotencyKey, expectedAmountDue, confirmed };
  return { mutation, change: observedChange(attempt, status, data, error) };
}

function observedChange(
  attempt: Omit<ObservedPlanChange, 'status'>,
  status: 'pending' | 'success' | 'error',
  data: ChangePlanResult | undefined,
  error: BillingError | null,
): ObservedPlanChange {
  if (status === 'error') {
    const failure = { code: billingErrorCodeOf(error), retryable: error?.retryable === true };
    return { ...attempt, status: 'failed', error: failure };
  }
  if (status === 'pending' || data === undefined) return { ...attempt, status: 'pending' };
  return data.status === 'requires_action'
    ? { ...attempt, status: 'requires_action', actionUrl: data.actionUrl }
    : { ...attempt, status: 'complete' };
}
