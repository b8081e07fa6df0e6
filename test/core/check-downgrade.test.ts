import { checkDowngrade, type Plan } from 'subscription-kit/core';
import { demoAccounts, demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

function plan(id: string): Plan {
  const found = demoPlans.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`demo plan ${id} is missing`);
  return found;
}

describe('given an Ecommerce Scale account over Basic limits, with Scale-only features and Magento', () => {
  const check = checkDowngrade(
    plan('ecommerce-basic'),
    demoAccounts.blockedDowngrade,
    plan('ecommerce-scale'),
  );

  it('blocks the downgrade', () => {
    expect(check.allowed).toBe(false);
  });

  it('lists every blocker with what is used and what the target allows', () => {
    expect(check.blockers).toEqual([
      { code: 'over_usage_limits', params: { metric: 'conversations', used: 61_000, limit: 50_000 } },
      { code: 'over_usage_limits', params: { metric: 'documents', used: 4_200, limit: 1_000 } },
      { code: 'over_usage_limits', params: { metric: 'seats', used: 6, limit: 5 } },
      { code: 'feature_in_use', params: { feature: 'abandoned_cart_recovery', kind: 'feature' } },
      { code: 'feature_in_use', params: { feature: 'magento', kind: 'integration' } },
    ]);
  });

  it('allows moving up to Enterprise, which holds all of it', () => {
    expect(
      checkDowngrade(plan('enterprise'), demoAccounts.blockedDowngrade, plan('ecommerce-scale')),
    ).toEqual({
      allowed: true,
      blockers: [],
    });
  });
});

describe('given usage exactly at the limit', () => {
  it('allows the downgrade', () => {
    const check = checkDowngrade(plan('ecommerce-basic'), {
      usage: { conversations: 50_000, documents: 1_000 },
    });
    expect(check.allowed).toBe(true);
  });
});

describe('given an integration that no plan gates', () => {
  it('does not block when the current plan does not list it either', () => {
    const account = { integrations: ['slack', 'shopify'] };
    expect(checkDowngrade(plan('ecommerce-basic'), account, plan('ecommerce-scale')).allowed).toBe(true);
  });

  it('blocks on every missing integration when the current plan is not given', () => {
    const account = { integrations: ['slack'] };
    expect(checkDowngrade(plan('ecommerce-basic'), account).blockers).toEqual([
      { code: 'feature_in_use', params: { feature: 'slack', kind: 'integration' } },
    ]);
  });
});

describe('given an account with no usage data', () => {
  it('allows the downgrade', () => {
    expect(checkDowngrade(plan('ecommerce-basic'), {})).toEqual({ allowed: true, blockers: [] });
  });
});
