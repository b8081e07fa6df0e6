import fc from 'fast-check';
import {
  type AccountContext,
  annualPricing,
  type BillingInterval,
  billingPeriodAt,
  cardExpiry,
  checkAvailability,
  checkDowngrade,
  classifyChange,
  effectivePrice,
  formatMoney,
  type Money,
  measureUsage,
  nextBillingDate,
  type Plan,
  periodPosition,
  previewPlanChange,
  prorate,
  recommendPlans,
  type Subscription,
  type Usage,
  upcomingBill,
  usageMetrics,
  usagePeriodAt,
} from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';

/*
 * The engine never throws on what the boundary lets through: fed values at the edges of the bounds
 * docs/PROVIDER.md documents (amounts up to 10^12 minor units, counts up to 10^15, one unit per
 * overage block, instants from 2000 to 2200, discounts of 0 and 100 %, cards from year 1000 to
 * 9999), every public function answers with exact integer money, finite numbers and valid dates.
 */

const MAX_AMOUNT = 10 ** 12;
const MAX_COUNT = 10 ** 15;
const FIRST_INSTANT = Date.parse('2000-01-01T00:00:00Z');
const LAST_INSTANT = Date.parse('2200-12-31T23:59:59.999Z');

/** Mostly the edges themselves, sometimes a value between them. */
function edgesOf(min: number, max: number) {
  return fc.oneof(fc.constantFrom(min, min + 1, max - 1, max), fc.integer({ min, max }));
}

const currency = fc.constantFrom('EUR', 'JPY', 'KWD');
const price = edgesOf(0, MAX_AMOUNT);
const count = fc.oneof(edgesOf(0, MAX_COUNT), fc.double({ min: 0, max: MAX_COUNT, noNaN: true }));
const time = edgesOf(FIRST_INSTANT, LAST_INSTANT);
const instant = time.map((at) => new Date(at).toISOString());
const interval = fc.constantFrom<BillingInterval>('month', 'year');
/** Two instants in order, at least a second apart: a period. */
const period = fc
  .tuple(time, time)
  .filter(([a, b]) => Math.abs(a - b) >= 1_000)
  .map(([a, b]) => ({
    start: new Date(Math.min(a, b)).toISOString(),
    end: new Date(Math.max(a, b)).toISOString(),
  }));
const usage: fc.Arbitrary<Usage> = fc.record(
  Object.fromEntries(usageMetrics.map((metric) => [metric, count])) as Record<keyof Usage, typeof count>,
  { requiredKeys: [] },
);

function plan(id: string, tierRank: number) {
  return fc
    .record({
      currency,
      month: price,
      year: fc.option(price, { nil: undefined }),
      limit: fc.option(count, { nil: null }),
      unitAmount: price,
      perUnits: edgesOf(1, MAX_COUNT),
      discountPercent: edgesOf(0, 100),
      window: fc.record({ startsAt: instant, endsAt: instant }, { requiredKeys: [] }),
    })
    .map(
      (edge): Plan => ({
        id,
        name: id,
        family: 'support',
        tierRank,
        prices: {
          month: { amount: edge.month, currency: edge.currency },
          ...(edge.year !== undefined && { year: { amount: edge.year, currency: edge.currency } }),
        },
        limits: {
          conversations: edge.limit,
          documents: edge.limit,
          assistants: 1,
          seats: null,
          aiTokens: edge.limit,
        },
        features: [],
        integrations: [],
        availability: { window: edge.window },
        campaigns: [{ id: 'edge', discountPercent: edge.discountPercent, ...edge.window }],
        overage: {
          conversations: {
            unitAmount: { amount: edge.unitAmount, currency: edge.currency },
            perUnits: edge.perUnits,
          },
          aiTokens: {
            unitAmount: { amount: edge.unitAmount, currency: edge.currency },
            perUnits: edge.perUnits,
          },
        },
      }),
    );
}

/** A catalog of two plans in one currency, and a subscription on the first. */
const account = fc.record({
  current: plan('current', 1),
  target: plan('target', 2),
  interval,
  period,
  anchor: instant,
  now: instant,
  usage,
  trial: fc.option(fc.tuple(period, usage), { nil: null }),
});

function inOneCurrency(current: Plan, target: Plan): Plan {
  const { currency: code } = current.prices.month;
  const recoin = (value: Money) => ({ amount: value.amount, currency: code });
  const overage = Object.fromEntries(
    Object.entries(target.overage ?? {}).map(([metric, rate]) => [
      metric,
      { ...rate, unitAmount: recoin(rate.unitAmount) },
    ]),
  );
  const { month, year } = target.prices;
  return { ...target, prices: { month: recoin(month), ...(year && { year: recoin(year) }) }, overage };
}

