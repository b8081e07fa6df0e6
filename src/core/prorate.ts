import { money, multiplyMoney, subtractMoney } from './money';
import { type Instant, toTime } from './time';
import type { Money } from './types';

export interface ProrateInput {
  /** What the current period costs on the old selection. */
  currentPrice: Money;
  /** What a full period costs on the new selection. */
  newPrice: Money;
  /** The current billing period; the change keeps its end date. */
  period: { start: Instant; end: Instant };
  /** The injectable clock: the instant the change takes effect. */
  now: Instant;
}

export interface Proration {
  /** Credit for the unused time of the old price (zero or negative). */
  credit: Money;
  /** Charge for the remaining time at the new price (zero or positive). */
  charge: Money;
  /** `credit + charge`, never negative. */
  amountDue: Money;
  /** Credit left over when it exceeds the charge; carried to the next invoice, never paid out here. */
  creditBalance: Money;
  secondsRemaining: number;
  secondsInPeriod: number;
}

/**
 * Prorates an immediate change to the second. The net amount is rounded once, at the end, from
 * exact integers (`(new − old) × remaining / period`); the credit line is rounded on its own and
 * the charge line is what makes the two lines add up to the net, so the preview always sums.
 * Both prices must be in one currency (`currency_mismatch` otherwise).
 */
export function prorate(input: ProrateInput): Proration {
  const { currentPrice, newPrice } = input;
  // Refuses two currencies (`currency_mismatch`).
  const difference = subtractMoney(newPrice, currentPrice);
  const end = toTime(input.period.end);
  const secondsInPeriod = Math.floor((end - toTime(input.period.start)) / 1000);
  if (!(secondsInPeriod > 0)) throw new RangeError('prorate needs a period that ends after it starts');
  const secondsRemaining = Math.min(
    secondsInPeriod,
    Math.max(0, Math.floor((end - toTime(input.now)) / 1000)),
  );
  const net = multiplyMoney(difference, secondsRemaining, secondsInPeriod).amount;
  const unused = multiplyMoney(currentPrice, secondsRemaining, secondsInPeriod).amount;
  const currency = difference.currency;
  return {
    credit: money(0 - unused, currency),
    charge: money(net + unused, currency),
    amountDue: money(Math.max(0, net), currency),
    creditBalance: money(Math.max(0, 0 - net), currency),
    secondsRemaining,
    secondsInPeriod,
  };
}
