import { checkPlanChangePreview, money, type PlanChangePreview } from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';

const period = { start: '2026-03-16T09:00:00.000Z', end: '2026-04-01T00:00:00.000Z' };
const scaleMonthly = { planId: 'ecommerce-scale', interval: 'month' } as const;

/** An upgrade to Ecommerce Scale: €370 due, with 25 % tax and the renewal on April 1st at €490. */
function upgrade(overrides: Partial<PlanChangePreview> = {}): PlanChangePreview {
  return {
    ...scaleMonthly,
    kind: 'upgrade',
    effectiveAt: period.start,
    lines: [
      { kind: 'credit', amount: money(-12_000, 'EUR'), planId: 'ecommerce-basic', interval: 'month', period },
      { kind: 'charge', amount: money(49_000, 'EUR'), planId: 'ecommerce-scale', interval: 'month', period },
    ],
    amountDue: money(37_000, 'EUR'),
    blockers: [],
    tax: money(9_250, 'EUR'),
    total: money(46_250, 'EUR'),
    nextRenewal: { at: period.end, amount: money(49_000, 'EUR') },
    ...overrides,
  };
}

const paths = (preview: PlanChangePreview) =>
  checkPlanChangePreview(preview, scaleMonthly).map((problem) => problem.path);

describe('given a preview with tax, total and the next renewal', () => {
  it('passes when the total is the amount due plus the tax, all in one currency', () => {
    expect(paths(upgrade())).toEqual([]);
  });

  it('names the total when it is not the amount due plus the tax', () => {
    expect(paths(upgrade({ total: money(37_000, 'EUR') }))).toEqual(['preview.total.amount']);
  });

  it('names a tax or total in another currency', () => {
    expect(paths(upgrade({ tax: money(9_250, 'USD'), total: money(46_250, 'USD') }))).toEqual([
      'preview.tax.currency',
      'preview.total.currency',
    ]);
  });

  it('names a negative tax', () => {
    expect(paths(upgrade({ tax: money(-1, 'EUR'), total: money(36_999, 'EUR') }))).toEqual([
      'preview.tax.amount',
    ]);
  });

  it('names a tax without a total, and a total without a tax', () => {
    const { total: _total, ...withoutTotal } = upgrade();
    const { tax: _tax, ...withoutTax } = upgrade();
    expect(paths(withoutTotal)).toEqual(['preview.total']);
    expect(paths(withoutTax)).toEqual(['preview.tax']);
  });

  it('names a renewal amount in another currency or below zero', () => {
    expect(paths(upgrade({ nextRenewal: { at: period.end, amount: money(49_000, 'USD') } }))).toEqual([
      'preview.nextRenewal.amount.currency',
    ]);
    expect(paths(upgrade({ nextRenewal: { at: period.end, amount: money(-1, 'EUR') } }))).toEqual([
      'preview.nextRenewal.amount.amount',
    ]);
  });
});
