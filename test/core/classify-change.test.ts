import { type BillingInterval, classifyChange, money, type Plan, yearlyPrice } from 'subscription-kit/core';
import { demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

function plan(id: string): Plan {
  const found = demoPlans.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`demo plan ${id} is missing`);
  return found;
}

describe('given two plan selections', () => {
  it.each([
    {
      from: 'ecommerce-basic',
      fromInterval: 'month',
      to: 'ecommerce-scale',
      toInterval: 'month',
      kind: 'upgrade',
    },
    {
      from: 'ecommerce-scale',
      fromInterval: 'month',
      to: 'ecommerce-basic',
      toInterval: 'month',
      kind: 'downgrade',
    },
    {
      from: 'ecommerce-scale',
      fromInterval: 'month',
      to: 'ecommerce-scale',
      toInterval: 'month',
      kind: 'same',
    },
    {
      from: 'ecommerce-scale',
      fromInterval: 'month',
      to: 'ecommerce-scale',
      toInterval: 'year',
      kind: 'interval_change',
    },
    {
      from: 'ecommerce-scale',
      fromInterval: 'year',
      to: 'ecommerce-scale',
      toInterval: 'month',
      kind: 'interval_change',
    },
    // €1,900 a year on Basic annual vs €4,900 on Scale annual: paying more is an upgrade
    {
      from: 'ecommerce-basic',
      fromInterval: 'year',
      to: 'ecommerce-scale',
      toInterval: 'year',
      kind: 'upgrade',
    },
    // Scale monthly (€5,880 a year) → Basic annual (€1,900 a year)
    {
      from: 'ecommerce-scale',
      fromInterval: 'month',
      to: 'ecommerce-basic',
      toInterval: 'year',
      kind: 'downgrade',
    },
    { from: 'support-scale', fromInterval: 'month', to: 'enterprise', toInterval: 'month', kind: 'upgrade' },
    // Same price and rank, other family: the safe side, a downgrade at period end
    {
      from: 'ecommerce-basic',
      fromInterval: 'month',
      to: 'support-basic',
      toInterval: 'month',
      kind: 'downgrade',
    },
  ] as const)(
    'moving $from ($fromInterval) → $to ($toInterval) is $kind',
    ({ from, fromInterval, to, toInterval, kind }) => {
      expect(
        classifyChange(
          { plan: plan(from), interval: fromInterval },
          { plan: plan(to), interval: toInterval },
        ),
      ).toBe(kind);
    },
  );

  it('decides equal prices on tier rank', () => {
    const base = plan('ecommerce-basic');
    const higher: Plan = { ...base, id: 'ecommerce-basic-plus', tierRank: 2 };
    expect(classifyChange({ plan: base, interval: 'month' }, { plan: higher, interval: 'month' })).toBe(
      'upgrade',
    );
    expect(classifyChange({ plan: higher, interval: 'month' }, { plan: base, interval: 'month' })).toBe(
      'downgrade',
    );
  });
});

describe('given a plan without an annual price', () => {
  it.each(['month', 'year'] as BillingInterval[])('prices a year at %s as twelve months', (interval) => {
    const monthly: Plan = { ...plan('ecommerce-basic'), prices: { month: money(19_000, 'EUR') } };
    expect(yearlyPrice(monthly, interval)).toEqual(money(228_000, 'EUR'));
  });
});
