import { downgradeLosses, type Plan } from 'subscription-kit/core';
import { demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

function plan(id: string): Plan {
  const found = demoPlans.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no demo plan ${id}`);
  return found;
}

const period = { start: '2026-03-05T00:00:00.000Z', end: '2026-04-05T00:00:00.000Z' };

describe('given Ecommerce Scale halfway through the period, moving to Ecommerce Basic', () => {
  it('warns that 30,000 conversations in half the period pace past the 50,000 of Basic', () => {
    const losses = downgradeLosses({
      current: plan('ecommerce-scale'),
      target: plan('ecommerce-basic'),
      usage: { conversations: 30_000, documents: 200 },
      period,
      now: '2026-03-20T12:00:00.000Z',
    });
    expect(losses.overPace.map(({ metric, limit }) => ({ metric, limit }))).toEqual([
      { metric: 'conversations', limit: 50_000 },
    ]);
    expect(losses.overPace[0]?.projected).toBeGreaterThan(50_000);
  });

  it('lists the features and the integration Basic does not include', () => {
    const losses = downgradeLosses({
      current: plan('ecommerce-scale'),
      target: plan('ecommerce-basic'),
      usage: {},
      period,
      now: '2026-03-20T12:00:00.000Z',
    });
    expect(losses).toEqual({
      overPace: [],
      features: ['abandoned_cart_recovery', 'priority_support'],
      integrations: ['magento'],
    });
  });
});

describe('given a pace within the lower plan', () => {
  it('warns of nothing', () => {
    const losses = downgradeLosses({
      current: plan('ecommerce-basic'),
      target: plan('ecommerce-basic'),
      usage: { conversations: 10_000 },
      period,
      now: '2026-03-20T12:00:00.000Z',
    });
    expect(losses).toEqual({ overPace: [], features: [], integrations: [] });
  });
});
