import { QueryClient } from '@tanstack/react-query';
import { type BillingDataProvider, catalogOptions, createValidatedDataProvider } from 'subscription-kit';
import { isBillingError, type OverageRate, type Plan } from 'subscription-kit/core';
import { createDemoBillingData, createTestDataProvider } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

/*
 * What a hostile backend answered, and what the boundary hands the components: a plain copy of the
 * known fields, within the ranges the engine computes with, or an `invalid_response` naming the field.
 */

const demo = createDemoBillingData({ invoiceCount: 3 });
const subscription = demo.subscription;
if (!subscription) throw new Error('the demo account has a subscription');

type Method = keyof BillingDataProvider;

/** The validated provider whose `method` resolves with `result`. */
function answering(method: Method, result: unknown): BillingDataProvider {
  return createValidatedDataProvider(createTestDataProvider({ [method]: async () => result }));
}

/** What `method` resolved with through the boundary. */
function through(method: Method, result: unknown): Promise<unknown> {
  const call = answering(method, result)[method] as (params: object) => Promise<unknown>;
  return call({ cursor: null, limit: 10, planId: 'p', interval: 'month', invoiceId: 'i' });
}

/** The problems of the `invalid_response` that `method` rejected with; fails when it resolved. */
async function problemsOf(method: Method, result: unknown) {
  try {
    await through(method, result);
  } catch (error) {
    if (!isBillingError(error) || error.code !== 'invalid_response') throw error;
    return error.details?.problems as { path: string; expected: string; received: string }[];
  }
  throw new Error(`${method} resolved with ${JSON.stringify(result)}`);
}

/** The demo catalog with its first plan (Ecommerce Basic, with a conversations overage) changed. */
function catalogWith(change: (plan: Plan & { overage: { conversations: OverageRate } }) => void): Plan[] {
  const plans = structuredClone(demo.plans);
  change(plans[0] as Plan & { overage: { conversations: OverageRate } });
  return plans;
}

const card = {
  type: 'card',
  id: 'pm_1',
  isDefault: true,
  brand: 'visa',
  last4: '4242',
  expMonth: 12,
  expYear: 2028,
};

describe('given results with fields the contract does not name', () => {
  it('passes on a fresh copy of the known fields only', async () => {
    const plans = catalogWith((plan) => {
      Object.assign(plan, { internalCost: 1 });
      Object.assign(plan.prices.month, { display: '€190' });
    });

    const catalog = (await through('getCatalog', plans)) as Plan[];

    expect(catalog).toEqual(demo.plans);
    expect(catalog).not.toBe(plans);
    expect(catalog[0]).not.toHaveProperty('internalCost');
    expect(catalog[0]?.prices.month).not.toHaveProperty('display');
  });

  it('drops cycles among them, so the query cache holds plain data it can compare', async () => {
    // Every plan pointing at the whole catalog: comparing two answers field by field never ends.
    const cyclic = () => {
      const plans = structuredClone(demo.plans);
      for (const plan of plans) Object.assign(plan, { catalog: plans });
      return plans;
    };
    const provider = createTestDataProvider({ getCatalog: async () => cyclic() });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });

    const first = await queryClient.fetchQuery(catalogOptions(provider));
    expect(() => JSON.stringify(first)).not.toThrow();
    const refetched = await queryClient.fetchQuery({ ...catalogOptions(provider), staleTime: 0 });

    expect(refetched).toEqual(demo.plans);
  });
});

