import type { BillingErrorCode } from './billing-error';
import type { PlanChangePreview } from './preview-plan-change';
import type { Money, PlanChangeIntent } from './types';

/** The steps of a plan change, written to the UI as `data-step`. */
export type PlanChangeStep = 'select' | 'review' | 'processing' | 'done' | 'failed';

export interface PlanChangeFlowState {
  step: PlanChangeStep;
  /** The chosen plan and interval; kept after going back, so choosing it again reuses its key. */
  intent: PlanChangeIntent | null;
  /** Sent with `changePlan`; the same for every attempt at the same intent. */
  idempotencyKey: string | null;
  /** The amount due the customer confirmed: sent with `changePlan`, and again with a retry. */
  expectedAmountDue: Money | null;
  /** Set while processing when the payment needs the user (e.g. 3-D Secure). */
  actionUrl: string | null;
  /**
   * Why the last attempt failed; also set on the review after `amount_changed`, which returns
   * there to show the new amount.
   */
  error: PlanChangeFlowError | null;
  /** Requests sent for this intent. */
  attempts: number;
  /** What the customer confirmed, kept to the end: the subscription refetched after it has moved on. */
  confirmed: ConfirmedPlanChange | null;
}

/** A change as the customer confirmed it: the plan and interval they were on, and what they saw. */
export interface ConfirmedPlanChange {
  /** `null` when there was no subscription. */
  from: PlanChangeIntent | null;
  preview: PlanChangePreview;
}

export interface PlanChangeFlowError {
  code: BillingErrorCode;
  retryable: boolean;
}

/** One `changePlan` request: what it asks for, under which key, at which amount. */
export interface PlanChangeAttempt {
  intent: PlanChangeIntent;
  idempotencyKey: string;
  expectedAmountDue: Money;
  /** What the customer confirmed, when the one who sent it said so. */
  confirmed?: ConfirmedPlanChange | null | undefined;
}

/**
 * A `changePlan` request as the data layer sees it, wherever it was sent from: still out, or
 * settled with its outcome.
 */
export type ObservedPlanChange = PlanChangeAttempt &
  (
    | { status: 'pending' }
    | { status: 'complete' }
    | { status: 'requires_action'; actionUrl: string }
    | { status: 'failed'; error: PlanChangeFlowError }
  );

export type PlanChangeFlowEvent =
  /** `idempotencyKey` is a fresh key from the caller; it is used only if the intent is new. */
  | { type: 'select'; intent: PlanChangeIntent; idempotencyKey: string }
  | { type: 'back' }
  /** The customer confirms the preview, whose amount due travels with the request. */
  | { type: 'confirm'; expectedAmountDue: Money; confirmed?: ConfirmedPlanChange | undefined }
  | { type: 'require_action'; url: string }
  | { type: 'succeed' }
  | { type: 'fail'; error: PlanChangeFlowError }
  | { type: 'retry' }
  | { type: 'reset' }
  /**
   * A `changePlan` request for this subscription, from this flow or any other: one that is out
   * takes the flow to processing (from any step but processing another), and the outcome of the
   * one it is processing ends it.
   */
  | { type: 'observe'; change: ObservedPlanChange };

/** The state before the user has chosen anything. */
export const initialPlanChangeFlowState: PlanChangeFlowState = {
  step: 'select',
  intent: null,
  idempotencyKey: null,
  expectedAmountDue: null,
  actionUrl: null,
  error: null,
  attempts: 0,
  confirmed: null,
};

/**
 * The plan-change flow, select → review → processing → done | failed, as a pure reducer. Events
 * that do not apply to the current step return the same state, so a double click on "Confirm"
 * while processing sends nothing twice. A retry, or choosing the same plan again after a failure,
 * keeps the idempotency key, so the backend can never apply one intent twice. `reset` is ignored
 * while processing; the request settles first (with `succeed` or `fail`). `amount_changed` is not
 * a dead end: it returns to the review, to show the new amount and confirm again.
 */
