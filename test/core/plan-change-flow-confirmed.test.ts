import {
  type ConfirmedPlanChange,
  initialPlanChangeFlowState,
  money,
  type PlanChangeFlowEvent,
  type PlanChangeFlowState,
  planChangeFlowReducer,
  resumePlanChangeFlow,
} from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';

const scaleMonthly = { planId: 'ecommerce-scale', interval: 'month' } as const;
const due = money(15_121, 'EUR');
const confirmed: ConfirmedPlanChange = {
  from: { planId: 'ecommerce-basic', interval: 'month' },
  preview: {
    planId: 'ecommerce-scale',
    interval: 'month',
    kind: 'upgrade',
    effectiveAt: '2026-03-20T10:00:00.000Z',
    lines: [],
    amountDue: due,
    blockers: [],
  },
};

function run(...events: PlanChangeFlowEvent[]): PlanChangeFlowState {
  return events.reduce(planChangeFlowReducer, initialPlanChangeFlowState);
}

describe('given a customer who confirms a change', () => {
  it('keeps the plan they were on and the preview they saw until the change is done', () => {
    const done = run(
      { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' },
      { type: 'confirm', expectedAmountDue: due, confirmed },
      { type: 'succeed' },
    );
    expect(done).toMatchObject({ step: 'done', confirmed });
  });

  it('keeps them for a retry after a failure', () => {
    const retrying = run(
      { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' },
      { type: 'confirm', expectedAmountDue: due, confirmed },
      { type: 'fail', error: { code: 'network', retryable: true } },
      { type: 'retry' },
    );
    expect(retrying).toMatchObject({ step: 'processing', confirmed });
  });

  it('forgets them when another plan is chosen', () => {
    const next = run(
      { type: 'select', intent: scaleMonthly, idempotencyKey: 'key-1' },
      { type: 'confirm', expectedAmountDue: due, confirmed },
      { type: 'succeed' },
      { type: 'select', intent: { planId: 'ecommerce-basic', interval: 'year' }, idempotencyKey: 'key-2' },
    );
    expect(next.confirmed).toBeNull();
  });
});

describe('given a change confirmed elsewhere', () => {
  it('shows what was confirmed there', () => {
    const resumed = resumePlanChangeFlow({
      intent: scaleMonthly,
      idempotencyKey: 'key-1',
      expectedAmountDue: due,
      confirmed,
      status: 'complete',
    });
    expect(resumed).toMatchObject({ step: 'done', confirmed });
  });
});
