/*
 * The demo data lives beside the memory provider (its default data, and `provider` may not import
 * `testing`); this module re-exports it and adds the demo clock, which the provider never reads.
 */

export {
  createDemoBillingData,
  type DemoAccountName,
  type DemoBillingDataOptions,
  demoAccounts,
  demoCustomers,
  demoInvoices,
  demoPaymentMethods,
  demoPlans,
  demoSeller,
  demoSubscriptions,
} from '../provider/memory/demo-billing-data';

/** The instant the demo data is "now": the spring campaign runs, the trials have ended. */
export const demoNow = new Date('2026-03-16T09:00:00.000Z');
