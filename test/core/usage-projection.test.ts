import fc from 'fast-check';
import {
  explainProjection,
  MIN_PROJECTION_SHARE,
  money,
  projectUsage,
  type Subscription,
  upcomingBill,
} from 'subscription-kit/core';
import { demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** A 31-day period: March 6, 09:00 → April 6, 09:00 (UTC). */
const march = { start: '2026-03-06T09:00:00.000Z', end: '2026-04-06T09:00:00.000Z' };
const start = Date.parse(march.start);
const end = Date.parse(march.end);
/** The period before it, cut short after 20 days by a plan change. */
const previousPeriod = {
  start: '2026-02-14T09:00:00.000Z',
  end: '2026-03-06T09:00:00.000Z',
  usage: { conversations: 30_000 },
};
const at = (time: number) => new Date(time).toISOString();

describe('given the first quarter of a period', () => {
  it('keeps the usage so far when nothing else is known: 30,000 on day 1 stays 30,000', () => {
    const projection = explainProjection({
      usage: { conversations: 30_000, aiTokens: 1_000_000, documents: 40 },
      period: march,
      now: at(start + DAY / 2),
    });
    expect(projection).toEqual({
      usage: { conversations: 30_000, aiTokens: 1_000_000, documents: 40 },
      basis: { conversations: 'so_far', aiTokens: 'so_far' },
    });
  });

  it("adds the rest of the period at the previous period's pace", () => {
    // 30,000 in 20 days is 1,500 a day: 500 so far + 1,500 × 30 days 23 hours = 500 + 46,438 (up).
    const projection = explainProjection({
      usage: { conversations: 500 },
      period: march,
      now: at(start + 60 * MINUTE),
      previousPeriod,
    });
    expect(projection).toEqual({
      usage: { conversations: 46_938 },
      basis: { conversations: 'previous_period' },
    });
  });

  it("takes the trial's pace when there is no previous period, and not a trial from long ago", () => {
    const trial = {
      start: '2026-02-20T09:00:00.000Z',
      end: '2026-03-02T09:00:00.000Z',
      usage: { conversations: 10_000 },
    };
    // 10,000 in 10 days: 1,000 a day over the 30 days left.
    expect(
      explainProjection({ usage: { conversations: 2_000 }, period: march, now: at(start + DAY), trial }),
    ).toEqual({ usage: { conversations: 32_000 }, basis: { conversations: 'trial' } });
    const longAgo = { ...trial, start: '2025-01-01T00:00:00.000Z', end: '2025-01-15T00:00:00.000Z' };
    expect(
      explainProjection({
        usage: { conversations: 2_000 },
        period: march,
        now: at(start + DAY),
        trial: longAgo,
      }),
    ).toEqual({ usage: { conversations: 2_000 }, basis: { conversations: 'so_far' } });
  });

  it('leaves a flow the previous period did not report to the usage so far', () => {
    expect(
      explainProjection({ usage: { aiTokens: 9_000 }, period: march, now: at(start + DAY), previousPeriod }),
    ).toEqual({ usage: { aiTokens: 9_000 }, basis: { aiTokens: 'so_far' } });
  });
});

describe('given a quarter of the period or more', () => {
  it('projects at the period’s own pace from exactly a quarter on', () => {
    const quarter = start + (end - start) * MIN_PROJECTION_SHARE;
    expect(MIN_PROJECTION_SHARE).toBe(0.25);
    expect(
      explainProjection({
        usage: { conversations: 10_000 },
        period: march,
        now: at(quarter),
        previousPeriod,
      }),
    ).toEqual({ usage: { conversations: 40_000 }, basis: { conversations: 'pace' } });
    expect(
      projectUsage({ usage: { conversations: 10_000 }, period: march, now: at(quarter - MINUTE) }),
    ).toEqual({ conversations: 10_000 });
  });
});

/** Any instant of the period, its first minute and its last included. */
const instant = fc.oneof(
  fc.constantFrom(start, start + 1, start + MINUTE, end - MINUTE, end - 1, end),
  fc.integer({ min: start, max: end }),
);
const previous = fc.option(
  fc.record({
    days: fc.integer({ min: 1, max: 31 }),
    used: fc.integer({ min: 0, max: 10_000_000 }),
  }),
  { nil: null },
);
function previousOf(given: { days: number; used: number } | null) {
  return (
    given && {
      start: at(start - given.days * DAY),
      end: march.start,
      usage: { conversations: given.used },
    }
  );
}
const projected = (used: number, time: number, given: { days: number; used: number } | null) =>
  projectUsage({
    usage: { conversations: used },
    period: march,
    now: at(time),
    previousPeriod: previousOf(given),
  }).conversations ?? 0;

describe('given any usage at any instant of the period', () => {
  it('is never below the usage so far, from its first minute to its last, with or without a previous period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), instant, previous, (used, time, given) => {
        expect(projected(used, time, given)).toBeGreaterThanOrEqual(used);
      }),
    );
  });

  it('never projects less for more usage at the same instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        instant,
        previous,
        (a, b, time, given) => {
          const [less, more] = a <= b ? [a, b] : [b, a];
          expect(projected(more, time, given)).toBeGreaterThanOrEqual(projected(less, time, given));
        },
      ),
    );
  });

  it("in its first day, goes past the plan's 50,000 limit by no more than the usage so far plus the rest of the period at the previous period's pace; with no previous period, it is the usage so far", () => {
    const limit = 50_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.oneof(
          fc.constantFrom(start, start + MINUTE, start + DAY - 1),
          fc.integer({ min: start, max: start + DAY - 1 }),
        ),
        previous,
        (used, time, given) => {
          const result = projected(used, time, given);
          const restAtPreviousPace = given ? Math.ceil((given.used * (end - time)) / (given.days * DAY)) : 0;
          expect(Math.max(0, result - limit)).toBeLessThanOrEqual(
            Math.max(0, used + restAtPreviousPace - limit),
          );
          if (!given) expect(result).toBe(used);
        },
      ),
    );
  });

  it('from a quarter of the period on, more time at the same usage never projects more', () => {
    const quarter = Math.ceil(start + (end - start) * MIN_PROJECTION_SHARE);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: quarter, max: end }),
        fc.integer({ min: quarter, max: end }),
        (used, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          expect(projected(used, late, null)).toBeLessThanOrEqual(projected(used, early, null));
        },
      ),
    );
  });
});

