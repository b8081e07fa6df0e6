import type { MemoryBillingData } from '../memory/memory-billing-data';
import { type DemoAccountName, demoAccounts } from './demo-accounts';
import { demoInvoiceHistory } from './demo-invoices';
import { demoCustomers, demoSeller } from './demo-parties';
import { demoPaymentMethods } from './demo-payment-methods';
import { demoPlans } from './demo-plans';
import { demoSubscriptions } from './demo-subscriptions';

/*
 * Demo data for stories and tests, in one place: the plans of the product page (prices in EUR,
 * excluding tax), a `support` family so the agent template matters, annual prices with two months
 * free, a running campaign, a plan most accounts cannot get, and one account per rule.
 * Everything is dated relative to `demoNow` (2026-03-16T09:00Z). The memory provider starts from it.
 */

/** What `createDemoBillingData` builds. */
export interface DemoBillingDataOptions {
  /**
   * Whose data: the account, its subscription, its customer details and invoices.
   * @default 'supportTemplate' (subscribed, with a downgrade scheduled, upgrades and downgrades possible)
   */
  account?: DemoAccountName;
  /**
   * How many invoices to generate, newest first, one per billing period back from the current one
   * (every fifth with an overage line). 250 or more is handy for pagination tests.
   * @default 24
   */
  invoiceCount?: number;
}

/**
 * A fresh, deep-copied data set for the memory provider: the demo catalog and one demo account.
 * Deterministic: the same options always give the same data. Accounts without a subscription
 * have no invoices and no payment methods; bank transfer is on the enterprise account only.
 */
export function createDemoBillingData(options: DemoBillingDataOptions = {}): MemoryBillingData {
  const accountName = options.account ?? 'supportTemplate';
  const subscription = demoSubscriptions[accountName];
  const customer = demoCustomers[accountName];
  const plan = demoPlans.find((candidate) => candidate.id === subscription?.planId);
  const invoices =
    subscription && plan ? demoInvoiceHistory(subscription, plan, customer, options.invoiceCount ?? 24) : [];
  const onEnterprise = plan?.family === 'enterprise';
  const paymentMethods = subscription
    ? demoPaymentMethods.filter((method) => onEnterprise || method.type !== 'bank_transfer')
    : [];
  return structuredClone({
    plans: demoPlans,
    subscription,
    account: demoAccounts[accountName],
    invoices,
    paymentMethods,
    seller: demoSeller,
    customer,
  });
}