describe('given a result whose getter answers otherwise once it has been read', () => {
  it('reads each field once and passes on the value it checked, as plain data', async () => {
    let reads = 0;
    const account = {
      get country() {
        reads += 1;
        return reads === 1 ? 'DK' : 12;
      },
    };

    const copy = (await through('getAccount', account)) as Record<string, unknown>;

    expect(reads).toBe(1);
    expect(copy.country).toBe('DK');
    expect(Object.getOwnPropertyDescriptor(copy, 'country')).toMatchObject({ value: 'DK', writable: true });
  });

  it('keeps a period that started in 2026 from becoming "1" (the year 2001) later', async () => {
    let reads = 0;
    const currentPeriod = {
      get start() {
        reads += 1;
        return reads === 1 ? '2026-03-01T00:00:00Z' : '1';
      },
      end: '2026-04-01T00:00:00Z',
    };

    const copy = (await through('getSubscription', {
      ...subscription,
      currentPeriod,
    })) as typeof subscription;

    expect(copy.currentPeriod.start).toBe('2026-03-01T00:00:00Z');
    expect(copy.currentPeriod.start).toBe('2026-03-01T00:00:00Z');
  });
});

describe.each([
  {
    what: 'a price of Number.MAX_SAFE_INTEGER',
    method: 'getCatalog',
    result: catalogWith((plan) => {
      plan.prices.month.amount = Number.MAX_SAFE_INTEGER;
    }),
    path: 'catalog[0].prices.month.amount',
    expected: 'integer minor units (19000 for 190.00), from 0 to 10^12',
  },
  {
    what: 'a negative price',
    method: 'getCatalog',
    result: catalogWith((plan) => {
      plan.prices.month.amount = -19_000;
    }),
    path: 'catalog[0].prices.month.amount',
    expected: 'integer minor units (19000 for 190.00), from 0 to 10^12',
  },
  {
    what: 'an overage rate per 0 units',
    method: 'getCatalog',
    result: catalogWith((plan) => {
      plan.overage.conversations.perUnits = 0;
    }),
    path: 'catalog[0].overage.conversations.perUnits',
    expected: 'a finite number, from 1 to 10^15',
  },
  {
    what: 'a discount of 150 %',
    method: 'getCatalog',
    result: catalogWith((plan) => {
      plan.campaigns = [{ id: 'too-good', discountPercent: 150 }];
    }),
    path: 'catalog[0].campaigns[0].discountPercent',
    expected: 'an integer, from 0 to 100',
  },
  {
    what: 'an availability window ending in the year −271821',
    method: 'getCatalog',
    result: catalogWith((plan) => {
      plan.availability = { window: { endsAt: '-271821-04-20T00:00:00.000Z' } };
    }),
    path: 'catalog[0].availability.window.endsAt',
    expected: 'an ISO 8601 instant such as "2026-03-01T00:00:00Z"',
  },
  {
    what: 'a campaign that starts in 1999',
    method: 'getCatalog',
    result: catalogWith((plan) => {
      plan.campaigns = [{ id: 'early', discountPercent: 10, startsAt: '1999-12-31T23:59:59Z' }];
    }),
    path: 'catalog[0].campaigns[0].startsAt',
    expected: 'an ISO 8601 instant such as "2026-03-01T00:00:00Z", in the years 2000 to 2200',
  },
  {
    what: 'an annual price in JPY against a monthly one in EUR',
    method: 'getCatalog',
    result: catalogWith((plan) => {
      plan.prices.year = { amount: 190_000, currency: 'JPY' };
    }),
    path: 'catalog[0].prices.year.currency',
    expected: '"EUR", the currency of catalog[0].prices.month.currency',
  },
  {
    what: 'a plan in EUR with overage in USD',
    method: 'getCatalog',
    result: catalogWith((plan) => {
      plan.overage.conversations.unitAmount.currency = 'USD';
    }),
    path: 'catalog[0].overage.conversations.unitAmount.currency',
    expected: '"EUR", the currency of catalog[0].prices.month.currency',
  },
  {
    what: 'two plans with one id',
    method: 'getCatalog',
    result: [demo.plans[1], { ...demo.plans[0], id: demo.plans[1]?.id, name: 'Impostor Scale' }],
    path: 'catalog[1].id',
    expected: 'an id unique in the list',
  },
  {
    what: 'usage above 10^15',
    method: 'getAccount',
    result: { usage: { conversations: Number.MAX_VALUE } },
    path: 'account.usage.conversations',
    expected: 'a finite number, from 0 to 10^15',
  },
  {
    what: 'a negative limit',
    method: 'getCatalog',
    result: catalogWith((plan) => {
      plan.limits.seats = -1;
    }),
    path: 'catalog[0].limits.seats',
    expected: 'a finite number, from 0 to 10^15 or null',
  },
  {
    what: 'a card expiring in the year 10^9',
    method: 'listPaymentMethods',
    result: [{ ...card, expYear: 1e9 }],
    path: 'paymentMethods[0].expYear',
    expected: 'an integer, from 1000 to 9999',
  },
  {
    what: 'a card expiring in month 13',
    method: 'listPaymentMethods',
    result: [{ ...card, expMonth: 13 }],
    path: 'paymentMethods[0].expMonth',
    expected: 'an integer, from 1 to 12',
  },
  {
    what: 'two payment methods with one id',
    method: 'listPaymentMethods',
    result: [card, { ...card, isDefault: false }],
    path: 'paymentMethods[1].id',
    expected: 'an id unique in the list',
  },
  {
    what: 'two invoices with one id',
    method: 'listInvoices',
    result: { data: [demo.invoices[0], demo.invoices[0]], nextCursor: null },
    path: 'page.data[1].id',
    expected: 'an id unique in the list',
  },
  {
    what: 'an invoice line in another currency than the invoice',
    method: 'getInvoice',
    result: {
      ...demo.invoices[0],
      lines: demo.invoices[0]?.lines.map((line) => ({
        ...line,
        amount: { ...line.amount, currency: 'USD' },
      })),
    },
    path: 'invoice.lines[0].amount.currency',
    expected: '"EUR", the currency of invoice.currency',
  },
  {
    what: 'a tax rate of 250 %',
    method: 'getInvoice',
    result: {
      ...demo.invoices[0],
      taxes: [
        {
          name: 'VAT',
          ratePercent: 250,
          taxableAmount: { amount: 100, currency: 'EUR' },
          amount: { amount: 250, currency: 'EUR' },
        },
      ],
    },
    path: 'invoice.taxes[0].ratePercent',
    expected: 'a finite number, from 0 to 100',
  },
  {
    what: 'a credit beyond -10^12',
    method: 'previewChange',
    result: {
      planId: 'p',
      interval: 'month',
      kind: 'upgrade',
      effectiveAt: '2026-03-16T00:00:00Z',
      lines: [],
      amountDue: { amount: -(10 ** 12) - 1, currency: 'EUR' },
      blockers: [],
    },
    path: 'preview.amountDue.amount',
    expected: 'integer minor units (19000 for 190.00), from -10^12 to 10^12',
  },
] as const)('given $what', ({ method, result, path, expected }) => {
  it(`refuses it, naming ${path}`, async () => {
    const problems = await problemsOf(method, result);
    expect(problems).toContainEqual(expect.objectContaining({ path, expected }));
  });
});

describe('given values at the edges of the bounds', () => {
  it('accepts them', async () => {
    const plans = catalogWith((plan) => {
      plan.prices = { month: { amount: 10 ** 12, currency: 'EUR' }, year: { amount: 0, currency: 'EUR' } };
      plan.limits.conversations = 0;
      plan.overage = { conversations: { unitAmount: { amount: 10 ** 12, currency: 'EUR' }, perUnits: 1 } };
      plan.campaigns = [
        { id: 'none', discountPercent: 0, startsAt: '2000-01-01T00:00:00Z' },
        { id: 'all', discountPercent: 100, endsAt: '2200-12-31T23:59:59.999Z' },
      ];
    });
    await expect(through('getCatalog', plans)).resolves.toEqual(plans);
    await expect(through('getAccount', { usage: { conversations: 10 ** 15 } })).resolves.toEqual({
      usage: { conversations: 10 ** 15 },
    });
    const cards = [
      { ...card, expMonth: 1, expYear: 1000 },
      { ...card, id: 'pm_2', isDefault: false, expMonth: 12, expYear: 9999 },
    ];
    await expect(through('listPaymentMethods', cards)).resolves.toEqual(cards);
  });
});
