import { createTestDataProvider, demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

describe('given a test provider with only the catalog', () => {
  const provider = createTestDataProvider({ getCatalog: async () => demoPlans });

  it('answers with the method it was given', async () => {
    expect(await provider.getCatalog({})).toBe(demoPlans);
  });

  it('rejects every other method, naming it', async () => {
    await expect(provider.getAccount({})).rejects.toMatchObject({
      code: 'unknown',
      message: '`getAccount` is not implemented',
    });
    await expect(
      provider.contactSales?.({ name: 'A', email: 'a@b.c', company: 'C', idempotencyKey: 'k' }),
    ).rejects.toThrow('`contactSales` is not implemented');
  });
});

describe('given a method passed as undefined', () => {
  it('leaves that capability out', () => {
    expect('listInvoices' in createTestDataProvider({ listInvoices: undefined })).toBe(false);
  });
});
