import { createValidatedDataProvider } from 'subscription-kit';
import { isBillingError } from 'subscription-kit/core';
import { createTestDataProvider } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

/** An upgrade to Enterprise: €12.00 due, €3.00 tax, €15.00 in all, renewing on April 5th at €490. */
function preview(overrides: Record<string, unknown> = {}) {
  return {
    planId: 'enterprise',
    interval: 'month',
    kind: 'upgrade',
    effectiveAt: '2026-03-16T09:00:00Z',
    lines: [
      {
        kind: 'charge',
        amount: { amount: 1200, currency: 'EUR' },
        planId: 'enterprise',
        interval: 'month',
        period: { start: '2026-03-16T09:00:00Z', end: '2026-04-05T10:00:00Z' },
      },
    ],
    amountDue: { amount: 1200, currency: 'EUR' },
    blockers: [],
    tax: { amount: 300, currency: 'EUR' },
    total: { amount: 1500, currency: 'EUR' },
    nextRenewal: { at: '2026-04-05T10:00:00Z', amount: { amount: 49_000, currency: 'EUR' } },
    ...overrides,
  };
}

function previewing(result: unknown) {
  return createValidatedDataProvider(createTestDataProvider({ previewChange: async () => result as never }));
}

const params = { planId: 'enterprise', interval: 'month' } as const;

async function problemPaths(result: unknown): Promise<string[]> {
  try {
    await previewing(result).previewChange(params);
  } catch (error) {
    if (!isBillingError(error)) throw error;
    const details = error.details as { problems: { path: string }[] };
    return details.problems.map((problem) => problem.path);
  }
  throw new Error('expected a rejection');
}

describe('given a preview with tax, total and the next renewal', () => {
  it('hands them on as they are', async () => {
    const validated = await previewing(preview()).previewChange(params);
    expect(validated).toMatchObject({
      tax: { amount: 300, currency: 'EUR' },
      total: { amount: 1500, currency: 'EUR' },
      nextRenewal: { at: '2026-04-05T10:00:00Z', amount: { amount: 49_000, currency: 'EUR' } },
    });
  });

  it('hands on a preview without them without adding any', async () => {
    const { tax: _tax, total: _total, nextRenewal: _renewal, ...plain } = preview();
    const validated = await previewing(plain).previewChange(params);
    expect(validated).not.toHaveProperty('tax');
    expect(validated).not.toHaveProperty('nextRenewal');
  });

  it('names a tax that is not in minor units and a renewal that is not an instant', async () => {
    const paths = await problemPaths(
      preview({
        tax: { amount: '3.00', currency: 'EUR' },
        nextRenewal: { at: 'next month', amount: { amount: 49_000, currency: 'EUR' } },
      }),
    );
    expect(paths).toEqual(['preview.tax.amount', 'preview.nextRenewal.at']);
  });

  it('names a total in another currency than the preview', async () => {
    const paths = await problemPaths(preview({ total: { amount: 1500, currency: 'USD' } }));
    expect(paths).toEqual(['preview.total.currency']);
  });
});
