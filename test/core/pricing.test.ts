import { annualPricing, effectivePrice, money, type Plan } from 'subscription-kit/core';
import { demoNow, demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

function plan(id: string): Plan {
  const found = demoPlans.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`demo plan ${id} is missing`);
  return found;
}

describe('given Ecommerce Basic at €190 a month or €1,900 a year', () => {
  it('saves two months, 16% rounded down, at €158.33 a month', () => {
    expect(annualPricing(plan('ecommerce-basic'))).toEqual({
      yearly: money(190_000, 'EUR'),
      monthlyEquivalent: money(15_833, 'EUR'),
      twelveMonths: money(228_000, 'EUR'),
      savings: money(38_000, 'EUR'),
      savingsPercent: 16,
    });
  });

  it('has no annual pricing without an annual price', () => {
    expect(annualPricing({ ...plan('ecommerce-basic'), prices: { month: money(19_000, 'EUR') } })).toBeNull();
  });
});

describe('given the spring campaign of 20% off Ecommerce Scale billed annually', () => {
  const scale = plan('ecommerce-scale');

  it('applies while it runs', () => {
    const price = effectivePrice(scale, 'year', demoNow);
    expect(price.price).toEqual(money(392_000, 'EUR'));
    expect(price.regularPrice).toEqual(money(490_000, 'EUR'));
    expect(price.campaign?.id).toBe('spring-annual-2026');
  });

  it('does not apply to monthly billing', () => {
    expect(effectivePrice(scale, 'month', demoNow)).toEqual({
      price: money(49_000, 'EUR'),
      regularPrice: money(49_000, 'EUR'),
      campaign: null,
    });
  });

  it('stops at its end date', () => {
    expect(effectivePrice(scale, 'year', '2026-04-01T00:00:00.000Z').campaign).toBeNull();
  });

  it('takes the biggest of overlapping offers, whatever their order', () => {
    const offers = [
      { id: 'b-offer', discountPercent: 10 },
      { id: 'c-offer', discountPercent: 25 },
      { id: 'a-offer', discountPercent: 25 },
    ];
    const forward = effectivePrice({ ...scale, campaigns: offers }, 'month', demoNow);
    const backward = effectivePrice({ ...scale, campaigns: [...offers].reverse() }, 'month', demoNow);
    expect(forward.campaign?.id).toBe('a-offer');
    expect(backward).toEqual(forward);
    expect(forward.price).toEqual(money(36_750, 'EUR'));
  });
});
