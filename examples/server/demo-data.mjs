// The demo customers, one per scenario the dashboard's "Demo customer" switch offers. The default,
// Nordlys Commerce ApS (Copenhagen), has been on Ecommerce Basic since late 2022, paying by card,
// with the seed's trial (≈ 42,000 conversations a month, Shopify connected), so it can upgrade to
// Ecommerce Scale and downgrade back. This period it is heading past Basic's conversation limit, so
// UsageMeters nudges it towards Scale and BillingSummary's upcoming bill adds the overage.
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

/** The EU member states: where the outside-the-EU scenario's catalog sells its larger plans. */
const EU_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
].concat(['IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK']);

/**
 * Builds a customer's data once. The history is not written by hand: the memory provider renews a
 * subscription started 40 periods ago up to `demoNow`, so every invoice (VAT, numbers, periods) is
 * one the backend itself would have issued.
 * @param {{ account?: Partial<import('subscription-kit').AccountContext>, customer?: object, plans?: (plans: any[]) => any[] }} [changes]
 */
export async function createDemoCustomerData({ account = {}, customer, plans = (all) => all } = {}) {
  const base = createDemoBillingData({ account: 'ecommerceTrial' });
  const start = new Date(Date.UTC(demoNow.getUTCFullYear(), demoNow.getUTCMonth() - INVOICE_COUNT, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  let clock = start;
  const history = createMemoryDataProvider({
    now: () => clock,
    data: {
      ...base,
      plans: plans(base.plans),
      customer: customer ?? base.customer,
      account: { ...base.account, ...account },
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
  // Any read settles the renewals up to `now`; each renewal starts the flows at zero.
  await history.getSubscription({});
  const data = history.getData();
  // This period's usage so far, for UsageMeters. The period runs 2026-03-01 → 2026-04-01 and the
  // demo clock is 2026-03-16T09:00Z, so 36,000 conversations project to 72,586 by April 1: 22,586
  // over Ecommerce Basic's 50,000, i.e. 23 started blocks of 1,000 at €10 = €230.00 of estimated
  // overage. With 15 % headroom (83,474) Basic's overage would cost €340 a month, more than
  // Ecommerce Scale costs, so the engine recommends Scale (the nudge).
  data.account.usage = account.usage ?? {
    conversations: 36_000,
    documents: 420,
    assistants: 2,
    seats: 3,
    aiTokens: 2_900_000,
  };
  return data;
}

/**
 * Every scenario of the demo: its data and the faults that stay on until the next reset. The
 * dashboard names each one (its `demo.scenarios.<id>` strings); `?customer=<id>` picks one.
 * @type {Record<string, { data: () => Promise<object> | object, faults?: Record<string, object> }>}
 */
export const demoScenarios = {
  overage: { data: () => createDemoCustomerData() },
  nearLimit: { data: () => createDemoBillingData({ account: 'nearLimit', invoiceCount: INVOICE_COUNT }) },
  blockedDowngrade: {
    data: () => createDemoBillingData({ account: 'blockedDowngrade', invoiceCount: INVOICE_COUNT }),
  },
  outsideEu: {
    data: () =>
      createDemoCustomerData({
        account: { country: 'US' },
        customer: {
          name: 'Northwind Goods Inc.',
          addressLines: ['350 Fifth Avenue', 'New York, NY 10118'],
          country: 'US',
          vatId: null,
        },
        // Scale and the support plans are sold in the EU only; Basic and Enterprise everywhere.
        plans: (all) =>
          all.map((plan) =>
            plan.id === 'ecommerce-scale' || plan.family === 'support'
              ? {
                  ...plan,
                  availability: { ...plan.availability, regions: plan.availability?.regions ?? EU_COUNTRIES },
                }
              : plan,
          ),
      }),
  },
  campaignVoice: {
    data: () => {
      const data = createDemoBillingData({ account: 'supportTemplate', invoiceCount: INVOICE_COUNT });
      // A voice assistant in Sweden: the Nordic Voice plan opens; the spring offer runs on Scale.
      return { ...data, account: { ...data.account, assistantConfiguration: 'voice' } };
    },
  },
  failingCard: {
    data: () => createDemoCustomerData(),
    faults: { changePlan: { fault: 'payment_declined' } },
  },
};

/** The scenario a reset without one starts. */
export const DEFAULT_SCENARIO = 'overage';
