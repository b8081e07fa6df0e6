import { createValidatedDataProvider } from 'subscription-kit';
import { isBillingError } from 'subscription-kit/core';
import { createDemoBillingData, createTestDataProvider } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

const demo = createDemoBillingData({ invoiceCount: 2 });
const subscription = demo.subscription;
if (!subscription) throw new Error('the demo account has a subscription');

/** What the validated provider rejected with; fails the test when it resolved. */
async function rejectionOf(promise: Promise<unknown> | undefined): Promise<{
  code: string;
  message: string;
  details: {
    path: string;
    expected: string;
    problems: { path: string; expected: string; received: string }[];
  };
}> {
  try {
    await promise;
  } catch (error) {
    if (!isBillingError(error)) throw error;
    return error as never;
  }
  throw new Error('expected a rejection');
}

function previewWith(amount: unknown) {
  return {
    planId: 'enterprise',
    interval: 'month',
    kind: 'upgrade',
    effectiveAt: '2026-03-16T09:00:00Z',
    lines: [
      {
        kind: 'charge',
        amount: { amount, currency: 'EUR' },
        planId: 'enterprise',
        interval: 'month',
        period: { start: '2026-03-16T09:00:00Z', end: '2026-04-05T10:00:00Z' },
      },
    ],
    amountDue: { amount: 1200, currency: 'EUR' },
    blockers: [],
  };
}

function previewing(result: unknown) {
  return createValidatedDataProvider(createTestDataProvider({ previewChange: async () => result as never }));
}

const previewParams = { planId: 'enterprise', interval: 'month' } as const;

describe('given a provider whose previewChange returns lines with "12.00"', () => {
  it('names preview.lines[0].amount.amount and what it expected', async () => {
    const error = await rejectionOf(previewing(previewWith('12.00')).previewChange(previewParams));

    expect(error.code).toBe('invalid_response');
    expect(error.message).toBe(
      'previewChange returned invalid data: preview.lines[0].amount.amount: expected integer minor units (19000 for 190.00), got "12.00"',
    );
    expect(error.details).toMatchObject({
      method: 'previewChange',
      path: 'preview.lines[0].amount.amount',
      expected: 'integer minor units (19000 for 190.00)',
      problems: [
        {
          path: 'preview.lines[0].amount.amount',
          expected: 'integer minor units (19000 for 190.00)',
          received: '"12.00"',
        },
      ],
    });
  });
});

describe('given a provider whose previewChange returns an empty object', () => {
  it('lists the first five missing fields and counts the rest', async () => {
    const error = await rejectionOf(previewing({}).previewChange(previewParams));

    expect(error.message).toBe(
      [
        'previewChange returned invalid data: preview.planId: expected a string, got undefined',
        'preview.interval: expected one of "month", "year", got undefined',
        'preview.kind: expected one of "upgrade", "downgrade", "same", "interval_change", got undefined',
        'preview.effectiveAt: expected an ISO 8601 instant such as "2026-03-01T00:00:00Z", got undefined',
        'preview.lines: expected an array, got undefined',
        'and 2 more',
      ].join('; '),
    );
    expect(error.details.problems).toHaveLength(5);
    expect(error.details.path).toBe('preview.planId');
    expect(error.details.expected).toBe('a string');
  });
});

describe('given a catalog priced in "eur"', () => {
  it('asks for an upper-case ISO 4217 code, with an example', async () => {
    const plans = structuredClone(demo.plans);
    if (plans[0]) plans[0].prices.month.currency = 'eur';
    const provider = createValidatedDataProvider(createTestDataProvider({ getCatalog: async () => plans }));

    const error = await rejectionOf(provider.getCatalog({}));

    expect(error.message).toContain(
      'catalog[0].prices.month.currency: expected an upper-case ISO 4217 code such as "EUR", got "eur"',
    );
  });
});

describe('given subscriptions whose billing anchor is not a strict ISO 8601 instant', () => {
  it.each([
    '1',
    'March 7',
    '2026-03-01',
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T00:00:00',
    '2026-03-01 00:00:00Z',
    '2026-03-01T00:00:00+0100',
  ])('refuses %s, showing the form it wants', async (billingAnchor) => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({ getSubscription: async () => ({ ...subscription, billingAnchor }) }),
    );

    const error = await rejectionOf(provider.getSubscription({}));

    expect(error.message).toBe(
      `getSubscription returned invalid data: subscription.billingAnchor: expected an ISO 8601 instant such as "2026-03-01T00:00:00Z", got ${JSON.stringify(billingAnchor)}`,
    );
  });
});

