import { type BillingInterval, effectivePrice, type Money, money, type Plan } from '../../core';

/**
 * What a plan costs for an interval at an instant, as every part shows it: the price charged each
 * period (with any open offer taken off), and per month. Annual prices are shown per month, with
 * the yearly amount beneath, so the card and the comparison say the same.
 */
export function planPrice(plan: Plan, interval: BillingInterval, at: Date) {
  const { price, regularPrice, campaign } = effectivePrice(plan, interval, at);
  const monthly: Money = interval === 'year' ? money(Math.round(price.amount / 12), price.currency) : price;
  return { price, regularPrice, monthly, campaign };
}
