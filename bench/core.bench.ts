import { money, type Plan, prorate, recommendPlans } from 'subscription-kit/core';
import { demoAccounts, demoNow } from 'subscription-kit/testing';
import { bench, describe } from 'vitest';

/*
 * Target: recommendPlans under 50 µs per call on a 100-plan catalog (see the issue on the core
 * engine). Run: npx vitest bench --run --project unit bench/
 */

const families = ['ecommerce', 'support', 'enterprise', 'education', 'healthcare'];
const integrations = ['shopify', 'woocommerce', 'magento', 'zendesk', 'intercom', 'salesforce'];

/**
 * 100 plans: 5 families × 20 tiers, with integrations, a region rule on every 7th, a campaign window
 * on every 11th and an overage price on conversations on every other one (weighed against every
 * bigger plan).
 */
const catalog: Plan[] = Array.from({ length: 100 }, (_, index) => {
  const tier = index % 20;
  const family = families[Math.floor(index / 20)] ?? 'ecommerce';
  return {
    id: `${family}-${tier}`,
    name: `${family} ${tier}`,
    family,
    tierRank: tier,
    prices: { month: money(9_900 + tier * 10_000, 'EUR'), year: money((9_900 + tier * 10_000) * 10, 'EUR') },
    limits: {
      conversations: 10_000 * (tier + 1),
      documents: 500 * (tier + 1),
      assistants: 1 + Math.floor(tier / 4),
      seats: tier === 19 ? null : 2 + tier,
      aiTokens: 2_000_000 * (tier + 1),
    },
    features: ['analytics'],
    integrations: integrations.filter((_, position) => (index + position) % 3 !== 0),
    ...(index % 2 === 0
      ? { overage: { conversations: { unitAmount: money(1_000, 'EUR'), perUnits: 1_000 } } }
      : {}),
    ...(index % 7 === 0 ? { availability: { regions: ['DK', 'SE'] } } : {}),
    ...(index % 11 === 0
      ? {
          availability: {
            window: { startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2026-12-31T00:00:00.000Z' },
          },
        }
      : {}),
  };
});

/** 150,000 conversations in a 30-day trial: past the conversation limit of all but the top tiers. */
const overageTrial = {
  ...demoAccounts.ecommerceTrial,
  trialUsage: {
    start: '2026-02-01T00:00:00.000Z',
    end: '2026-03-03T00:00:00.000Z',
    usage: { conversations: 150_000 },
  },
};

describe('recommendPlans', () => {
  bench('100-plan catalog, e-commerce trial with Shopify', () => {
    recommendPlans({ catalog, account: demoAccounts.ecommerceTrial, now: demoNow });
  });

  bench('100-plan catalog, a trial most plans hold only with overage', () => {
    recommendPlans({ catalog, account: overageTrial, now: demoNow });
  });

  bench('100-plan catalog, account with no data', () => {
    recommendPlans({ catalog, account: {}, now: demoNow });
  });
});

describe('prorate', () => {
  const period = { start: new Date('2026-03-01T00:00:00.000Z'), end: new Date('2026-04-01T00:00:00.000Z') };
  const currentPrice = money(4_900, 'USD');
  const newPrice = money(9_900, 'USD');

  bench('mid-period upgrade', () => {
    prorate({ currentPrice, newPrice, period, now: demoNow });
  });
});
