/** A situation the test data must hold for a check to prove its behaviour. */
export type DataProviderContractScenario =
  | 'blocked_change'
  | 'unavailable_plan'
  | 'invoice_paging'
  | 'non_default_payment_method'
  | 'paid_subscription_with_default_method';

/** A scenario, described for documentation and for the message of a check that misses it. */
export interface DataProviderContractScenarioDetails {
  name: DataProviderContractScenario;
  /** What the kit looks for in the data. */
  description: string;
  /** What to add to the test data so the kit finds it. */
  whatToAdd: string;
}

/**
 * Every scenario the checks look for, in check order. Each is required unless named in
 * `optionalScenarios`; the upgrade and the downgrade are always required (see `upgrade` and
 * `downgrade` in the options).
 */
export const dataProviderContractScenarios: readonly DataProviderContractScenarioDetails[] = [
  {
    name: 'blocked_change',
    description: 'a plan change whose preview lists blockers',
    whatToAdd:
      'usage above the limit of a lower plan (or a feature in use that it lacks), so its preview lists blockers (with such data, previewChange must list them)',
  },
  {
    name: 'unavailable_plan',
    description: 'a catalog plan the account cannot get',
    whatToAdd:
      "a catalog plan this account may not choose (e.g. sold in another region only), whose previewChange rejects with plan_unavailable (with such data, previewChange must check the plan's availability)",
  },
  {
    name: 'invoice_paging',
    description: 'more invoices than fit on one page',
    whatToAdd:
      'more invoices than `pageSize` (10 by default), e.g. 25, so listInvoices returns several pages',
  },
  {
    name: 'non_default_payment_method',
    description: 'a card or SEPA debit payment method that is not the default',
    whatToAdd: 'a second payment method, a card or a SEPA debit, with isDefault false',
  },
  {
    name: 'paid_subscription_with_default_method',
    description: 'a paid subscription with a default payment method',
    whatToAdd:
      'a subscription to a plan whose monthly price is above zero, and a payment method with isDefault true',
  },
];
