import { yearlyPrice } from './classify-change';
import { multiplyMoney } from './money';
import { type Instant, toTime, windowState } from './time';
import type { BillingInterval, Campaign, Money, Plan } from './types';

export interface EffectivePrice {
  /** What the customer pays now for one interval. */
  price: Money;
  regularPrice: Money;
  /** The offer applied, or `null`. */
  campaign: Campaign | null;
}

/**
 * The price for an interval at `now`, with the best running campaign applied (largest discount;
 * equal discounts go to the smaller id, so catalog order never changes a price).
 */
export function effectivePrice(plan: Plan, interval: BillingInterval, now: Instant): EffectivePrice {
  const regularPrice = interval === 'month' ? plan.prices.month : yearlyPrice(plan, interval);
  const time = toTime(now);
  let campaign: Campaign | null = null;
  for (const candidate of plan.campaigns ?? []) {
    if (
      windowState(candidate, time) !== 'open' ||
      (candidate.intervals && !candidate.intervals.includes(interval))
    ) {
      continue;
    }
    if (
      !campaign ||
      candidate.discountPercent > campaign.discountPercent ||
      (candidate.discountPercent === campaign.discountPercent && candidate.id < campaign.id)
    ) {
      campaign = candidate;
    }
  }
  const price = campaign ? multiplyMoney(regularPrice, 100 - campaign.discountPercent, 100) : regularPrice;
  return { price, regularPrice, campaign };
}
