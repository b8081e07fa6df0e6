import { effectivePrice, money } from '../../core';
import type {
  AccountContext,
  Invoice,
  InvoiceLine,
  InvoiceParty,
  Money,
  PaymentMethod,
  Plan,
  Subscription,
} from '../../core/types';
import { buildInvoice } from './build-invoice';
import type { MemoryBillingData } from './create-memory-data-provider';

/*
 * Demo data for stories and tests, in one place: the plans of the product page (prices in EUR,
 * excluding tax), a `support` family so the agent template matters, annual prices with two months
 * free, a running campaign, a plan most accounts cannot get, and one account per rule.
 * Everything is dated relative to `demoNow` (2026-03-16T09:00Z, exported by `subscription-kit/testing`).
 * It lives beside the memory provider, its default data; `subscription-kit/testing` re-exports it.
 */

function euros(major: number): Money {
  return money(major * 100, 'EUR');
}

/** Two months free: ten monthly prices for a year. */
function monthAndYear(major: number): Plan['prices'] {
  return { month: euros(major), year: euros(major * 10) };
}

const conversationOverage = { conversations: { unitAmount: euros(10), perUnits: 1_000 } };

/** The catalog, smallest first within each family. */
export const demoPlans: Plan[] = [
  {
    id: 'ecommerce-basic',
    name: 'Ecommerce Basic',
    family: 'ecommerce',
    tierRank: 1,
    prices: monthAndYear(190),
    limits: { conversations: 50_000, documents: 1_000, assistants: 3, seats: 5, aiTokens: 10_000_000 },
    features: ['analytics', 'product_recommendations'],
    integrations: ['shopify', 'woocommerce'],
    overage: conversationOverage,
  },
  {
    id: 'ecommerce-scale',
    name: 'Ecommerce Scale',
    family: 'ecommerce',
    tierRank: 2,
    prices: monthAndYear(490),
    limits: { conversations: 100_000, documents: 10_000, assistants: 3, seats: 10, aiTokens: 25_000_000 },
    features: ['analytics', 'product_recommendations', 'abandoned_cart_recovery', 'priority_support'],
    integrations: ['shopify', 'woocommerce', 'magento'],
    overage: conversationOverage,
    campaigns: [
      {
        id: 'spring-annual-2026',
        discountPercent: 20,
        intervals: ['year'],
        startsAt: '2026-03-01T00:00:00.000Z',
        endsAt: '2026-04-01T00:00:00.000Z',
      },
    ],
  },
  {
    id: 'support-basic',
    name: 'Support Basic',
    family: 'support',
    tierRank: 1,
    prices: monthAndYear(190),
    limits: { conversations: 40_000, documents: 5_000, assistants: 3, seats: 5, aiTokens: 10_000_000 },
    features: ['analytics', 'ticket_handoff'],
    integrations: ['zendesk', 'intercom', 'freshdesk'],
    overage: conversationOverage,
  },
  {
    id: 'support-scale',
    name: 'Support Scale',
    family: 'support',
    tierRank: 2,
    prices: monthAndYear(490),
    limits: { conversations: 100_000, documents: 20_000, assistants: 5, seats: 15, aiTokens: 25_000_000 },
    features: ['analytics', 'ticket_handoff', 'sla_reporting', 'priority_support'],
    integrations: ['zendesk', 'intercom', 'freshdesk', 'salesforce'],
    overage: conversationOverage,
  },
  {
    // Unavailable to every demo account: they run chat assistants, and it is sold in the Nordics only.
    id: 'support-voice',
    name: 'Support Voice',
    family: 'support',
    tierRank: 2,
    prices: monthAndYear(690),
    limits: { conversations: 60_000, documents: 20_000, assistants: 5, seats: 15, aiTokens: 40_000_000 },
    features: ['analytics', 'ticket_handoff', 'voice_calls', 'priority_support'],
    integrations: ['zendesk', 'intercom', 'freshdesk'],
    availability: { assistantConfigurations: ['voice'], regions: ['DK', 'SE', 'NO', 'FI'] },
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    family: 'enterprise',
    tierRank: 3,
    prices: monthAndYear(1890),
    // Priced on AI tokens (~200M), so conversations are not limited.
    limits: { conversations: null, documents: 100_000, assistants: 5, seats: null, aiTokens: 200_000_000 },
    features: [
      'analytics',
      'product_recommendations',
      'abandoned_cart_recovery',
      'ticket_handoff',
      'sla_reporting',
      'priority_support',
      'dedicated_support',
      'custom_integrations',
      'sla',
      'on_premise',
    ],
    integrations: ['shopify', 'woocommerce', 'magento', 'zendesk', 'intercom', 'freshdesk', 'salesforce'],
  },
];

