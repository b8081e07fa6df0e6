import fc from 'fast-check';
import { money, type Plan, previewPlanChange } from 'subscription-kit/core';
import { demoAccounts, demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

function plan(id: string): Plan {
  const found = demoPlans.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`demo plan ${id} is missing`);
  return found;
}

const april = { start: '2026-04-01T00:00:00.000Z', end: '2026-05-01T00:00:00.000Z' };
const midApril = '2026-04-16T00:00:00.000Z';
const noUsage = {};

function onSupportBasic(interval: 'month' | 'year' = 'month') {
  return { plan: plan('support-basic'), subscription: { interval, currentPeriod: april } };
}

describe('given an account without a subscription', () => {
  const { preview, timing, period } = previewPlanChange({
    current: null,
    target: plan('support-basic'),
    interval: 'month',
    account: noUsage,
    now: midApril,
  });

  it('starts a new period now and charges it in full', () => {
    expect(timing).toBe('immediate');
    expect(period).toEqual({ start: midApril, end: '2026-05-16T00:00:00.000Z' });
    expect(preview).toEqual({
      planId: 'support-basic',
      interval: 'month',
      kind: 'upgrade',
      effectiveAt: midApril,
      lines: [
        { kind: 'charge', amount: money(19_000, 'EUR'), planId: 'support-basic', interval: 'month', period },
      ],
      amountDue: money(19_000, 'EUR'),
      blockers: [],
    });
  });
});

describe('given an upgrade from €190 to €490 a month halfway through the period', () => {
  const { preview, timing, period } = previewPlanChange({
    current: onSupportBasic(),
    target: plan('support-scale'),
    interval: 'month',
    account: noUsage,
    now: midApril,
  });

  it('applies now and keeps the period', () => {
    expect(timing).toBe('immediate');
    expect(preview.kind).toBe('upgrade');
    expect(preview.effectiveAt).toBe(midApril);
    expect(period).toEqual(april);
  });

  it('credits half the old price, charges half the new one and asks the difference', () => {
    const remaining = { start: midApril, end: april.end };
    expect(preview.lines).toEqual([
      {
        kind: 'credit',
        amount: money(-9_500, 'EUR'),
        planId: 'support-basic',
        interval: 'month',
        period: remaining,
      },
      {
        kind: 'charge',
        amount: money(24_500, 'EUR'),
        planId: 'support-scale',
        interval: 'month',
        period: remaining,
      },
    ]);
    expect(preview.amountDue).toEqual(money(15_000, 'EUR'));
  });
});

describe('given a move from monthly to yearly billing halfway through the period', () => {
  const { preview, timing, period } = previewPlanChange({
    current: onSupportBasic(),
    target: plan('support-basic'),
    interval: 'year',
    account: noUsage,
    now: midApril,
  });

  it('starts a yearly period now', () => {
    expect(preview.kind).toBe('interval_change');
    expect(timing).toBe('immediate');
    expect(period).toEqual({ start: midApril, end: '2027-04-16T00:00:00.000Z' });
  });

  it('credits the unused month and charges the full year', () => {
    expect(preview.lines.map((line) => [line.kind, line.amount.amount])).toEqual([
      ['credit', -9_500],
      ['charge', 190_000],
    ]);
    expect(preview.amountDue).toEqual(money(180_500, 'EUR'));
  });
});

describe('given a move from yearly to monthly billing', () => {
  const { preview, timing } = previewPlanChange({
    current: onSupportBasic('year'),
    target: plan('support-basic'),
    interval: 'month',
    account: noUsage,
    now: midApril,
  });

  it('is scheduled for the end of the period and charges nothing now', () => {
    expect(timing).toBe('end_of_period');
    expect(preview.effectiveAt).toBe(april.end);
    expect(preview.lines).toEqual([]);
    expect(preview.amountDue).toEqual(money(0, 'EUR'));
  });
});

describe('given a downgrade the account fits', () => {
  const { preview, timing } = previewPlanChange({
    current: { plan: plan('support-scale'), subscription: { interval: 'month', currentPeriod: april } },
    target: plan('support-basic'),
    interval: 'month',
    account: { usage: { conversations: 10_000 } },
    now: midApril,
  });

  it('is scheduled for the end of the period, with nothing in the way', () => {
    expect(timing).toBe('end_of_period');
    expect(preview).toMatchObject({ kind: 'downgrade', effectiveAt: april.end, lines: [], blockers: [] });
  });
});

describe('given a downgrade the account has outgrown', () => {
  const { preview } = previewPlanChange({
    current: { plan: plan('ecommerce-scale'), subscription: { interval: 'month', currentPeriod: april } },
    target: plan('ecommerce-basic'),
    interval: 'month',
    account: demoAccounts.blockedDowngrade,
    now: midApril,
  });

  it('lists what blocks it, by code', () => {
    expect(preview.blockers.map((blocker) => blocker.code)).toEqual([
      'over_usage_limits',
      'over_usage_limits',
      'over_usage_limits',
      'feature_in_use',
      'feature_in_use',
    ]);
  });
});

describe('given the plan and interval the account is on', () => {
  const { preview, timing } = previewPlanChange({
    current: onSupportBasic(),
    target: plan('support-basic'),
    interval: 'month',
    account: demoAccounts.blockedDowngrade,
    now: midApril,
  });

  it('changes nothing and blocks nothing', () => {
    expect(timing).toBe('none');
    expect(preview).toMatchObject({ kind: 'same', effectiveAt: midApril, lines: [], blockers: [] });
    expect(preview.amountDue).toEqual(money(0, 'EUR'));
  });
});

describe('given an upgrade at any instant of the period', () => {
  it('has lines that add up to the amount due, never more than the new price', () => {
    const start = Date.parse(april.start);
    const length = Date.parse(april.end) - start;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: length - 1 }), (offset) => {
        const { preview } = previewPlanChange({
          current: onSupportBasic(),
          target: plan('support-scale'),
          interval: 'month',
          account: noUsage,
          now: new Date(start + offset),
        });
        const sum = preview.lines.reduce((total, line) => total + line.amount.amount, 0);
        expect(sum).toBe(preview.amountDue.amount);
        expect(preview.amountDue.amount).toBeLessThanOrEqual(49_000);
      }),
    );
  });
});