describe('given subscriptions whose billing anchor is an ISO 8601 instant', () => {
  it.each([
    '2026-03-01T00:00:00Z',
    '2026-03-01T00:00Z',
    '2026-03-01T00:00:00.000Z',
    '2026-03-01T00:00:00.123456Z',
    '2026-03-01T10:00:00+01:00',
    '2024-02-29T23:59:59-05:30',
  ])('accepts %s', async (billingAnchor) => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({ getSubscription: async () => ({ ...subscription, billingAnchor }) }),
    );

    await expect(provider.getSubscription({})).resolves.toMatchObject({ billingAnchor });
  });
});

describe('given fields of the wrong kind', () => {
  it('says what was there in a few words', async () => {
    const plan = {
      ...demo.plans[0],
      name: ['Support', 'Scale'],
      family: { id: 'support' },
      tierRank: null,
      features: 'x'.repeat(60),
    };
    const provider = createValidatedDataProvider(
      createTestDataProvider({ getCatalog: async () => [plan] as never }),
    );

    const error = await rejectionOf(provider.getCatalog({}));

    expect(error.details.problems.map((problem) => problem.received)).toEqual([
      'an array of 2',
      'an object',
      'null',
      `"${'x'.repeat(40)}…"`,
    ]);
  });

  it('names null as a choice where the contract allows it', async () => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({
        listInvoices: async () => ({ data: [] }) as never,
        getSubscription: async () => 'none' as never,
      }),
    );

    expect((await rejectionOf(provider.listInvoices?.({ cursor: null, limit: 10 }))).message).toBe(
      'listInvoices returned invalid data: page.nextCursor: expected a string or null, got undefined',
    );
    expect((await rejectionOf(provider.getSubscription({}))).message).toBe(
      'getSubscription returned invalid data: subscription: expected an object or null, got "none"',
    );
  });

  it('counts the default payment methods when there are two', async () => {
    const card = { type: 'card', brand: 'visa', last4: '4242', expMonth: 1, expYear: 2030, isDefault: true };
    const provider = createValidatedDataProvider(
      createTestDataProvider({
        listPaymentMethods: async () =>
          [
            { ...card, id: 'a' },
            { ...card, id: 'b' },
          ] as never,
      }),
    );

    expect((await rejectionOf(provider.listPaymentMethods?.({}))).message).toBe(
      'listPaymentMethods returned invalid data: paymentMethods: expected at most one method marked isDefault, got 2 marked isDefault',
    );
  });
});

describe('given results built to trip the validator', () => {
  it('treats a tag that every object inherits ("constructor") as unknown', async () => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({ getInvoicePdf: async () => ({ type: 'constructor' }) as never }),
    );

    expect((await rejectionOf(provider.getInvoicePdf?.({ invoiceId: 'in_1' }))).message).toBe(
      'getInvoicePdf returned invalid data: pdf.type: expected one of "url", "blob", got "constructor"',
    );
  });

  it('reports a getter that throws as invalid data, not as a crash', async () => {
    const account = {
      get usage(): never {
        throw new TypeError('boom');
      },
    };
    const provider = createValidatedDataProvider(createTestDataProvider({ getAccount: async () => account }));

    const error = await rejectionOf(provider.getAccount({}));

    expect(error.code).toBe('invalid_response');
    expect(error.message).toContain(
      'account: expected plain data, got a value that threw TypeError when read',
    );
  });
});

describe("given an account with the previous period's usage", () => {
  const previousPeriodUsage = {
    start: '2026-02-06T09:00:00Z',
    end: '2026-03-06T09:00:00Z',
    usage: { conversations: 30_000 },
  };

  it('passes it on as given', async () => {
    const provider = createValidatedDataProvider(
      createTestDataProvider({ getAccount: async () => ({ previousPeriodUsage }) }),
    );
    expect(await provider.getAccount({})).toEqual({ previousPeriodUsage });
  });

  it('names a usage beyond the bounds, and an end that is not an instant', async () => {
    const beyond = { ...previousPeriodUsage, usage: { conversations: 10 ** 16 } };
    const undated = { ...previousPeriodUsage, end: 'last month' };
    const answering = (value: unknown) =>
      createValidatedDataProvider(
        createTestDataProvider({ getAccount: async () => ({ previousPeriodUsage: value }) as never }),
      );

    expect((await rejectionOf(answering(beyond).getAccount({}))).details.path).toBe(
      'account.previousPeriodUsage.usage.conversations',
    );
    expect((await rejectionOf(answering(undated).getAccount({}))).details.path).toBe(
      'account.previousPeriodUsage.end',
    );
  });
});
