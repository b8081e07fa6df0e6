import type { BillingCapability, Plan } from 'subscription-kit';
import type { Usage } from 'subscription-kit/core';
import {
  createDemoBillingData,
  createMemoryDataProvider,
  type DemoAccountName,
  demoInvoices,
  demoNow,
  demoPaymentMethods,
  demoPlans,
  type MemoryBillingData,
  type MemoryDataProvider,
  type MemoryDataProviderOptions,
} from 'subscription-kit/testing';

/*
 * Demo backends for stories and tests: the memory provider on the demo data at the demo clock.
 * Stories double as test fixtures, so tests build their providers here too.
 */

/** A plan of the demo catalog by its name, e.g. "Ecommerce Basic". */
export function planNamed(name: string) {
  const plan = demoPlans.find((candidate) => candidate.name === name);
  if (plan === undefined) throw new Error(`The demo catalog has no plan named "${name}".`);
  return plan;
}

/** The demo clock: the spring campaign runs, the trials have ended. */
export const demoClock = () => demoNow;

/** An e-commerce customer on Ecommerce Basic, monthly, paying by card. */
export function basicSubscriberData(): MemoryBillingData {
  return {
    ...createDemoBillingData({ account: 'ecommerceTrial' }),
    subscription: {
      id: 'sub_basic',
      planId: 'ecommerce-basic',
      interval: 'month',
      status: 'active',
      currentPeriod: { start: '2026-03-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z' },
      billingAnchor: '2026-01-01T00:00:00.000Z',
      scheduledChange: null,
    },
    paymentMethods: demoPaymentMethods.filter((method) => method.type === 'card'),
  };
}

/** The Ecommerce Basic customer billed yearly since January 1st: moving to monthly waits for 2027. */
export function annualBasicData(): MemoryBillingData {
  const data = basicSubscriberData();
  return {
    ...data,
    subscription: data.subscription && {
      ...data.subscription,
      interval: 'year',
      currentPeriod: { start: '2026-01-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' },
    },
  };
}

/** The Ecommerce Basic customer as a Danish consumer: previews carry 25 % VAT. */
export function danishBasicSubscriberData(): MemoryBillingData {
  const data = basicSubscriberData();
  return { ...data, customer: { ...data.customer, country: 'DK', vatId: null } };
}

/**
 * `size` plans: copies of the demo catalog, each a family of its own ("Ecommerce Scale 12", of
 * "ecommerce 12"), so that the first plans in catalog order are the same whatever the size.
 */
export function catalogOfSize(size: number): Plan[] {
  return Array.from({ length: size }, (_, index) => {
    const plan = demoPlans[index % demoPlans.length] as Plan;
    const copy = Math.floor(index / demoPlans.length);
    return copy === 0
      ? plan
      : { ...plan, id: `${plan.id}-${copy}`, name: `${plan.name} ${copy}`, family: `${plan.family} ${copy}` };
  });
}

/** The Ecommerce Basic customer, with a catalog of `size` plans. */
export function manyPlansData(size: number): MemoryBillingData {
  return { ...basicSubscriberData(), plans: catalogOfSize(size) };
}

/** A support customer on Support Scale with nothing scheduled. */
export function supportScaleData(): MemoryBillingData {
  const data = createDemoBillingData({ account: 'supportTemplate' });
  return { ...data, subscription: data.subscription && { ...data.subscription, scheduledChange: null } };
}

export function accountData(account: DemoAccountName): MemoryBillingData {
  return createDemoBillingData({ account });
}

export function demoProvider(
  data: MemoryBillingData = basicSubscriberData(),
  options: Omit<MemoryDataProviderOptions, 'data' | 'now'> = {},
) {
  return createMemoryDataProvider({ data, now: demoClock, ...options });
}

/* -------------------------------------------------------------------------------------------------
 * Billing: invoices and payment methods
 * -----------------------------------------------------------------------------------------------*/

