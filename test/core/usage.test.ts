import fc from 'fast-check';
import {
  type Instant,
  measureUsage,
  money,
  projectUsage,
  recommendPlans,
  type Subscription,
  upcomingBill,
  usagePeriodAt,
} from 'subscription-kit/core';
import { demoAccounts, demoNow, demoPlans, demoSubscriptions } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

function plan(id: string) {
  const found = demoPlans.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`demo plan ${id} is missing`);
  return found;
}

function subscription(account: keyof typeof demoSubscriptions): Subscription {
  const found = demoSubscriptions[account];
  if (!found) throw new Error(`demo account ${account} has no subscription`);
  return found;
}

/** A 31-day period: March 6, 09:00 → April 6, 09:00 (UTC). */
const march = { start: '2026-03-06T09:00:00.000Z', end: '2026-04-06T09:00:00.000Z' };
const tenDaysIn = '2026-03-16T09:00:00.000Z';

describe('projectUsage', () => {
  it('carries flows on at the pace so far, to the end of the period, rounded up', () => {
    // 45,000 in 10 of 31 days → 139,500; 2,500,000 AI tokens → 7,750,000.
    expect(
      projectUsage({ usage: { conversations: 45_000, aiTokens: 2_500_000 }, period: march, now: tenDaysIn }),
    ).toEqual({ conversations: 139_500, aiTokens: 7_750_000 });
    expect(projectUsage({ usage: { conversations: 1 }, period: march, now: tenDaysIn })).toEqual({
      conversations: 4,
    });
  });

  it('keeps stocks as they are held and leaves unreported metrics out', () => {
    expect(
      projectUsage({ usage: { documents: 850, assistants: 2, seats: 3 }, period: march, now: tenDaysIn }),
    ).toEqual({ documents: 850, assistants: 2, seats: 3 });
  });

  it('does not extrapolate the first hour: it keeps the usage so far (see usage-projection.test.ts)', () => {
    const anHourIn = '2026-03-06T10:00:00.000Z';
    expect(projectUsage({ usage: { conversations: 500 }, period: march, now: anHourIn })).toEqual({
      conversations: 500,
    });
  });

  it('stops projecting once the period is over', () => {
    expect(projectUsage({ usage: { conversations: 45_000 }, period: march, now: march.end })).toEqual({
      conversations: 45_000,
    });
    expect(
      projectUsage({ usage: { conversations: 45_000 }, period: march, now: '2026-05-01T00:00:00.000Z' }),
    ).toEqual({ conversations: 45_000 });
  });

  it('stays exact for hundreds of millions of AI tokens', () => {
    // 100,000,001 × 31 / 10 = 310,000,003.1 → 310,000,004
    expect(projectUsage({ usage: { aiTokens: 100_000_001 }, period: march, now: tenDaysIn })).toEqual({
      aiTokens: 310_000_004,
    });
  });

  it('never projects below what is used (the properties over the whole period are in usage-projection.test.ts)', () => {
    const start = Date.parse(march.start);
    const end = Date.parse(march.end);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: start, max: end }),
        (used, time) => {
          const projected = projectUsage({
            usage: { conversations: used },
            period: march,
            now: new Date(time),
          });
          expect(projected.conversations).toBeGreaterThanOrEqual(used);
        },
      ),
    );
  });
});

describe('measureUsage', () => {
  const basic = plan('ecommerce-basic');
  const measure = (usage: Parameters<typeof measureUsage>[0]['usage'], now: Instant = tenDaysIn) =>
    Object.fromEntries(
      measureUsage({ plan: basic, usage, period: march, now }).map((entry) => [entry.metric, entry]),
    );

  it('gives every metric of the plan, in display order, zero when unreported', () => {
    expect(measureUsage({ plan: basic, usage: {}, period: march, now: tenDaysIn })).toEqual(
      ['conversations', 'documents', 'assistants', 'seats', 'aiTokens'].map((metric) => ({
        metric,
        used: 0,
        limit: basic.limits[metric as keyof typeof basic.limits],
        projected: 0,
        ratio: 0,
        level: 'ok',
        projectedLevel: 'ok',
        exceedsLimit: false,
        overage: metric === 'conversations' ? basic.overage?.conversations : null,
        basis: null,
      })),
    );
  });

  it('warns from 80 % and is over from 100 % of the limit', () => {
    const measures = measure({ documents: 799, seats: 4, assistants: 3, conversations: 50_001 }, march.end);
    expect(measures.documents?.level).toBe('ok');
    expect(measures.seats?.level).toBe('warning');
    expect(measures.assistants).toMatchObject({ level: 'over', exceedsLimit: false });
    expect(measures.conversations).toMatchObject({ level: 'over', exceedsLimit: true });
  });

  it('takes another warning threshold', () => {
    const [conversations] = measureUsage({
      plan: basic,
      usage: { conversations: 30_000 },
      period: march,
      now: march.end,
      options: { warningAt: 0.5 },
    });
    expect(conversations?.level).toBe('warning');
  });

  it('marks a flow that is below the limit now but heading past it', () => {
    expect(measure({ conversations: 45_000 }).conversations).toMatchObject({
      used: 45_000,
      projected: 139_500,
      ratio: 0.9,
      level: 'warning',
      projectedLevel: 'over',
      exceedsLimit: true,
    });
  });

  it('never warns on an unlimited metric', () => {
    const enterprise = plan('enterprise');
    const [conversations] = measureUsage({
      plan: enterprise,
      usage: { conversations: 10_000_000 },
      period: march,
      now: tenDaysIn,
    });
    expect(conversations).toMatchObject({ limit: null, ratio: null, level: 'ok', exceedsLimit: false });
  });
});

