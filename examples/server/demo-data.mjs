// The demo customer: Nordlys Commerce ApS (Copenhagen), on Ecommerce Basic since late 2022, paying
// by card, with the seed's trial (≈ 42,000 conversations a month, Shopify connected), so it can
// upgrade to Ecommerce Scale and downgrade back.
import {
  createDemoBillingData,
  createMemoryDataProvider,
  demoNow,
  demoPaymentMethods,
} from 'subscription-kit/testing';

/** How many monthly invoices the customer has had. */
const INVOICE_COUNT = 40;

/** The demo clock: the server and the dashboard both read it, so previews and dates agree. */
export const demoClock = () => demoNow;

/**
 * Builds the data once. The history is not written by hand: the memory provider renews a
 * subscription started 40 periods ago up to `demoNow`, so every invoice (VAT, numbers, periods) is
 * one the backend itself would have issued.
 */
export async function createDemoCustomerData() {
  const base = createDemoBillingData({ account: 'ecommerceTrial' });
  const start = new Date(Date.UTC(demoNow.getUTCFullYear(), demoNow.getUTCMonth() - INVOICE_COUNT, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  let clock = start;
  const history = createMemoryDataProvider({
    now: () => clock,
    data: {
      ...base,
      account: {
        ...base.account,
        // What the dashboard shows as this period's usage (stocks; flows come from the trial).
        usage: { conversations: 19_450, documents: 420, assistants: 2, seats: 3, aiTokens: 2_900_000 },
      },
      subscription: {
        id: 'sub_nordlys',
        planId: 'ecommerce-basic',
        interval: 'month',
        status: 'active',
        currentPeriod: { start: start.toISOString(), end: end.toISOString() },
        billingAnchor: start.toISOString(),
        scheduledChange: null,
      },
      invoices: [],
      paymentMethods: demoPaymentMethods.filter((method) => method.type !== 'bank_transfer'),
    },
  });
  clock = demoNow;
  // Any read settles the renewals up to `now`.
  await history.getSubscription({});
  return history.getData();
}
