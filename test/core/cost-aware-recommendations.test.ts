import { type AccountContext, expectedMonthlyCost, money, recommendPlans } from 'subscription-kit/core';
import { demoAccounts, demoNow, demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

/** An e-commerce shop with Shopify whose 30-day trial used `conversations` (a month's worth). */
function shopTrial(conversations: number, details: Partial<AccountContext> = {}): AccountContext {
  return {
    ...demoAccounts.ecommerceTrial,
    trialUsage: {
      start: '2026-02-01T00:00:00.000Z',
      end: '2026-03-03T00:00:00.000Z',
      usage: { conversations },
    },
    ...details,
  };
}

function scaleAgainstEnterprise(overage: number) {
  return {
    planId: 'ecommerce-scale',
    planName: 'Ecommerce Scale',
    overage: money(overage, 'EUR'),
    alternativePlanId: 'enterprise',
    alternativePlanName: 'Enterprise',
  };
}

describe('given a 90,000-conversation trial', () => {
  const recommendation = recommendPlans({ catalog: demoPlans, account: shopTrial(90_000), now: demoNow });

  it('recommends Ecommerce Scale: about €40 of overage above 100,000 costs less than Enterprise', () => {
    // 103,500 with 15 % headroom: four started blocks of 1,000 at €10 on top of €490 is €530.
    expect(recommendation.needs.conversations).toBe(103_500);
    expect(recommendation).toMatchObject({ outcome: 'plan', planId: 'ecommerce-scale' });
    expect(recommendation.reasons).toContainEqual({
      code: 'overage_cheaper',
      params: scaleAgainstEnterprise(4_000),
    });
    const scale = recommendation.ranked.find((entry) => entry.planId === 'ecommerce-scale');
    expect(scale).toMatchObject({ fits: true });
    expect(scale?.reasons.some((reason) => reason.code === 'over_limit')).toBe(false);
  });

  it('passes over Ecommerce Basic, whose overage would cost more than Scale', () => {
    const basic = recommendation.ranked.find((entry) => entry.planId === 'ecommerce-basic');
    expect(basic?.fits).toBe(false);
    expect(basic?.reasons).toContainEqual({
      code: 'over_limit',
      params: { metric: 'conversations', needed: 103_500, limit: 50_000 },
    });
  });
});

describe('given trials on either side of where Scale with overage costs as much as Enterprise', () => {
  it('recommends Scale while its overage costs less: 207,826 a month needs 239,000, €1,880 against €1,890', () => {
    const recommendation = recommendPlans({ catalog: demoPlans, account: shopTrial(207_826), now: demoNow });
    expect(recommendation.needs.conversations).toBe(239_000);
    expect(recommendation.planId).toBe('ecommerce-scale');
    expect(recommendation.reasons).toContainEqual({
      code: 'overage_cheaper',
      params: scaleAgainstEnterprise(139_000),
    });
  });

  it('recommends Enterprise once it does not: 207,827 a month needs 239,002, €1,890 against €1,890', () => {
    const recommendation = recommendPlans({ catalog: demoPlans, account: shopTrial(207_827), now: demoNow });
    expect(recommendation.needs.conversations).toBe(239_002);
    expect(recommendation.planId).toBe('enterprise');
    expect(recommendation.reasons).toContainEqual({
      code: 'overage_costlier',
      params: scaleAgainstEnterprise(140_000),
    });
    expect(recommendation.ranked.find((entry) => entry.planId === 'ecommerce-scale')?.fits).toBe(false);
  });
});

describe('given annual prices', () => {
  it('weighs the overage against annual prices per month: €1,708 for Scale is more than €1,575', () => {
    // 200,000 a month needs 230,000: 130 blocks (€1,300) on €408.33 against Enterprise's €1,575.
    const account = shopTrial(200_000);
    expect(recommendPlans({ catalog: demoPlans, account, now: demoNow }).planId).toBe('ecommerce-scale');
    const annual = recommendPlans({
      catalog: demoPlans,
      account,
      now: demoNow,
      options: { interval: 'year' },
    });
    expect(annual.planId).toBe('enterprise');
  });
});

describe('given needs that overage cannot answer', () => {
  it('keeps to the bigger plan when a hard limit is passed: documents have no overage price', () => {
    const account = shopTrial(90_000, { usage: { documents: 20_000 } });
    expect(recommendPlans({ catalog: demoPlans, account, now: demoNow }).planId).toBe('enterprise');
  });

  it('keeps to the bigger plan when a feature in use is missing from the plan with overage', () => {
    const account = shopTrial(90_000, { featuresInUse: ['dedicated_support'] });
    expect(recommendPlans({ catalog: demoPlans, account, now: demoNow }).planId).toBe('enterprise');
  });

  it('does not weigh overage without a bigger plan to weigh it against', () => {
    const catalog = demoPlans.filter((plan) => plan.family === 'ecommerce');
    const recommendation = recommendPlans({ catalog, account: shopTrial(90_000), now: demoNow });
    expect(recommendation.outcome).toBe('enterprise');
  });
});

describe('expectedMonthlyCost', () => {
  const scale = demoPlans.find((plan) => plan.id === 'ecommerce-scale');
  if (!scale) throw new Error('demo plan ecommerce-scale is missing');

  it('adds every started block above the limit to the price, monthly or annual per month', () => {
    expect(expectedMonthlyCost(scale, { conversations: 100_001 })).toEqual({
      price: money(49_000, 'EUR'),
      overage: money(1_000, 'EUR'),
      total: money(50_000, 'EUR'),
      hardLimitsExceeded: [],
    });
    expect(expectedMonthlyCost(scale, { conversations: 100_000 }, 'year')).toMatchObject({
      price: money(40_833, 'EUR'),
      total: money(40_833, 'EUR'),
    });
  });

  it('lists the limits passed that have no price', () => {
    expect(expectedMonthlyCost(scale, { documents: 10_001, seats: 10 }).hardLimitsExceeded).toEqual([
      'documents',
    ]);
  });
});
