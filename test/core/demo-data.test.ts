import { addMoney, checkAvailability, money } from 'subscription-kit/core';
import {
  demoAccounts,
  demoInvoices,
  demoNow,
  demoPaymentMethods,
  demoPlans,
  demoSubscriptions,
} from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

describe('given the demo catalog', () => {
  it('holds the plans of the product page at their prices and limits', () => {
    const byId = new Map(demoPlans.map((plan) => [plan.id, plan]));
    expect(byId.get('ecommerce-basic')).toMatchObject({
      name: 'Ecommerce Basic',
      prices: { month: money(19_000, 'EUR') },
      limits: { conversations: 50_000, documents: 1_000, assistants: 3 },
    });
    expect(byId.get('ecommerce-scale')).toMatchObject({
      prices: { month: money(49_000, 'EUR') },
      limits: { conversations: 100_000, documents: 10_000, assistants: 3 },
    });
    expect(byId.get('enterprise')).toMatchObject({
      prices: { month: money(189_000, 'EUR') },
      limits: { aiTokens: 200_000_000, documents: 100_000, assistants: 5 },
    });
    expect(new Set(demoPlans.map((plan) => plan.family))).toEqual(
      new Set(['ecommerce', 'support', 'enterprise']),
    );
  });

  it('has unique ids, integer prices and an annual price on every plan', () => {
    expect(new Set(demoPlans.map((plan) => plan.id)).size).toBe(demoPlans.length);
    for (const plan of demoPlans) {
      expect(Number.isInteger(plan.prices.month.amount)).toBe(true);
      expect(plan.prices.year?.amount).toBe(plan.prices.month.amount * 10);
    }
  });

  it('has one plan no demo account can get', () => {
    const voice = demoPlans.find((plan) => plan.id === 'support-voice');
    if (!voice) throw new Error('support-voice is missing');
    for (const account of Object.values(demoAccounts)) {
      expect(checkAvailability(voice, account, demoNow).available).toBe(false);
    }
  });
});

describe('given the demo subscriptions', () => {
  it('point at catalog plans and contain demoNow in their period', () => {
    for (const subscription of Object.values(demoSubscriptions)) {
      if (!subscription) continue;
      expect(demoPlans.map((plan) => plan.id)).toContain(subscription.planId);
      expect(Date.parse(subscription.currentPeriod.start)).toBeLessThanOrEqual(demoNow.getTime());
      expect(Date.parse(subscription.currentPeriod.end)).toBeGreaterThan(demoNow.getTime());
    }
  });
});

describe('given the demo invoices', () => {
  it('add up: lines to subtotal, subtotal plus tax to total', () => {
    for (const invoice of demoInvoices) {
      const lines = invoice.lines.reduce((sum, line) => addMoney(sum, line.amount), money(0, 'EUR'));
      const taxes = invoice.taxes.reduce((sum, tax) => addMoney(sum, tax.amount), money(0, 'EUR'));
      expect(lines).toEqual(invoice.subtotal);
      expect(addMoney(invoice.subtotal, taxes)).toEqual(invoice.total);
    }
  });
});

describe('given the demo payment methods', () => {
  it('have exactly one default and cover every type', () => {
    expect(demoPaymentMethods.filter((method) => method.isDefault)).toHaveLength(1);
    expect(new Set(demoPaymentMethods.map((method) => method.type))).toEqual(
      new Set(['card', 'sepa_debit', 'bank_transfer']),
    );
  });
});