/**
 * The Support Scale customer (a Swedish business: reverse charge) with `invoiceCount` invoices,
 * nothing scheduled; a card, an expired card and a SEPA mandate.
 */
export function invoiceHistoryData(invoiceCount = 24): MemoryBillingData {
  const data = createDemoBillingData({ account: 'supportTemplate', invoiceCount });
  return { ...data, subscription: data.subscription && { ...data.subscription, scheduledChange: null } };
}

/** The Ecommerce Scale customer in Berlin (19 % German VAT) with the hand-made invoices: an upgrade's proration, an overage, an open one. */
export function germanInvoicesData(): MemoryBillingData {
  return { ...accountData('blockedDowngrade'), invoices: structuredClone(demoInvoices) };
}

/** A method the memory provider has, but that answers differently (or not at all). */
export type ProviderOverrides = Partial<Record<BillingCapability, unknown>>;

/**
 * The memory provider with some methods replaced or, with `undefined`, removed (a provider that
 * lacks a capability). Calls still count on the underlying provider.
 */
export function withOverrides(
  provider: MemoryDataProvider,
  overrides: ProviderOverrides,
): MemoryDataProvider {
  const copy: Record<string, unknown> = { ...provider };
  for (const [method, implementation] of Object.entries(overrides)) {
    if (implementation === undefined) delete copy[method];
    else copy[method] = implementation;
  }
  // `calls` is live on the original: read it through.
  Object.defineProperty(copy, 'calls', { get: () => provider.calls });
  return copy as unknown as MemoryDataProvider;
}

/** A provider whose invoice PDF is a link, e.g. a hostile `javascript:alert(1)` or a `data:` URL. */
export function pdfLinkProvider(url: string, data: MemoryBillingData = invoiceHistoryData()) {
  return withOverrides(demoProvider(data), {
    getInvoicePdf: async () => ({ type: 'url', url }),
  });
}

/** A provider that sends the customer to its own page to add a payment method. */
export function redirectingProvider(url: string, data: MemoryBillingData = supportScaleData()) {
  return withOverrides(demoProvider(data), {
    startAddPaymentMethod: async () => ({ type: 'redirect', url }),
  });
}

/** A provider that can list payment methods and invoices but change nothing. */
export function readOnlyProvider(data: MemoryBillingData = supportScaleData()) {
  return withOverrides(demoProvider(data), {
    startAddPaymentMethod: undefined,
    setDefaultPaymentMethod: undefined,
    removePaymentMethod: undefined,
    getInvoicePdf: undefined,
  });
}

/** The Visa card expires at the end of next month: "Expires soon". */
export function expiringCardData(): MemoryBillingData {
  const data = supportScaleData();
  return {
    ...data,
    paymentMethods: data.paymentMethods.map((method) =>
      method.id === 'pm_visa' && method.type === 'card' ? { ...method, expMonth: 4, expYear: 2026 } : method,
    ),
  };
}

/** A subscription whose last payment failed. */
export function pastDueData(): MemoryBillingData {
  const data = basicSubscriberData();
  return { ...data, subscription: data.subscription && { ...data.subscription, status: 'past_due' } };
}

/* -------------------------------------------------------------------------------------------------
 * Usage
 * -----------------------------------------------------------------------------------------------*/

const DAY = 86_400_000;

export interface UsageScenario {
  /** The plan the account is on. @default 'Ecommerce Basic' */
  planName?: string;
  /** Whole days of the monthly period behind `demoNow`. @default 10 */
  daysIn?: number;
  usage: Usage;
  /** The plan has no overage prices: its limits are hard. */
  hardLimits?: boolean;
  /** What the period before used, over its `days` up to this period's start. */
  previousPeriod?: { days: number; usage: Usage };
}

/**
 * The `nearLimit` account (Ecommerce Basic, monthly, Shopify) with its period starting `daysIn`
 * days before `demoNow` and the given usage. `usageScenarios.overLimit` is the account as it is.
 */
