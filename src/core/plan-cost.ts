import { divideRounded, money } from './money';
import {
  type BillingInterval,
  type Money,
  type Plan,
  type Usage,
  type UsageMetric,
  usageMetrics,
} from './types';

/** The most one metric's overage comes to, in minor units, so that every total stays an exact integer. */
const MAX_OVERAGE_AMOUNT = 10 ** 15;

/** What a plan is expected to cost for a month of some usage. */
export interface ExpectedMonthlyCost {
  /** A month of the plan: the monthly price, or the annual price per month (rounded half up). */
  price: Money;
  /** Usage above the limits that have a rate in the plan's currency, billed per started block. */
  overage: Money;
  /** `price + overage`. */
  total: Money;
  /** Metrics above a limit without a rate in the plan's currency: usage the plan cannot hold. */
  hardLimitsExceeded: UsageMetric[];
}

/**
 * The expected cost of a month on `plan` at `usage`: its price for a month of `interval` (the
 * monthly price for a plan without an annual one) plus the overage above its limits. A rate in
 * another currency cannot be added to the price, so its metric counts as a hard limit.
 */
export function expectedMonthlyCost(
  plan: Plan,
  usage: Usage,
  interval: BillingInterval = 'month',
): ExpectedMonthlyCost {
  const year = plan.prices.year;
  const price =
    interval === 'year' && year
      ? money(divideRounded(year.amount, 12, 'half_up'), year.currency)
      : plan.prices.month;
  let overage = 0;
  const hardLimitsExceeded: UsageMetric[] = [];
  for (const metric of usageMetrics) {
    const used = usage[metric];
    const limit = plan.limits[metric];
    if (used === undefined || limit === null || used <= limit) continue;
    const rate = plan.overage?.[metric];
    if (!rate || rate.unitAmount.currency !== price.currency) {
      hardLimitsExceeded.push(metric);
      continue;
    }
    const blocks = Math.ceil((used - limit) / rate.perUnits);
    overage += Math.min(blocks * rate.unitAmount.amount, MAX_OVERAGE_AMOUNT);
  }
  return {
    price,
    overage: money(overage, price.currency),
    total: money(price.amount + overage, price.currency),
    hardLimitsExceeded,
  };
}