/** The scenarios the demo accounts stand for. */
export type DemoAccountName =
  | 'ecommerceTrial'
  | 'supportTemplate'
  | 'unknownTemplate'
  | 'blockedDowngrade'
  | 'needsEnterprise'
  | 'beyondCatalog'
  | 'nearLimit';

/** Accounts that exercise every rule; the comment on each says what the engine should make of it. */
export const demoAccounts: Record<DemoAccountName, AccountContext> = {
  /** 9,800 conversations in a 7-day trial ≈ 42,000 a month, Shopify connected → Ecommerce Basic. */
  ecommerceTrial: {
    agentTemplate: 'ecommerce',
    integrations: ['shopify'],
    country: 'DK',
    assistantConfiguration: 'chat',
    trialUsage: {
      start: '2026-03-02T09:00:00.000Z',
      end: '2026-03-09T09:00:00.000Z',
      usage: { conversations: 9_800, documents: 420, assistants: 2, seats: 3, aiTokens: 1_400_000 },
    },
  },
  /** Fits Ecommerce Basic and Support Basic alike (same price); the support template decides. */
  supportTemplate: {
    agentTemplate: 'support',
    // Slack is in no plan, so it cannot tell plans apart and is ignored.
    integrations: ['slack'],
    country: 'SE',
    assistantConfiguration: 'chat',
    trialUsage: {
      start: '2026-02-16T09:00:00.000Z',
      end: '2026-03-02T09:00:00.000Z',
      usage: { conversations: 12_000, documents: 800, assistants: 2, seats: 2, aiTokens: 3_000_000 },
    },
  },
  /** A template no family matches and no usage at all → the cheapest plan, with `no_usage_data`. */
  unknownTemplate: {
    agentTemplate: 'custom',
    integrations: [],
    country: 'FR',
    assistantConfiguration: 'chat',
  },
  /** On Ecommerce Scale; usage, a Scale-only feature and Magento block a downgrade to Basic. */
  blockedDowngrade: {
    agentTemplate: 'ecommerce',
    integrations: ['shopify', 'magento'],
    country: 'DE',
    assistantConfiguration: 'chat',
    usage: { conversations: 61_000, documents: 4_200, assistants: 3, seats: 6, aiTokens: 9_000_000 },
    featuresInUse: ['analytics', 'abandoned_cart_recovery'],
  },
  /** ≈ 257,000 conversations and 30,000 documents: only the Enterprise plan holds it. */
  needsEnterprise: {
    agentTemplate: 'ecommerce',
    integrations: ['shopify'],
    country: 'DK',
    assistantConfiguration: 'chat',
    trialUsage: {
      start: '2026-03-02T09:00:00.000Z',
      end: '2026-03-09T09:00:00.000Z',
      usage: { conversations: 60_000, documents: 30_000, assistants: 4, seats: 12, aiTokens: 28_000_000 },
    },
  },
  /** Eight assistants: more than any plan offers → the `enterprise` outcome (contact sales). */
  beyondCatalog: {
    agentTemplate: 'support',
    integrations: ['zendesk'],
    country: 'NO',
    assistantConfiguration: 'chat',
    usage: { conversations: 150_000, documents: 150_000, assistants: 8, seats: 40 },
  },
  /**
   * On Ecommerce Basic, ten days into the period: 45,000 of 50,000 conversations, heading for
   * about 139,500 by its end (overage), documents at 85 % of the limit.
   */
  nearLimit: {
    agentTemplate: 'ecommerce',
    integrations: ['shopify'],
    country: 'DK',
    assistantConfiguration: 'chat',
    usage: { conversations: 45_000, documents: 850, assistants: 2, seats: 3, aiTokens: 2_500_000 },
    featuresInUse: ['analytics'],
  },
};

