import fc from 'fast-check';
import { billingPeriodAt, estimateOverage, money, nextBillingDate } from 'subscription-kit/core';
import { demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

describe('given a monthly plan anchored on January 31st', () => {
  const anchor = '2026-01-31T08:00:00.000Z';

  it.each([
    { after: '2026-01-31T08:00:00.000Z', expected: '2026-02-28T08:00:00.000Z' },
    { after: '2026-02-28T08:00:00.000Z', expected: '2026-03-31T08:00:00.000Z' },
    { after: '2026-03-31T08:00:00.000Z', expected: '2026-04-30T08:00:00.000Z' },
    { after: '2026-04-30T08:00:00.000Z', expected: '2026-05-31T08:00:00.000Z' },
    { after: '2026-02-28T07:59:59.999Z', expected: '2026-02-28T08:00:00.000Z' },
    { after: '2027-12-31T09:00:00.000Z', expected: '2028-01-31T08:00:00.000Z' },
    { after: '2025-06-01T00:00:00.000Z', expected: '2026-01-31T08:00:00.000Z' },
  ])('bills next on $expected after $after', ({ after, expected }) => {
    expect(nextBillingDate(anchor, after).toISOString()).toBe(expected);
  });

  it('bills February 29th in a leap year', () => {
    expect(nextBillingDate('2028-01-31T08:00:00.000Z', '2028-02-01T00:00:00.000Z').toISOString()).toBe(
      '2028-02-29T08:00:00.000Z',
    );
  });

  it('finds the period a date falls in', () => {
    const period = billingPeriodAt(anchor, '2026-03-16T09:00:00.000Z');
    expect(period.start.toISOString()).toBe('2026-02-28T08:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-03-31T08:00:00.000Z');
  });
});

describe('given an annual plan anchored on February 29th', () => {
  it('bills on February 28th in common years and 29th in leap years', () => {
    const anchor = new Date('2024-02-29T00:00:00.000Z');
    expect(nextBillingDate(anchor, '2024-03-01T00:00:00.000Z', 'year').toISOString()).toBe(
      '2025-02-28T00:00:00.000Z',
    );
    expect(nextBillingDate(anchor, '2027-03-01T00:00:00.000Z', 'year').toISOString()).toBe(
      '2028-02-29T00:00:00.000Z',
    );
  });
});

describe('given any anchor and instant', () => {
  it('bills on the anchor day clamped to month end, strictly after, within one month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2040-01-01') }),
        fc.integer({ min: 0, max: 20 * 365 * 86_400_000 }),
        (anchorTime, offset) => {
          const anchor = new Date(anchorTime);
          const after = new Date(anchorTime + offset);
          const next = nextBillingDate(anchor, after);
          const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
          expect(next.getTime()).toBeGreaterThan(after.getTime());
          expect(next.getTime() - after.getTime()).toBeLessThanOrEqual(31 * 86_400_000);
          expect(next.getUTCDate()).toBe(Math.min(anchor.getUTCDate(), lastDay));
          expect(next.getUTCHours()).toBe(anchor.getUTCHours());
          const period = billingPeriodAt(anchor, after);
          expect(period.start.getTime()).toBeLessThanOrEqual(after.getTime());
          expect(period.end.getTime()).toBe(next.getTime());
        },
      ),
    );
  });
});

describe('given usage heading past the limit halfway through the period', () => {
  const basic = demoPlans.find((plan) => plan.id === 'ecommerce-basic');
  if (!basic) throw new Error('demo plan ecommerce-basic is missing');
  const period = { start: '2026-04-01T00:00:00.000Z', end: '2026-05-01T00:00:00.000Z' };

  it('projects conversations to period end and bills each started block of 1,000 at the end', () => {
    // 30,000 after 15 of 30 days → 60,000 projected → 10,000 over → 10 blocks × €10
    const estimate = estimateOverage({
      plan: basic,
      usage: { conversations: 30_000 },
      period,
      now: '2026-04-16T00:00:00.000Z',
    });
    expect(estimate.lines).toEqual([
      {
        metric: 'conversations',
        projected: 60_000,
        limit: 50_000,
        overUnits: 10_000,
        amount: money(10_000, 'EUR'),
      },
    ]);
    expect(estimate.total).toEqual(money(10_000, 'EUR'));
    expect(estimate.billedAt.toISOString()).toBe(period.end);
  });

  it('bills a started block in full', () => {
    const estimate = estimateOverage({
      plan: basic,
      usage: { conversations: 50_001 },
      period,
      now: period.end,
    });
    expect(estimate.total).toEqual(money(1_000, 'EUR'));
  });

  it('estimates nothing within the limit, or for metrics without an overage rate', () => {
    const estimate = estimateOverage({
      plan: basic,
      usage: { conversations: 20_000, documents: 5_000 },
      period,
      now: '2026-04-16T00:00:00.000Z',
    });
    expect(estimate.lines).toEqual([]);
    expect(estimate.total).toEqual(money(0, 'EUR'));
  });
});
