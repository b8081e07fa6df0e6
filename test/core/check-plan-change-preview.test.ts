import fc from 'fast-check';
import {
  assertPlanChangePreview,
  type BillingError,
  checkPlanChangePreview,
  money,
  type Plan,
  type PlanChangeIntent,
  type PlanChangePreview,
  type PreviewLine,
  previewPlanChange,
} from 'subscription-kit/core';
import { demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

const period = { start: '2026-03-16T09:00:00.000Z', end: '2026-04-01T00:00:00.000Z' };
const scaleMonthly = { planId: 'ecommerce-scale', interval: 'month' } as const;

/** A proration line: a credit on Ecommerce Basic or a charge for Ecommerce Scale. */
function line(kind: PreviewLine['kind'], amount: number, currency = 'EUR'): PreviewLine {
  const planId = kind === 'credit' ? 'ecommerce-basic' : 'ecommerce-scale';
  return { kind, amount: money(amount, currency), planId, interval: 'month', period };
}

const credit = (amount: number, currency?: string) => line('credit', amount, currency);
const charge = (amount: number, currency?: string) => line('charge', amount, currency);

/** An upgrade to Ecommerce Scale: a €120 credit, a €490 charge, €370 due. */
function upgrade(overrides: Partial<PlanChangePreview> = {}): PlanChangePreview {
  return {
    ...scaleMonthly,
    kind: 'upgrade',
    effectiveAt: period.start,
    lines: [credit(-12_000), charge(49_000)],
    amountDue: money(37_000, 'EUR'),
    blockers: [],
    ...overrides,
  };
}

function pathsOf(preview: PlanChangePreview, intent: PlanChangeIntent = scaleMonthly) {
  return checkPlanChangePreview(preview, intent).map((problem) => problem.path);
}

describe('given a preview whose lines add up to its amount due', () => {
  it('finds nothing wrong and hands the preview back', () => {
    expect(checkPlanChangePreview(upgrade(), scaleMonthly)).toEqual([]);
    const preview = upgrade();
    expect(assertPlanChangePreview(preview, scaleMonthly)).toBe(preview);
  });

  it('accepts nothing due when the credit is larger than the charge', () => {
    const lines = [credit(-60_000), charge(49_000)];
    expect(pathsOf(upgrade({ lines, amountDue: money(0, 'EUR') }))).toEqual([]);
  });

  it('accepts an immediate change without lines and with nothing due', () => {
    expect(pathsOf(upgrade({ lines: [], amountDue: money(0, 'EUR') }))).toEqual([]);
  });
});

describe('given lines of −€120 and +€490 with €1.00 due', () => {
  const preview = upgrade({ amountDue: money(100, 'EUR') });

  it('names the amount due and what the lines add up to', () => {
    expect(checkPlanChangePreview(preview, scaleMonthly)).toEqual([
      {
        path: 'preview.amountDue.amount',
        expected: '37000: the sum of the lines, or 0 if that is negative',
        received: '100',
      },
    ]);
  });

  it('throws an invalid_response BillingError naming the field', () => {
    let thrown: BillingError | undefined;
    try {
      assertPlanChangePreview(preview, scaleMonthly);
    } catch (error) {
      thrown = error as BillingError;
    }
    expect(thrown).toMatchObject({
      name: 'BillingError',
      code: 'invalid_response',
      retryable: false,
      details: { method: 'previewChange', path: 'preview.amountDue.amount' },
    });
    expect(thrown?.message).toContain('preview.amountDue.amount: expected 37000');
  });
});

describe('given lines in EUR with the amount due in JPY', () => {
  it('reports the currency, without adding amounts of two currencies', () => {
    expect(pathsOf(upgrade({ amountDue: money(37_000, 'JPY') }))).toEqual(['preview.amountDue.currency']);
  });

  it('reports a line in another currency than the first', () => {
    const lines = [credit(-12_000), charge(49_000, 'USD')];
    expect(pathsOf(upgrade({ lines }))).toEqual(['preview.lines[1].amount.currency']);
  });
});

describe('given a preview for another plan or interval than the one chosen', () => {
  it('names the plan', () => {
    expect(pathsOf(upgrade({ planId: 'ecommerce-basic' }))).toEqual(['preview.planId']);
  });

  it('names the interval', () => {
    expect(pathsOf(upgrade(), { planId: 'ecommerce-scale', interval: 'year' })).toEqual(['preview.interval']);
  });
});

describe('given lines whose sign contradicts their kind', () => {
  it('refuses a positive credit and a negative charge', () => {
    const lines = [credit(12_000), charge(-49_000)];
    expect(pathsOf(upgrade({ lines, amountDue: money(0, 'EUR') }))).toEqual([
      'preview.lines[0].amount.amount',
      'preview.lines[1].amount.amount',
    ]);
  });
});

describe('given a downgrade or the current plan', () => {
  it('refuses a charge now', () => {
    const downgrade = upgrade({ kind: 'downgrade', lines: [], amountDue: money(4_900, 'EUR') });
    expect(pathsOf(downgrade)).toEqual(['preview.amountDue.amount']);
  });

  it('refuses proration lines', () => {
    expect(pathsOf(upgrade({ kind: 'same', amountDue: money(0, 'EUR') }))).toEqual(['preview.lines']);
  });
});

describe('given any preview the engine computes', () => {
  const plans = demoPlans.filter((plan) => plan.prices.month.currency === 'EUR');
  const pick = fc.constantFrom(...plans);
  const interval = fc.constantFrom('month' as const, 'year' as const);

  it('finds nothing wrong with it', () => {
    fc.assert(
      fc.property(
        pick,
        interval,
        pick,
        interval,
        fc.integer({ min: 0, max: 30 * 86_400 }),
        (current, from, target, to, seconds) => {
          const start = Date.parse('2026-03-01T00:00:00.000Z');
          const { preview } = previewPlanChange({
            current: {
              plan: current as Plan,
              subscription: {
                interval: from,
                currentPeriod: { start: new Date(start).toISOString(), end: '2026-04-01T00:00:00.000Z' },
              },
            },
            target,
            interval: to,
            account: {},
            now: new Date(start + seconds * 1000),
          });
          expect(checkPlanChangePreview(preview, { planId: target.id, interval: to })).toEqual([]);
        },
      ),
    );
  });
});
