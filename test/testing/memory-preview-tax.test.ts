import { money } from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';
import { basicSubscriberData, demoProvider } from '../../stories/scenarios';

describe('given the Ecommerce Basic customer in Denmark (25 % VAT), upgrading to Scale', () => {
  it('previews the tax on the amount due, the total, and the renewal at the end of the period', async () => {
    const data = basicSubscriberData();
    const provider = demoProvider({ ...data, customer: { ...data.customer, country: 'DK', vatId: null } });
    const preview = await provider.previewChange({ planId: 'ecommerce-scale', interval: 'month' });
    const tax = Math.round((preview.amountDue.amount * 25) / 100);
    expect(preview.tax).toEqual(money(tax, 'EUR'));
    expect(preview.total).toEqual(money(preview.amountDue.amount + tax, 'EUR'));
    expect(preview.nextRenewal).toEqual({ at: '2026-04-01T00:00:00.000Z', amount: money(49_000, 'EUR') });
  });
});

describe('given a customer outside the EU', () => {
  it('previews no tax and no total, and still the renewal', async () => {
    const data = basicSubscriberData();
    const provider = demoProvider({ ...data, customer: { ...data.customer, country: 'US', vatId: null } });
    const preview = await provider.previewChange({ planId: 'ecommerce-scale', interval: 'month' });
    expect(preview).not.toHaveProperty('tax');
    expect(preview).not.toHaveProperty('total');
    expect(preview.nextRenewal?.at).toBe('2026-04-01T00:00:00.000Z');
  });
});