export function usageData({
  planName = 'Ecommerce Basic',
  daysIn = 10,
  usage,
  hardLimits = false,
  previousPeriod,
}: UsageScenario): MemoryBillingData {
  const data = createDemoBillingData({ account: 'nearLimit' });
  const plan = planNamed(planName);
  const start = new Date(demoNow.getTime() - daysIn * DAY);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), 9));
  return {
    ...data,
    plans: data.plans.map((candidate) =>
      hardLimits && candidate.id === plan.id ? withoutOverage(candidate) : candidate,
    ),
    account: {
      ...data.account,
      usage,
      ...(previousPeriod && {
        previousPeriodUsage: {
          start: new Date(start.getTime() - previousPeriod.days * DAY).toISOString(),
          end: start.toISOString(),
          usage: previousPeriod.usage,
        },
      }),
    },
    subscription: data.subscription && {
      ...data.subscription,
      planId: plan.id,
      currentPeriod: { start: start.toISOString(), end: end.toISOString() },
      billingAnchor: start.toISOString(),
    },
  };
}

function withoutOverage({ overage: _overage, ...plan }: Plan): Plan {
  return plan;
}

/** The states of the usage meters, on the demo clock. */
export const usageScenarios = {
  /** Well inside every limit, heading for about 37,200 of 50,000 conversations. */
  low: { usage: { conversations: 12_000, documents: 300, assistants: 1, seats: 2, aiTokens: 800_000 } },
  /** Day 27 of 28, 84 % of conversations and 90 % of documents used: warnings, no nudge. */
  near: {
    daysIn: 26,
    usage: { conversations: 42_000, documents: 900, assistants: 2, seats: 3, aiTokens: 7_000_000 },
  },
  /** 45,000 of 50,000 conversations ten days in: heading for 139,500, billed as overage. */
  overLimit: {
    usage: { conversations: 45_000, documents: 850, assistants: 2, seats: 3, aiTokens: 2_500_000 },
  },
  /** The same usage on a plan whose limits are hard (no overage prices). */
  hardLimit: {
    hardLimits: true,
    usage: { conversations: 45_000, documents: 850, assistants: 2, seats: 3, aiTokens: 2_500_000 },
  },
  /** Enterprise: conversations and seats unlimited. */
  unlimited: {
    planName: 'Enterprise',
    usage: { conversations: 180_000, documents: 42_000, assistants: 4, seats: 36, aiTokens: 61_000_000 },
  },
  /** Day 1 of a period that a plan change restarted, 30,000 conversations counted before it reset. */
  tooEarly: {
    daysIn: 0,
    usage: { conversations: 30_000, documents: 300, assistants: 2, seats: 3, aiTokens: 1_200_000 },
  },
  /** Day 2, with last period's 30,000 conversations in 20 days: about 47,000 by the period's end. */
  lastPeriodPace: {
    daysIn: 1,
    usage: { conversations: 1_500, documents: 300, assistants: 2, seats: 3, aiTokens: 60_000 },
    previousPeriod: { days: 20, usage: { conversations: 30_000, aiTokens: 1_200_000 } },
  },
  /** The first day of the period: nothing measured yet. */
  noUsage: { daysIn: 0, usage: {} },
  /** Ecommerce Scale halfway through: 27,000 conversations pace past the 50,000 of Ecommerce Basic. */
  paceOverBasic: { planName: 'Ecommerce Scale', daysIn: 15, usage: { conversations: 27_000 } },
  /** Twenty days in, 62,000 of 50,000 conversations and 1,200 of 1,000 documents: over already. */
  overNow: {
    daysIn: 20,
    usage: { conversations: 62_000, documents: 1_200, assistants: 2, seats: 4, aiTokens: 6_000_000 },
  },
} satisfies Record<string, UsageScenario>;
