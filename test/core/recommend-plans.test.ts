import fc from 'fast-check';
import { type AccountContext, money, type Plan, recommendPlans } from 'subscription-kit/core';
import { demoAccounts, demoNow, demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

describe('given the demo accounts and catalog', () => {
  it.each([
    { account: 'ecommerceTrial', outcome: 'plan', planId: 'ecommerce-basic' },
    { account: 'supportTemplate', outcome: 'plan', planId: 'support-basic' },
    { account: 'unknownTemplate', outcome: 'plan', planId: 'ecommerce-basic' },
    { account: 'blockedDowngrade', outcome: 'plan', planId: 'ecommerce-scale' },
    { account: 'needsEnterprise', outcome: 'plan', planId: 'enterprise' },
    { account: 'beyondCatalog', outcome: 'enterprise', planId: null },
  ] as const)('recommends $planId ($outcome) for $account', ({ account, outcome, planId }) => {
    const recommendation = recommendPlans({
      catalog: demoPlans,
      account: demoAccounts[account],
      now: demoNow,
    });
    expect(recommendation.outcome).toBe(outcome);
    expect(recommendation.planId).toBe(planId);
  });
});

describe('given an e-commerce trial of 9,800 conversations in 7 days with Shopify connected', () => {
  const recommendation = recommendPlans({
    catalog: demoPlans,
    account: demoAccounts.ecommerceTrial,
    now: demoNow,
  });

  it('projects about 42,000 conversations a month and explains all three factors', () => {
    expect(recommendation.projectedUsage.conversations).toBe(42_000);
    expect(recommendation.reasons).toEqual([
      { code: 'projected_usage', params: { metric: 'conversations', monthly: 42_000, source: 'trial' } },
      { code: 'projected_usage', params: { metric: 'aiTokens', monthly: 6_000_000, source: 'trial' } },
      { code: 'template_match', params: { template: 'ecommerce', family: 'ecommerce' } },
      { code: 'integration_required', params: { integration: 'shopify' } },
    ]);
  });

  it('asks 15% headroom on conversations, and takes stocks as they are', () => {
    expect(recommendation.needs).toEqual({
      conversations: 48_300,
      documents: 420,
      assistants: 2,
      seats: 3,
      aiTokens: 6_900_000,
    });
  });

  it('ranks plans without Shopify as not fitting, with the reason', () => {
    const support = recommendation.ranked.find((entry) => entry.planId === 'support-basic');
    expect(support?.fits).toBe(false);
    expect(support?.reasons).toContainEqual({
      code: 'integration_missing',
      params: { integration: 'shopify' },
    });
  });

  it('marks the plan that is unavailable to the account', () => {
    const voice = recommendation.ranked.find((entry) => entry.planId === 'support-voice');
    expect(voice?.reasons).toContainEqual({ code: 'unavailable', params: { reason: 'assistant_config' } });
  });

  it("moves up to Scale when asked for more headroom than Basic's hard limit leaves", () => {
    const hardLimits = demoPlans.map(({ overage: _, ...plan }) => plan);
    const roomy = recommendPlans({
      catalog: hardLimits,
      account: demoAccounts.ecommerceTrial,
      now: demoNow,
      options: { headroom: 0.25 },
    });
    expect(roomy.planId).toBe('ecommerce-scale');
    expect(roomy.ranked.find((entry) => entry.planId === 'ecommerce-basic')?.reasons).toContainEqual({
      code: 'over_limit',
      params: { metric: 'conversations', needed: 52_500, limit: 50_000 },
    });
  });

  it('stays on Basic when the overage the extra headroom needs costs less than Scale', () => {
    // 52,500 needed: three blocks of 1,000 above 50,000 at €10, €220 a month against Scale's €490.
    const roomy = recommendPlans({
      catalog: demoPlans,
      account: demoAccounts.ecommerceTrial,
      now: demoNow,
      options: { headroom: 0.25 },
    });
    expect(roomy.planId).toBe('ecommerce-basic');
    expect(roomy.reasons).toContainEqual({
      code: 'overage_cheaper',
      params: {
        planId: 'ecommerce-basic',
        planName: 'Ecommerce Basic',
        overage: money(3_000, 'EUR'),
        alternativePlanId: 'ecommerce-scale',
        alternativePlanName: 'Ecommerce Scale',
      },
    });
  });

  it('moves up to Scale when the overage Basic would charge costs more than Scale', () => {
    // 70,000 in a 30-day trial, 80,500 with headroom: 31 blocks, €500 a month against Scale's €490.
    const trialUsage = {
      start: '2026-02-01T00:00:00.000Z',
      end: '2026-03-03T00:00:00.000Z',
      usage: { conversations: 70_000 },
    };
    const roomy = recommendPlans({
      catalog: demoPlans,
      account: { ...demoAccounts.ecommerceTrial, trialUsage },
      now: demoNow,
    });
    expect(roomy.planId).toBe('ecommerce-scale');
    expect(roomy.reasons).toContainEqual({
      code: 'overage_costlier',
      params: {
        planId: 'ecommerce-basic',
        planName: 'Ecommerce Basic',
        overage: money(31_000, 'EUR'),
        alternativePlanId: 'ecommerce-scale',
        alternativePlanName: 'Ecommerce Scale',
      },
    });
  });

  it('maps a template spelt differently through templateFamilies', () => {
    const webshop = recommendPlans({
      catalog: demoPlans,
      account: { ...demoAccounts.ecommerceTrial, agentTemplate: 'webshop' },
      now: demoNow,
      options: { templateFamilies: { webshop: 'ecommerce' } },
    });
    expect(webshop.reasons).toContainEqual({
      code: 'template_match',
      params: { template: 'webshop', family: 'ecommerce' },
    });
  });

  it('marks the current plan', () => {
    const withCurrent = recommendPlans({
      catalog: demoPlans,
      account: demoAccounts.ecommerceTrial,
      now: demoNow,
      currentPlanId: 'ecommerce-scale',
    });
    expect(withCurrent.ranked.find((entry) => entry.planId === 'ecommerce-scale')?.reasons).toContainEqual({
      code: 'current_plan',
      params: {},
    });
  });
});

describe('given a support template whose usage fits Ecommerce Basic and Support Basic at the same price', () => {
  it('ranks the support family above the equally priced e-commerce plan', () => {
    const recommendation = recommendPlans({
      catalog: demoPlans,
      account: demoAccounts.supportTemplate,
      now: demoNow,
    });
    const order = recommendation.ranked.map((entry) => entry.planId);
    const ecommerceBasic = recommendation.ranked.find((entry) => entry.planId === 'ecommerce-basic');
    expect(recommendation.planId).toBe('support-basic');
    expect(ecommerceBasic?.fits).toBe(true);
    expect(order.indexOf('support-scale')).toBeLessThan(order.indexOf('ecommerce-basic'));
    expect(recommendation.ranked[0]?.score).toBeGreaterThan(ecommerceBasic?.score ?? 100);
  });

  it('ignores an integration no plan offers', () => {
    const recommendation = recommendPlans({
      catalog: demoPlans,
      account: demoAccounts.supportTemplate,
      now: demoNow,
    });
    expect(recommendation.ranked[0]?.reasons).not.toContainEqual({
      code: 'integration_missing',
      params: { integration: 'slack' },
    });
  });
});

describe('given a trial that is still running', () => {
  it('projects from the days measured so far, not the planned length', () => {
    const recommendation = recommendPlans({
      catalog: demoPlans,
      account: {
        trialUsage: {
          start: '2026-03-09T09:00:00.000Z',
          end: '2026-03-23T09:00:00.000Z',
          usage: { conversations: 7_000 },
        },
      },
      now: demoNow, // 7 days in
    });
    expect(recommendation.projectedUsage.conversations).toBe(30_000);
  });
});

describe('given missing inputs', () => {
  it('falls back to the cheapest plan with no template, integrations or usage, and says so', () => {
    const recommendation = recommendPlans({ catalog: demoPlans, account: {}, now: demoNow });
    expect(recommendation.planId).toBe('ecommerce-basic');
    expect(recommendation.reasons).toEqual([{ code: 'no_usage_data', params: {} }]);
  });

  it('answers enterprise for an empty catalog', () => {
    const recommendation = recommendPlans({
      catalog: [],
      account: demoAccounts.ecommerceTrial,
      now: demoNow,
    });
    expect(recommendation).toMatchObject({ outcome: 'enterprise', planId: null, ranked: [] });
  });

  it('says which needs nothing in the catalog can hold', () => {
    const recommendation = recommendPlans({
      catalog: demoPlans,
      account: demoAccounts.beyondCatalog,
      now: demoNow,
    });
    expect(recommendation.reasons).toContainEqual({
      code: 'over_limit',
      params: { metric: 'assistants', needed: 8, limit: 5 },
    });
    expect(recommendation.ranked.every((entry) => !entry.fits)).toBe(true);
  });
});

// Properties over generated catalogs and accounts.
const limit = fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: null, freq: 5 });
const planArbitrary = fc.record({
  family: fc.constantFrom('ecommerce', 'support', 'enterprise'),
  tierRank: fc.integer({ min: 0, max: 4 }),
  price: fc.integer({ min: 0, max: 300_000 }),
  limits: fc.record({
    conversations: limit,
    documents: limit,
    assistants: limit,
    seats: limit,
    aiTokens: limit,
  }),
  integrations: fc.subarray(['shopify', 'zendesk', 'magento']),
  regions: fc.option(fc.subarray(['DK', 'FR']), { nil: undefined }),
});
const catalogArbitrary = fc.array(planArbitrary, { maxLength: 12 }).map((plans) =>
  plans.map(
    (plan, index): Plan => ({
      id: `plan-${index}`,
      name: `Plan ${index}`,
      family: plan.family,
      tierRank: plan.tierRank,
      prices: { month: money(plan.price, 'EUR') },
      limits: plan.limits,
      features: [],
      integrations: plan.integrations,
      ...(plan.regions ? { availability: { regions: plan.regions } } : {}),
    }),
  ),
);
const usage = fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined });
const accountArbitrary = fc.record(
  {
    agentTemplate: fc.constantFrom('ecommerce', 'support', 'custom', null),
    integrations: fc.subarray(['shopify', 'zendesk', 'slack']),
    country: fc.constantFrom('DK', 'FR', 'US'),
    trialUsage: fc.record({
      start: fc.constant('2026-03-01T00:00:00.000Z'),
      end: fc.constantFrom('2026-03-08T00:00:00.000Z', '2026-03-15T00:00:00.000Z'),
      usage: fc.record({ conversations: usage, documents: usage, assistants: usage }, { requiredKeys: [] }),
    }),
  },
  { requiredKeys: ['integrations'] },
) as fc.Arbitrary<AccountContext>;

