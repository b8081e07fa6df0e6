import fc from 'fast-check';
import {
  type BillingErrorCode,
  initialPlanChangeFlowState,
  money,
  type PlanChangeFlowEvent,
  type PlanChangeFlowState,
  planChangeFlowReducer,
  resumePlanChangeFlow,
} from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';

const scaleMonthly = { planId: 'ecommerce-scale', interval: 'month' } as const;
const scaleYearly = { planId: 'ecommerce-scale', interval: 'year' } as const;
/** The amount due the customer saw in the preview. */
const due = money(15_121, 'EUR');

function run(...events: PlanChangeFlowEvent[]): PlanChangeFlowState {
  return events.reduce(planChangeFlowReducer, initialPlanChangeFlowState);
}

describe('given a user who picks a plan and confirms', () => {
  it('goes select → review → processing → done with the key it was given', () => {
    const review = run({ type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' });
    expect(review).toMatchObject({ step: 'review', intent: scaleMonthly, idempotencyKey: 'key-1' });
    const processing = planChangeFlowReducer(review, { type: 'confirm', expectedAmountDue: due });
    expect(processing).toMatchObject({ step: 'processing', attempts: 1 });
    expect(planChangeFlowReducer(processing, { type: 'succeed' })).toMatchObject({
      step: 'done',
      idempotencyKey: 'key-1',
    });
  });

  it('ignores a second click on confirm while processing', () => {
    const processing = run(
      { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' },
      { type: 'confirm', expectedAmountDue: due },
    );
    expect(planChangeFlowReducer(processing, { type: 'confirm', expectedAmountDue: due })).toBe(processing);
  });

  it('keeps the payment step URL while processing', () => {
    const state = run(
      { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' },
      { type: 'confirm', expectedAmountDue: due },
      { type: 'require_action', url: 'https://pay.example/3ds' },
    );
    expect(state).toMatchObject({ step: 'processing', actionUrl: 'https://pay.example/3ds' });
    expect(planChangeFlowReducer(state, { type: 'succeed' }).actionUrl).toBeNull();
  });
});

/** The flow after one attempt at Ecommerce Scale, monthly, failed with `code`. */
function failedWith(code: BillingErrorCode) {
  return run(
    { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' },
    { type: 'confirm', expectedAmountDue: due },
    { type: 'fail', error: { code, retryable: false } },
  );
}

describe('given a declined card', () => {
  const failed = failedWith('payment_declined');

  it('shows the failure with its code', () => {
    expect(failed).toMatchObject({ step: 'failed', error: { code: 'payment_declined', retryable: false } });
  });

  it('retries with the same idempotency key', () => {
    expect(planChangeFlowReducer(failed, { type: 'retry' })).toMatchObject({
      step: 'processing',
      idempotencyKey: 'key-1',
      error: null,
      attempts: 2,
    });
  });

  it('keeps the key when the user goes back and picks the same plan again', () => {
    const again = run(
      { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' },
      { type: 'confirm', expectedAmountDue: due },
      { type: 'fail', error: { code: 'payment_declined', retryable: false } },
      { type: 'back' },
      { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-2' },
    );
    expect(again).toMatchObject({ step: 'review', idempotencyKey: 'key-1', error: null });
  });

  it('takes a new key for a different choice', () => {
    const other = planChangeFlowReducer(planChangeFlowReducer(failed, { type: 'back' }), {
      type: 'select',
      intent: scaleYearly,
      idempotencyKey: 'key-2',
    });
    expect(other).toMatchObject({
      step: 'review',
      intent: scaleYearly,
      idempotencyKey: 'key-2',
      attempts: 0,
    });
  });
});

describe('given a finished change', () => {
  it('starts a new intent with a new key even for the same plan', () => {
    const done = run(
      { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' },
      { type: 'confirm', expectedAmountDue: due },
      { type: 'succeed' },
      { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-2' },
    );
    expect(done).toMatchObject({ step: 'review', idempotencyKey: 'key-2' });
  });

  it('resets to the beginning', () => {
    const state = run({ type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' }, { type: 'reset' });
    expect(state).toEqual(initialPlanChangeFlowState);
  });
});

describe('given a request in flight', () => {
  it('ignores reset, back, retry and a new selection until it settles', () => {
    const processing = run(
      { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' },
      { type: 'confirm', expectedAmountDue: due },
    );
    for (const event of [
      { type: 'reset' },
      { type: 'back' },
      { type: 'retry' },
      { type: 'select', intent: scaleYearly, idempotencyKey: 'key-2' },
    ] as PlanChangeFlowEvent[]) {
      expect(planChangeFlowReducer(processing, event)).toBe(processing);
    }
  });
});

describe('given a backend that refuses to charge another amount than the one confirmed', () => {
  const refused = failedWith('amount_changed');

  it('returns to the review with the reason, keeping the key and forgetting the old amount', () => {
    expect(refused).toMatchObject({
      step: 'review',
      idempotencyKey: 'key-1',
      expectedAmountDue: null,
      error: { code: 'amount_changed' },
    });
  });

  it('sends the new amount when the customer confirms again', () => {
    const newAmount = money(15_200, 'EUR');
    expect(planChangeFlowReducer(refused, { type: 'confirm', expectedAmountDue: newAmount })).toMatchObject({
      step: 'processing',
      idempotencyKey: 'key-1',
      expectedAmountDue: newAmount,
      error: null,
      attempts: 2,
    });
  });
});

describe('given a change sent from elsewhere (a closed dialog, another modal)', () => {
  const attempt = { intent: scaleMonthly, idempotencyKey: 'key-9', expectedAmountDue: due };

  it('goes to processing from any step when it is out', () => {
    for (const state of [
      initialPlanChangeFlowState,
      run({ type: 'select', intent: scaleYearly, idempotencyKey: 'key-1' }),
    ]) {
      expect(
        planChangeFlowReducer(state, { type: 'observe', change: { ...attempt, status: 'pending' } }),
      ).toMatchObject({
        step: 'processing',
        intent: scaleMonthly,
        idempotencyKey: 'key-9',
        expectedAmountDue: due,
      });
    }
  });

  it('shows its outcome only while processing it', () => {
    const processing = planChangeFlowReducer(initialPlanChangeFlowState, {
      type: 'observe',
      change: { ...attempt, status: 'pending' },
    });
    const failure = { ...attempt, status: 'failed', error: { code: 'network', retryable: true } } as const;
    expect(planChangeFlowReducer(processing, { type: 'observe', change: failure })).toMatchObject({
      step: 'failed',
      error: { code: 'network' },
    });
    expect(planChangeFlowReducer(initialPlanChangeFlowState, { type: 'observe', change: failure })).toBe(
      initialPlanChangeFlowState,
    );
    const other = { ...attempt, idempotencyKey: 'key-other', status: 'complete' } as const;
    expect(planChangeFlowReducer(processing, { type: 'observe', change: other })).toBe(processing);
  });

  it('resumes a settled change as processing followed by its outcome, ready to retry with its key and amount', () => {
    const resumed = resumePlanChangeFlow({
      ...attempt,
      status: 'failed',
      error: { code: 'payment_declined', retryable: false },
    });
    expect(resumed).toMatchObject({ step: 'failed', idempotencyKey: 'key-9', expectedAmountDue: due });
    expect(planChangeFlowReducer(resumed, { type: 'retry' })).toMatchObject({
      step: 'processing',
      idempotencyKey: 'key-9',
      expectedAmountDue: due,
    });
    expect(resumePlanChangeFlow({ ...attempt, status: 'complete' }).step).toBe('done');
    expect(
      resumePlanChangeFlow({ ...attempt, status: 'requires_action', actionUrl: 'https://pay.example/3ds' }),
    ).toMatchObject({ step: 'processing', actionUrl: 'https://pay.example/3ds' });
  });
});

const eventArbitrary: fc.Arbitrary<PlanChangeFlowEvent> = fc.oneof(
  fc.record({
    type: fc.constant('select' as const),
    intent: fc.constantFrom(scaleMonthly, scaleYearly),
    idempotencyKey: fc.uuid(),
  }),
  fc.constantFrom<PlanChangeFlowEvent>(
    { type: 'back' },
    { type: 'confirm', expectedAmountDue: due },
    { type: 'succeed' },
    { type: 'retry' },
    { type: 'reset' },
    { type: 'require_action', url: 'https://pay.example/3ds' },
    { type: 'fail', error: { code: 'network', retryable: true } },
    { type: 'fail', error: { code: 'amount_changed', retryable: false } },
  ),
  fc.record({
    type: fc.constant('observe' as const),
    // Another flow's requests: one key per intent, as the data layer's key registry gives them.
    change: fc
      .tuple(
        fc.constantFrom(
          { intent: scaleMonthly, idempotencyKey: 'key-a' },
          { intent: scaleYearly, idempotencyKey: 'key-b' },
        ),
        fc.constantFrom('pending' as const, 'complete' as const),
      )
      .map(([request, status]) => ({ ...request, expectedAmountDue: due, status })),
  }),
);

describe('given any sequence of events', () => {
  it('sends every request for one intent with one key, and a key is never reused for another intent', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 40 }), (events) => {
        const keyOf = new Map<string, string>();
        let state = initialPlanChangeFlowState;
        for (const event of events) {
          const next = planChangeFlowReducer(state, event);
          if (next.step === 'processing' && state.step !== 'processing') {
            const sameKey = next.idempotencyKey === state.idempotencyKey;
            expect(next.attempts).toBe(sameKey ? state.attempts + 1 : 1);
            const intent = `${next.intent?.planId}/${next.intent?.interval}`;
            const key = next.idempotencyKey ?? '';
            expect(key).not.toBe('');
            for (const [otherIntent, otherKey] of keyOf)
              if (otherKey === key) expect(otherIntent).toBe(intent);
            keyOf.set(intent, key);
          }
          // Only a request that waits for the customer's payment step gives way to another.
          if (state.step === 'processing' && next.step === 'processing' && state.actionUrl === null) {
            expect(next.idempotencyKey).toBe(state.idempotencyKey);
          }
          if (next.step === 'done') keyOf.clear();
          state = next;
        }
      }),
    );
  });
});
