import { type BillingError, isBillingError, money } from 'subscription-kit/core';
import { createMemoryDataProvider, demoNow } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

/*
 * `changePlan` carries the amount due the customer confirmed; the memory backend charges exactly
 * that amount or refuses with `amount_changed`, changing nothing.
 */

const upgrade = { planId: 'enterprise', interval: 'month' } as const;

async function rejectionOf(promise: Promise<unknown>): Promise<BillingError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (reason: unknown) => reason,
  );
  if (!isBillingError(error)) throw error;
  return error;
}

/** The demo account on Support Scale, on a clock the test moves. */
function providerOnClock() {
  const clock = { now: demoNow };
  const provider = createMemoryDataProvider({ now: () => clock.now });
  const later = (milliseconds: number) => {
    clock.now = new Date(demoNow.getTime() + milliseconds);
  };
  return { provider, later };
}

async function invoiceCount(provider: ReturnType<typeof createMemoryDataProvider>) {
  return (await provider.listInvoices({ cursor: null, limit: 100 })).data.length;
}

describe('given an upgrade confirmed at another amount than the change would charge', () => {
  it('refuses with amount_changed, names the amount it would charge, and changes nothing', async () => {
    const { provider } = providerOnClock();
    const preview = await provider.previewChange(upgrade);
    const invoicesBefore = await invoiceCount(provider);
    const shown = money(preview.amountDue.amount - 1, preview.amountDue.currency);

    const error = await rejectionOf(
      provider.changePlan({ ...upgrade, idempotencyKey: 'k1', expectedAmountDue: shown }),
    );
    expect(error).toMatchObject({
      code: 'amount_changed',
      retryable: false,
      details: { expectedAmountDue: shown, amountDue: preview.amountDue },
    });
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'support-scale' });
    expect(await invoiceCount(provider)).toBe(invoicesBefore);
  });

  it('refuses the same figure in another currency', async () => {
    const { provider } = providerOnClock();
    const { amountDue } = await provider.previewChange(upgrade);
    const error = await rejectionOf(
      provider.changePlan({
        ...upgrade,
        idempotencyKey: 'k1',
        expectedAmountDue: money(amountDue.amount, 'DKK'),
      }),
    );
    expect(error.code).toBe('amount_changed');
  });

  it('refuses "nothing to pay" for an upgrade that costs something, so no invoice is paid', async () => {
    const { provider } = providerOnClock();
    const invoicesBefore = await invoiceCount(provider);
    const error = await rejectionOf(
      provider.changePlan({ ...upgrade, idempotencyKey: 'k1', expectedAmountDue: money(0, 'EUR') }),
    );
    expect(error.code).toBe('amount_changed');
    expect(await invoiceCount(provider)).toBe(invoicesBefore);
  });

  it('lets the same key through once the customer confirms the new amount', async () => {
    const { provider } = providerOnClock();
    const { amountDue } = await provider.previewChange(upgrade);
    await rejectionOf(
      provider.changePlan({ ...upgrade, idempotencyKey: 'k1', expectedAmountDue: money(0, 'EUR') }),
    );
    const result = await provider.changePlan({
      ...upgrade,
      idempotencyKey: 'k1',
      expectedAmountDue: amountDue,
    });
    expect(result).toMatchObject({ status: 'complete', subscription: { planId: 'enterprise' } });
  });
});

describe('given a change without the amount the customer saw', () => {
  it('refuses it before anything happens', async () => {
    const { provider } = providerOnClock();
    const params = { ...upgrade, idempotencyKey: 'k1' } as Parameters<typeof provider.changePlan>[0];
    const error = await rejectionOf(provider.changePlan(params));
    expect(error).toMatchObject({
      code: 'unknown',
      details: { reason: 'invalid_params', field: 'expectedAmountDue' },
    });
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'support-scale' });
  });
});

describe('given proration that moves with the clock between preview and confirmation', () => {
  it('charges the amount of the preview within half an hour of it', async () => {
    const { provider, later } = providerOnClock();
    const shown = await provider.previewChange(upgrade);
    later(20 * 60 * 1000);
    // What the same change would cost now, asked of a twin backend so the preview shown stays the last.
    const twin = createMemoryDataProvider({
      data: provider.getData(),
      now: () => new Date(demoNow.getTime() + 20 * 60 * 1000),
    });
    expect((await twin.previewChange(upgrade)).amountDue).not.toEqual(shown.amountDue);

    await provider.changePlan({ ...upgrade, idempotencyKey: 'k1', expectedAmountDue: shown.amountDue });
    const [invoice] = (await provider.listInvoices({ cursor: null, limit: 1 })).data;
    expect(invoice?.subtotal).toEqual(shown.amountDue);
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'enterprise' });
  });

  it('refuses the amount of a preview older than half an hour', async () => {
    const { provider, later } = providerOnClock();
    const shown = await provider.previewChange(upgrade);
    later(2 * 60 * 60 * 1000);
    const error = await rejectionOf(
      provider.changePlan({ ...upgrade, idempotencyKey: 'k1', expectedAmountDue: shown.amountDue }),
    );
    expect(error.code).toBe('amount_changed');
    expect(await provider.getSubscription({})).toMatchObject({ planId: 'support-scale' });
  });
});