describe('given any catalog and account', () => {
  it('names a catalog plan that fits, or enterprise only when nothing fits', () => {
    fc.assert(
      fc.property(catalogArbitrary, accountArbitrary, (catalog, account) => {
        const recommendation = recommendPlans({ catalog, account, now: demoNow });
        expect(recommendation.ranked).toHaveLength(catalog.length);
        if (recommendation.outcome === 'plan') {
          expect(catalog.map((plan) => plan.id)).toContain(recommendation.planId);
          expect(recommendation.ranked[0]).toMatchObject({ planId: recommendation.planId, fits: true });
        } else {
          expect(recommendation.planId).toBeNull();
          expect(recommendation.ranked.some((entry) => entry.fits)).toBe(false);
        }
      }),
    );
  });

  it('never ranks a fitting plan below one that does not fit, and scores stay within 0–100', () => {
    fc.assert(
      fc.property(catalogArbitrary, accountArbitrary, (catalog, account) => {
        const { ranked } = recommendPlans({ catalog, account, now: demoNow });
        const firstMisfit = ranked.findIndex((entry) => !entry.fits);
        if (firstMisfit >= 0) expect(ranked.slice(firstMisfit).some((entry) => entry.fits)).toBe(false);
        for (const entry of ranked) {
          expect(entry.score).toBeGreaterThanOrEqual(0);
          expect(entry.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('picks the cheapest fitting plan of the template family when there is one', () => {
    fc.assert(
      fc.property(catalogArbitrary, accountArbitrary, (catalog, account) => {
        const recommendation = recommendPlans({ catalog, account, now: demoNow });
        const fitting = recommendation.ranked.filter((entry) => entry.fits);
        const inFamily = fitting
          .map((entry) => catalog.find((plan) => plan.id === entry.planId))
          .filter((plan) => plan?.family === account.agentTemplate);
        if (inFamily.length === 0) return;
        const chosen = catalog.find((plan) => plan.id === recommendation.planId);
        expect(chosen?.family).toBe(account.agentTemplate);
        expect(chosen?.prices.month.amount).toBe(
          Math.min(...inFamily.map((plan) => plan?.prices.month.amount ?? 0)),
        );
      }),
    );
  });

  it('does not depend on catalog order', () => {
    fc.assert(
      fc.property(
        catalogArbitrary.chain((catalog) =>
          fc.tuple(fc.constant(catalog), fc.shuffledSubarray(catalog, { minLength: catalog.length })),
        ),
        accountArbitrary,
        ([catalog, shuffled], account) => {
          expect(recommendPlans({ catalog: shuffled, account, now: demoNow })).toEqual(
            recommendPlans({ catalog, account, now: demoNow }),
          );
        },
      ),
    );
  });
});
