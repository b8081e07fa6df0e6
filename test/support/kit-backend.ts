import {
  createDemoBillingData,
  createMemoryDataProvider,
  demoNow,
  type MemoryDataProvider,
} from 'subscription-kit/testing';

/**
 * The demo account with every scenario the conformance kit looks for: 6,000 documents block the
 * downgrade to Support Basic and Ecommerce Basic, Ecommerce Scale stays open, Support Voice is
 * unavailable, and 260 invoices to page through.
 */
export function createKitBackend(): MemoryDataProvider {
  const data = createDemoBillingData({ invoiceCount: 260 });
  data.account.usage = { documents: 6_000 };
  return createMemoryDataProvider({ data, now: () => demoNow });
}
