import { divideRounded, money, subtractMoney } from './money';
import type { Money, Plan } from './types';

export interface AnnualPricing {
  /** The price of one year billed annually. */
  yearly: Money;
  /** `yearly / 12`, rounded half up, for "€158/month billed annually". */
  monthlyEquivalent: Money;
  /** Twelve monthly payments. */
  twelveMonths: Money;
  /** `twelveMonths − yearly`. */
  savings: Money;
  /** Whole percent saved, rounded down so the badge never promises more than the price gives. */
  savingsPercent: number;
}

/**
 * Annual price and savings against paying monthly; `null` when the plan has no annual price.
 * `currency_mismatch` when the two prices are in different currencies: they cannot be compared.
 */
export function annualPricing(plan: Plan): AnnualPricing | null {
  const { month, year } = plan.prices;
  if (!year) return null;
  const twelveMonths = money(month.amount * 12, month.currency);
  const savings = subtractMoney(twelveMonths, year);
  return {
    yearly: year,
    monthlyEquivalent: money(divideRounded(year.amount, 12, 'half_up'), year.currency),
    twelveMonths,
    savings,
    savingsPercent:
      twelveMonths.amount > 0 ? divideRounded(savings.amount * 100, twelveMonths.amount, 'floor') : 0,
  };
}