describe('usagePeriodAt', () => {
  it('is the current period on monthly billing', () => {
    expect(usagePeriodAt(subscription('nearLimit'), demoNow)).toEqual({
      start: new Date(march.start),
      end: new Date(march.end),
    });
  });

  it('is the month of the annual period on yearly billing, because flows are limited per month', () => {
    // Anchored on September 1st: March 1 → April 1.
    expect(usagePeriodAt(subscription('beyondCatalog'), demoNow)).toEqual({
      start: new Date('2026-03-01T00:00:00.000Z'),
      end: new Date('2026-04-01T00:00:00.000Z'),
    });
  });
});

describe('upcomingBill', () => {
  const usage = demoAccounts.nearLimit.usage ?? {};

  it('charges the next month in advance and the overage in arrears, at the end of the period', () => {
    const bill = upcomingBill({
      subscription: subscription('nearLimit'),
      catalog: demoPlans,
      usage,
      now: demoNow,
    });
    expect(bill).toMatchObject({
      billedAt: new Date(march.end),
      base: { interval: 'month', amount: money(19_000, 'EUR'), scheduledChange: false },
      overage: [
        { metric: 'conversations', projected: 139_500, overUnits: 89_500, amount: money(90_000, 'EUR') },
      ],
      total: money(109_000, 'EUR'),
    });
    expect(bill?.base?.plan.id).toBe('ecommerce-basic');
  });

  it('charges the scheduled plan when the change takes effect by then', () => {
    const bill = upcomingBill({
      subscription: subscription('supportTemplate'),
      catalog: demoPlans,
      usage: {},
      now: demoNow,
    });
    expect(bill?.base?.plan.id).toBe('support-basic');
    expect(bill).toMatchObject({ base: { scheduledChange: true }, total: money(19_000, 'EUR') });
  });

  it('charges the current plan when the change comes later', () => {
    const current = subscription('supportTemplate');
    const later = {
      ...current,
      scheduledChange: {
        planId: 'support-basic',
        interval: 'month' as const,
        effectiveAt: '2026-05-05T10:00:00.000Z',
      },
    };
    const bill = upcomingBill({ subscription: later, catalog: demoPlans, usage: {}, now: demoNow });
    expect(bill?.base?.plan.id).toBe('support-scale');
    expect(bill?.total).toEqual(money(49_000, 'EUR'));
  });

  it('bills a year in advance on annual billing', () => {
    const bill = upcomingBill({
      subscription: subscription('beyondCatalog'),
      catalog: demoPlans,
      usage: {},
      now: demoNow,
    });
    expect(bill).toMatchObject({
      billedAt: new Date('2026-09-01T00:00:00.000Z'),
      base: { interval: 'year', amount: money(1_890_000, 'EUR') },
      overage: [],
    });
  });

  it('bills a month of overage alone mid-way through an annual period', () => {
    const annualBasic: Subscription = {
      ...subscription('nearLimit'),
      interval: 'year',
      currentPeriod: { start: '2025-12-06T09:00:00.000Z', end: '2026-12-06T09:00:00.000Z' },
    };
    const bill = upcomingBill({ subscription: annualBasic, catalog: demoPlans, usage, now: demoNow });
    expect(bill).toMatchObject({ billedAt: new Date(march.end), base: null, total: money(90_000, 'EUR') });
  });

  it('has nothing to bill on a cancelled subscription or a plan the catalog lacks', () => {
    const cancelled = { ...subscription('nearLimit'), status: 'canceled' as const };
    expect(upcomingBill({ subscription: cancelled, catalog: demoPlans, usage, now: demoNow })).toBeNull();
    expect(
      upcomingBill({ subscription: subscription('nearLimit'), catalog: [], usage, now: demoNow }),
    ).toBeNull();
  });
});

describe('recommendPlans with the usage period', () => {
  const input = {
    catalog: demoPlans,
    account: demoAccounts.nearLimit,
    now: demoNow,
    currentPlanId: 'ecommerce-basic',
  };

  it("projects this period's flows to its end and recommends for that", () => {
    const recommendation = recommendPlans({ ...input, usagePeriod: march });
    expect(recommendation.projectedUsage.conversations).toBe(139_500);
    expect(recommendation.reasons).toContainEqual({
      code: 'projected_usage',
      params: { metric: 'conversations', monthly: 139_500, source: 'period' },
    });
    // 139,500 with 15 % headroom (160,425) is more than Ecommerce Scale's 100,000, but its 61 blocks
    // of overage (€610) keep it at €1,100 a month, less than Enterprise's €1,890.
    expect(recommendation).toMatchObject({ outcome: 'plan', planId: 'ecommerce-scale' });
    expect(recommendation.reasons).toContainEqual({
      code: 'overage_cheaper',
      params: {
        planId: 'ecommerce-scale',
        planName: 'Ecommerce Scale',
        overage: money(61_000, 'EUR'),
        alternativePlanId: 'enterprise',
        alternativePlanName: 'Enterprise',
      },
    });
  });

  it('leaves flows used so far out without the period, as before', () => {
    const recommendation = recommendPlans(input);
    expect(recommendation.projectedUsage.conversations).toBeUndefined();
    expect(recommendation.planId).toBe('ecommerce-basic');
  });

  it('takes the larger of the trial and the period', () => {
    const account = {
      ...demoAccounts.nearLimit,
      trialUsage: demoAccounts.ecommerceTrial.trialUsage ?? null,
      usage: { conversations: 1_000 },
    };
    const recommendation = recommendPlans({ ...input, account, usagePeriod: march });
    expect(recommendation.reasons).toContainEqual({
      code: 'projected_usage',
      params: { metric: 'conversations', monthly: 42_000, source: 'trial' },
    });
  });
});