/** Each account's subscription; `null` while in trial or never subscribed. */
export const demoSubscriptions: Record<DemoAccountName, Subscription | null> = {
  ecommerceTrial: null,
  /** A downgrade to Support Basic is scheduled for the end of the period (and can be cancelled). */
  supportTemplate: {
    id: 'sub_support',
    planId: 'support-scale',
    interval: 'month',
    status: 'active',
    currentPeriod: { start: '2026-03-05T10:00:00.000Z', end: '2026-04-05T10:00:00.000Z' },
    billingAnchor: '2025-11-05T10:00:00.000Z',
    scheduledChange: { planId: 'support-basic', interval: 'month', effectiveAt: '2026-04-05T10:00:00.000Z' },
  },
  unknownTemplate: null,
  /** Anchored on January 31st: billed Feb 28, then Mar 31, Apr 30. */
  blockedDowngrade: {
    id: 'sub_blocked',
    planId: 'ecommerce-scale',
    interval: 'month',
    status: 'active',
    currentPeriod: { start: '2026-02-28T08:00:00.000Z', end: '2026-03-31T08:00:00.000Z' },
    billingAnchor: '2026-01-31T08:00:00.000Z',
    scheduledChange: null,
  },
  needsEnterprise: null,
  beyondCatalog: {
    id: 'sub_enterprise',
    planId: 'enterprise',
    interval: 'year',
    status: 'active',
    currentPeriod: { start: '2025-09-01T00:00:00.000Z', end: '2026-09-01T00:00:00.000Z' },
    billingAnchor: '2025-09-01T00:00:00.000Z',
    scheduledChange: null,
  },
  /** Monthly since December 6th: the current period began ten days before `demoNow`. */
  nearLimit: {
    id: 'sub_near_limit',
    planId: 'ecommerce-basic',
    interval: 'month',
    status: 'active',
    currentPeriod: { start: '2026-03-06T09:00:00.000Z', end: '2026-04-06T09:00:00.000Z' },
    billingAnchor: '2025-12-06T09:00:00.000Z',
    scheduledChange: null,
  },
};

/** The company that issues every demo invoice (the product page's SaaS, in Copenhagen). */
export const demoSeller: InvoiceParty = {
  name: 'AI SmartTalk ApS',
  addressLines: ['Njalsgade 76', '2300 København S'],
  country: 'DK',
  vatId: 'DK41234567',
};

/** The invoiced company of each demo account; the country and VAT ID decide each one's VAT. */
export const demoCustomers: Record<DemoAccountName, InvoiceParty> = {
  /** Domestic (Danish) business: 25 % VAT. */
  ecommerceTrial: {
    name: 'Nordlys Commerce ApS',
    addressLines: ['Vesterbrogade 12', '1620 København V'],
    country: 'DK',
    vatId: 'DK38765432',
  },
  /** A Swedish business with a VAT ID: reverse charge. */
  supportTemplate: {
    name: 'Fjällhjälp AB',
    addressLines: ['Drottninggatan 25', '111 51 Stockholm'],
    country: 'SE',
    vatId: 'SE556677889901',
  },
  /** Not registered for VAT in France: French VAT, 20 %. */
  unknownTemplate: {
    name: 'Atelier Lumière',
    addressLines: ['12 rue de la Paix', '75002 Paris'],
    country: 'FR',
    vatId: null,
  },
  /** Not registered for VAT in Germany: German VAT, 19 %. */
  blockedDowngrade: {
    name: 'Bergmann Handel GmbH',
    addressLines: ['Friedrichstraße 68', '10117 Berlin'],
    country: 'DE',
    vatId: null,
  },
  needsEnterprise: {
    name: 'Hygge Home A/S',
    addressLines: ['Åboulevarden 20', '8000 Aarhus C'],
    country: 'DK',
    vatId: 'DK29876543',
  },
  /** Outside the EU: no VAT. */
  beyondCatalog: {
    name: 'Fjordhjelp AS',
    addressLines: ['Karl Johans gate 1', '0154 Oslo'],
    country: 'NO',
    vatId: 'NO987654321MVA',
  },
  nearLimit: {
    name: 'Kystlys Webshop ApS',
    addressLines: ['Strandvejen 140', '2900 Hellerup'],
    country: 'DK',
    vatId: 'DK35791357',
  },
};

function line(
  id: string,
  kind: InvoiceLine['kind'],
  description: string,
  quantity: number,
  unitAmount: Money,
  period?: { start: string; end: string },
): Omit<InvoiceLine, 'amount'> {
  return period
    ? { id, kind, description, quantity, unitAmount, period }
    : { id, kind, description, quantity, unitAmount };
}