export function planChangeFlowReducer(
  state: PlanChangeFlowState,
  event: PlanChangeFlowEvent,
): PlanChangeFlowState {
  switch (event.type) {
    case 'select': {
      if (state.step === 'processing') return state;
      const sameIntent =
        state.step !== 'done' &&
        state.intent?.planId === event.intent.planId &&
        state.intent.interval === event.intent.interval;
      return sameIntent
        ? { ...state, step: 'review', error: null, actionUrl: null }
        : {
            ...initialPlanChangeFlowState,
            step: 'review',
            intent: event.intent,
            idempotencyKey: event.idempotencyKey,
          };
    }
    case 'back':
      return state.step === 'review' || state.step === 'failed'
        ? { ...state, step: 'select', error: null }
        : state;
    case 'confirm':
      return state.step === 'review'
        ? {
            ...state,
            step: 'processing',
            error: null,
            expectedAmountDue: event.expectedAmountDue,
            confirmed: event.confirmed ?? null,
            attempts: state.attempts + 1,
          }
        : state;
    case 'require_action':
      return state.step === 'processing' && state.actionUrl !== event.url
        ? { ...state, actionUrl: event.url }
        : state;
    case 'succeed':
      return state.step === 'processing' ? { ...state, step: 'done', actionUrl: null } : state;
    case 'fail':
      return state.step === 'processing' ? failed(state, event.error) : state;
    case 'retry':
      return state.step === 'failed'
        ? { ...state, step: 'processing', error: null, attempts: state.attempts + 1 }
        : state;
    case 'reset':
      // Not while a request is in flight: forgetting its key could let a second attempt through.
      return state.step === 'processing' ? state : initialPlanChangeFlowState;
    case 'observe':
      return observe(state, event.change);
    default:
      event satisfies never;
      return state;
  }
}

/**
 * The flow that shows a `changePlan` request it did not start here, e.g. in a dialog reopened
 * while the request was out or after it settled: processing, then its outcome.
 */
export function resumePlanChangeFlow(change: ObservedPlanChange): PlanChangeFlowState {
  const processing = observe(initialPlanChangeFlowState, { ...change, status: 'pending' });
  return observe(processing, change);
}

function observe(state: PlanChangeFlowState, change: ObservedPlanChange): PlanChangeFlowState {
  const following = state.step === 'processing' && state.idempotencyKey === change.idempotencyKey;
  if (!following) {
    // A request still out is followed to its end; one that waits for the customer's payment step
    // (`actionUrl`) gives way to a new one.
    const busy = state.step === 'processing' && state.actionUrl === null;
    if (change.status !== 'pending' || busy) return state;
    const { intent, idempotencyKey, expectedAmountDue } = change;
    const attempts = state.idempotencyKey === idempotencyKey ? state.attempts + 1 : 1;
    return {
      ...initialPlanChangeFlowState,
      step: 'processing',
      intent,
      idempotencyKey,
      expectedAmountDue,
      attempts,
      confirmed: change.confirmed ?? null,
    };
  }
  switch (change.status) {
    case 'pending':
      return state;
    case 'complete':
      return planChangeFlowReducer(state, { type: 'succeed' });
    case 'requires_action':
      return planChangeFlowReducer(state, { type: 'require_action', url: change.actionUrl });
    case 'failed':
      return failed(state, change.error);
    default:
      change satisfies never;
      return state;
  }
}

function failed(state: PlanChangeFlowState, error: PlanChangeFlowError): PlanChangeFlowState {
  const { code, retryable } = error;
  // The backend refused to charge another amount than the one confirmed: review the new one.
  return code === 'amount_changed'
    ? { ...state, step: 'review', actionUrl: null, expectedAmountDue: null, error: { code, retryable } }
    : { ...state, step: 'failed', actionUrl: null, error: { code, retryable } };
}
