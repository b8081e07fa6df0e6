import fc from 'fast-check';
import {
  addMoney,
  annualPricing,
  BillingError,
  classifyChange,
  estimateOverage,
  type Money,
  money,
  type Plan,
  previewPlanChange,
  prorate,
  recommendPlans,
  subtractMoney,
  upcomingBill,
} from 'subscription-kit/core';
import { demoAccounts, demoNow, demoPlans } from 'subscription-kit/testing';
import { describe, expect, it } from 'vitest';

/*
 * Money in two currencies is never added or compared: every place the engine sums or weighs amounts
 * refuses with `currency_mismatch`, naming both currencies, instead of printing "$900.00" under a
 * "€1,090.00" total.
 */

const currencyCode = fc.constantFrom('EUR', 'USD', 'DKK', 'JPY', 'GBP', 'KWD');
const twoCurrencies = fc.tuple(currencyCode, currencyCode).filter(([first, second]) => first !== second);
const amount = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
const price = fc.integer({ min: 0, max: 1_000_000_000 });

function plan(id: string): Plan {
  const found = demoPlans.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`demo plan ${id} is missing`);
  return structuredClone(found);
}

/** The plan with every price and overage rate in `currency`. */
function pricedIn(source: Plan, currency: string): Plan {
  const inCurrency = (value: Money) => money(value.amount, currency);
  const overage = Object.fromEntries(
    Object.entries(source.overage ?? {}).map(([metric, rate]) => [
      metric,
      { ...rate, unitAmount: inCurrency(rate.unitAmount) },
    ]),
  );
  const { month, year } = source.prices;
  return {
    ...source,
    prices: { month: inCurrency(month), ...(year && { year: inCurrency(year) }) },
    overage,
  };
}

/** What `action` threw; fails the test when it returned. */
function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

function expectMismatch(action: () => unknown, currencies: [string, string]) {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(BillingError);
  expect(error).toMatchObject({ code: 'currency_mismatch', retryable: false });
  expect((error as BillingError).details?.currencies).toEqual(expect.arrayContaining(currencies));
}

const period = { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' };

describe('given two amounts in different currencies', () => {
  it('refuses to add or subtract them, naming both currencies', () => {
    fc.assert(
      fc.property(twoCurrencies, amount, amount, ([first, second], a, b) => {
        expectMismatch(() => addMoney(money(a, first), money(b, second)), [first, second]);
        expectMismatch(() => subtractMoney(money(a, first), money(b, second)), [first, second]);
      }),
    );
  });

  it('refuses to prorate from one to the other', () => {
    fc.assert(
      fc.property(twoCurrencies, price, price, ([first, second], current, next) => {
        expectMismatch(
          () =>
            prorate({
              currentPrice: money(current, first),
              newPrice: money(next, second),
              period,
              now: '2026-03-16T00:00:00Z',
            }),
          [first, second],
        );
      }),
    );
  });
});

describe('given a plan whose yearly price is in another currency than its monthly one', () => {
  it('claims no saving: it refuses to compare them', () => {
    fc.assert(
      fc.property(twoCurrencies, price, price, ([monthly, yearly], month, year) => {
        const mixed = {
          ...plan('ecommerce-basic'),
          prices: { month: money(month, monthly), year: money(year, yearly) },
        };
        expectMismatch(() => annualPricing(mixed), [monthly, yearly]);
      }),
    );
  });
});

describe('given a plan in one currency with overage priced in another', () => {
  const usage = { conversations: 140_000 };
  const now = '2026-03-31T00:00:00Z';

  it('refuses to total the overage under the plan currency', () => {
    fc.assert(
      fc.property(twoCurrencies, ([planCurrency, overageCurrency]) => {
        const mixed = pricedIn(plan('ecommerce-basic'), planCurrency);
        mixed.overage = { conversations: { unitAmount: money(1_000, overageCurrency), perUnits: 1_000 } };
        expectMismatch(
          () => estimateOverage({ plan: mixed, usage, period, now }),
          [planCurrency, overageCurrency],
        );
      }),
    );
  });

  it('refuses to put the next period and the overage on one bill when a change moves to another currency', () => {
    fc.assert(
      fc.property(twoCurrencies, ([current, next]) => {
        const basic = pricedIn(plan('ecommerce-basic'), current);
        const scale = pricedIn(plan('ecommerce-scale'), next);
        const subscription = {
          id: 'sub_1',
          planId: basic.id,
          interval: 'month' as const,
          status: 'active' as const,
          currentPeriod: period,
          billingAnchor: period.start,
          scheduledChange: { planId: scale.id, interval: 'month' as const, effectiveAt: period.end },
        };
        expectMismatch(
          () => upcomingBill({ subscription, catalog: [basic, scale], usage, now }),
          [current, next],
        );
      }),
    );
  });
});

describe('given a change from a plan in one currency to a plan in another', () => {
  it.each([
    ['an upgrade', 'ecommerce-basic', 'ecommerce-scale'],
    ['a downgrade', 'ecommerce-scale', 'ecommerce-basic'],
  ])('refuses to preview %s', (_, from, to) => {
    fc.assert(
      fc.property(
        twoCurrencies,
        fc.constantFrom('month' as const, 'year' as const),
        ([first, second], interval) => {
          const current = {
            plan: pricedIn(plan(from), first),
            subscription: { interval: 'month' as const, currentPeriod: period },
          };
          expectMismatch(
            () =>
              previewPlanChange({
                current,
                target: pricedIn(plan(to), second),
                interval,
                account: {},
                now: '2026-03-16T00:00:00Z',
              }),
            [first, second],
          );
        },
      ),
    );
  });

  it('classifies it by tier rank alone, without weighing the prices', () => {
    fc.assert(
      fc.property(twoCurrencies, price, price, ([first, second], cheap, dear) => {
        const lower = { ...pricedIn(plan('ecommerce-basic'), first), prices: { month: money(dear, first) } };
        const higher = {
          ...pricedIn(plan('ecommerce-scale'), second),
          prices: { month: money(cheap, second) },
        };
        expect(classifyChange({ plan: lower, interval: 'month' }, { plan: higher, interval: 'month' })).toBe(
          'upgrade',
        );
        expect(classifyChange({ plan: higher, interval: 'month' }, { plan: lower, interval: 'month' })).toBe(
          'downgrade',
        );
      }),
    );
  });
});

describe('given a catalog that offers its plans in several currencies', () => {
  const accounts = Object.values(demoAccounts);

  it('ranks the plans of each currency exactly as a catalog of that currency alone', () => {
    fc.assert(
      fc.property(
        twoCurrencies,
        fc.constantFrom(...accounts),
        fc.integer({ min: 1, max: 1_000 }),
        ([first, second], account, factor) => {
          // The same plans in a second currency, at prices that would rank otherwise if compared.
          const own = demoPlans.map((candidate) => pricedIn(candidate, first));
          const foreign = demoPlans.map((candidate) => ({
            ...pricedIn(candidate, second),
            id: `${candidate.id}-${second}`,
            prices: { month: money((10_000 - candidate.prices.month.amount / 100) * factor, second) },
          }));
          const alone = recommendPlans({ catalog: own, account, now: demoNow });
          const mixed = recommendPlans({ catalog: [...foreign, ...own], account, now: demoNow });
          const ownIds = new Set(own.map((candidate) => candidate.id));
          expect(mixed.ranked.filter((ranked) => ownIds.has(ranked.planId))).toEqual(alone.ranked);
        },
      ),
    );
  });
});