function expectMoney(value: Money) {
  expect(Number.isSafeInteger(value.amount), `${value.amount} ${value.currency}`).toBe(true);
}

function expectDate(value: Date | string) {
  expect(Number.isFinite(new Date(value).getTime()), String(value)).toBe(true);
}

function expectFiniteNumbers(value: unknown, path = 'result') {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), path).toBe(true);
  } else if (value instanceof Date) {
    expectDate(value);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) expectFiniteNumbers(item, `${path}.${key}`);
  }
}

describe('given plans, usage and dates at the edges of the documented bounds', () => {
  it('prices them: effective, annual, formatted', () => {
    fc.assert(
      fc.property(plan('edge', 1), interval, instant, (edge, billing, now) => {
        const { price, regularPrice } = effectivePrice(edge, billing, now);
        expectMoney(price);
        expectMoney(regularPrice);
        const annual = annualPricing(edge);
        if (annual) expectFiniteNumbers(annual);
        expect(formatMoney(price, 'en')).toEqual(expect.any(String));
      }),
    );
  });

  it('classifies, prorates and previews a change between them', () => {
    fc.assert(
      fc.property(
        account,
        ({ current, target: other, interval: billing, period: currentPeriod, now, usage: used }) => {
          const target = inOneCurrency(current, other);
          classifyChange({ plan: current, interval: billing }, { plan: target, interval: 'year' });
          const proration = prorate({
            currentPrice: effectivePrice(current, billing, now).price,
            newPrice: effectivePrice(target, billing, now).price,
            period: currentPeriod,
            now,
          });
          expectFiniteNumbers(proration);
          const { preview, period: next } = previewPlanChange({
            current: { plan: current, subscription: { interval: billing, currentPeriod } },
            target,
            interval: billing,
            account: { usage: used },
            now,
          });
          for (const line of preview.lines) expectMoney(line.amount);
          expectMoney(preview.amountDue);
          expectDate(preview.effectiveAt);
          expectDate(next.start);
          expectDate(next.end);
        },
      ),
    );
  });

  it('measures usage and estimates the upcoming bill', () => {
    fc.assert(
      fc.property(
        account,
        ({ current, target: other, interval: billing, period: currentPeriod, anchor, now, usage: used }) => {
          const target = inOneCurrency(current, other);
          const subscription: Subscription = {
            id: 'sub',
            planId: current.id,
            interval: billing,
            status: 'active',
            currentPeriod,
            billingAnchor: anchor,
            scheduledChange: { planId: target.id, interval: billing, effectiveAt: currentPeriod.end },
          };
          const usagePeriod = usagePeriodAt(subscription, now);
          expectDate(usagePeriod.start);
          expectDate(usagePeriod.end);
          for (const measure of measureUsage({ plan: current, usage: used, period: usagePeriod, now })) {
            // A limit of 0 with usage above it is the one infinite ratio, and it says "over".
            const { ratio, ...numbers } = measure;
            expectFiniteNumbers(numbers);
            if (ratio === Number.POSITIVE_INFINITY) expect(measure.level).toBe('over');
          }
          const bill = upcomingBill({ subscription, catalog: [current, target], usage: used, now });
          if (bill) {
            expectMoney(bill.total);
            for (const line of bill.overage) expectMoney(line.amount);
            expectDate(bill.billedAt);
          }
          expectFiniteNumbers(periodPosition(currentPeriod, now));
          checkDowngrade(target, { usage: used });
        },
      ),
    );
  });

  it('recommends one of them, with finite scores and needs', () => {
    fc.assert(
      fc.property(account, ({ current, target: other, period: usagePeriod, now, usage: used, trial }) => {
        const context: AccountContext = {
          usage: used,
          trialUsage: trial && { start: trial[0].start, end: trial[0].end, usage: trial[1] },
        };
        const recommendation = recommendPlans({
          catalog: [current, inOneCurrency(current, other)],
          account: context,
          now,
          currentPlanId: current.id,
          usagePeriod,
        });
        expectFiniteNumbers(recommendation.ranked.map((ranked) => ranked.score));
        expectFiniteNumbers(recommendation.projectedUsage);
        expectFiniteNumbers(recommendation.needs);
        checkAvailability(current, context, now);
      }),
    );
  });

  it('dates billing from any anchor, and reads any card expiry', () => {
    fc.assert(
      fc.property(
        instant,
        instant,
        interval,
        edgesOf(1, 12),
        edgesOf(1000, 9999),
        (anchor, at, billing, month, year) => {
          expectDate(nextBillingDate(anchor, at, billing));
          const { start, end } = billingPeriodAt(anchor, at, billing);
          expectDate(start);
          expectDate(end);
          expect(['valid', 'expiring_soon', 'expired']).toContain(
            cardExpiry({ expMonth: month, expYear: year }, at),
          );
        },
      ),
    );
  });
});