describe('given a period restarted on day 1 with 30,000 conversations carried over', () => {
  const restarted: Subscription = {
    id: 'sub_restarted',
    planId: 'ecommerce-basic',
    interval: 'year',
    status: 'active',
    currentPeriod: { start: march.start, end: '2027-03-06T09:00:00.000Z' },
    billingAnchor: march.start,
    scheduledChange: null,
  };

  it('bills no overage for usage that is not there', () => {
    const bill = upcomingBill({
      subscription: restarted,
      catalog: demoPlans,
      usage: { conversations: 30_000 },
      now: at(start + DAY / 2),
    });
    expect(bill).toMatchObject({ overage: [], total: money(190_000, 'EUR') });
  });

  it("bills the overage the previous period's pace leads to", () => {
    // 80,000 in 20 days: 4,000 a day × 30.5 days + 30,000 = 152,000, 102,000 over Basic's 50,000.
    const bill = upcomingBill({
      subscription: restarted,
      catalog: demoPlans,
      usage: { conversations: 30_000 },
      now: at(start + DAY / 2),
      previousPeriodUsage: { ...previousPeriod, usage: { conversations: 80_000 } },
    });
    expect(bill).toMatchObject({
      base: null,
      overage: [{ metric: 'conversations', projected: 152_000, overUnits: 102_000 }],
      total: money(102_000, 'EUR'),
    });
  });
});