function blockedDowngradeInvoice(
  id: string,
  number: string,
  status: Invoice['status'],
  issuedAt: string,
  lines: Omit<InvoiceLine, 'amount'>[],
): Invoice {
  return buildInvoice({
    id,
    number,
    status,
    issuedAt,
    dueAt: addDays(issuedAt, 14),
    currency: 'EUR',
    seller: demoSeller,
    customer: demoCustomers.blockedDowngrade,
    lines,
  });
}

/** The `blockedDowngrade` account's invoices, newest first: a plain month, an overage, an upgrade (19 % VAT). */
export const demoInvoices: Invoice[] = [
  blockedDowngradeInvoice('in_0003', 'SK-2026-0003', 'open', '2026-02-28T08:00:00.000Z', [
    line('il_0031', 'subscription', 'Ecommerce Scale, monthly', 1, euros(490)),
  ]),
  blockedDowngradeInvoice('in_0002', 'SK-2026-0002', 'paid', '2026-01-31T08:00:00.000Z', [
    line('il_0021', 'subscription', 'Ecommerce Scale, monthly', 1, euros(490)),
    line('il_0022', 'overage', 'Conversations above 100,000 (per 1,000)', 4, euros(10)),
  ]),
  blockedDowngradeInvoice('in_0001', 'SK-2026-0001', 'paid', '2026-01-15T12:00:00.000Z', [
    line('il_0011', 'proration', 'Unused time on Ecommerce Basic', 1, money(-9_704, 'EUR')),
    line('il_0012', 'proration', 'Remaining time on Ecommerce Scale', 1, money(25_027, 'EUR')),
  ]),
];

/** A default card, an expired card, a SEPA mandate and bank transfer. */
export const demoPaymentMethods: PaymentMethod[] = [
  { type: 'card', id: 'pm_visa', isDefault: true, brand: 'visa', last4: '4242', expMonth: 8, expYear: 2028 },
  {
    type: 'card',
    id: 'pm_mastercard_expired',
    isDefault: false,
    brand: 'mastercard',
    last4: '4444',
    expMonth: 1,
    expYear: 2026,
  },
  {
    type: 'sepa_debit',
    id: 'pm_sepa',
    isDefault: false,
    ibanLast4: '3000',
    mandateReference: 'SK-MANDATE-0042',
  },
  { type: 'bank_transfer', id: 'pm_bank_transfer', isDefault: false, reference: 'SK-ACME-7781' },
];

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
  const invoices: Invoice[] = [];
  if (subscription && plan) {
    const count = options.invoiceCount ?? 24;
    const months = subscription.interval === 'year' ? 12 : 1;
    let periodEnd = subscription.currentPeriod.end;
    for (let index = 0; index < count; index += 1) {
      const sequence = String(count - index).padStart(4, '0');
      const start = addMonths(subscription.currentPeriod.start, -index * months);
      const price = effectivePrice(plan, subscription.interval, start).price;
      const period = { start, end: periodEnd };
      const lines = [
        line(
          `il_${sequence}_1`,
          'subscription',
          `${plan.name}, ${subscription.interval === 'year' ? 'yearly' : 'monthly'}`,
          1,
          price,
          period,
        ),
      ];
      const overage = plan.overage?.conversations;
      if (overage && index % 5 === 3) {
        const blocks = (index % 7) + 1;
        lines.push(
          line(
            `il_${sequence}_2`,
            'overage',
            'Conversations above the limit (per 1,000)',
            blocks,
            overage.unitAmount,
          ),
        );
      }
      invoices.push(
        buildInvoice({
          id: `in_${sequence}`,
          number: `SK-${start.slice(0, 4)}-${sequence}`,
          status: index === 0 ? 'open' : 'paid',
          issuedAt: start,
          dueAt: addDays(start, 14),
          currency: price.currency,
          seller: demoSeller,
          customer,
          lines,
        }),
      );
      periodEnd = start;
    }
  }
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

function addDays(instant: string, days: number): string {
  return new Date(Date.parse(instant) + days * 86_400_000).toISOString();
}

/** The same day of month `months` away (clamped to the month's end), at the same time, in UTC. */
function addMonths(instant: string, months: number): string {
  const date = new Date(instant);
  const target = new Date(date);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString();
}
