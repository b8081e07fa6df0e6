import { BillingError, type Money } from '../core';

/**
 * The `expectedAmountDue` of `changePlan` params that crossed a network or came from untyped code,
 * checked: integer minor units and an upper-case ISO 4217 currency. Anything else rejects with
 * `unknown` (`details.reason` `invalid_params`, `details.field` `expectedAmountDue`) before the
 * change is looked at, since a change nobody saw the price of must not be charged.
 */
export function expectedAmountDueOf(params: unknown): Money {
  const expected = (params as { expectedAmountDue?: Partial<Money> } | null)?.expectedAmountDue;
  if (!Number.isSafeInteger(expected?.amount) || !/^[A-Z]{3}$/.test(String(expected?.currency))) {
    throw new BillingError('unknown', {
      message: 'changePlan needs expectedAmountDue: the amount due of the preview the customer confirmed',
      details: { reason: 'invalid_params', field: 'expectedAmountDue' },
    });
  }
  return { amount: expected?.amount as number, currency: expected?.currency as string };
}
