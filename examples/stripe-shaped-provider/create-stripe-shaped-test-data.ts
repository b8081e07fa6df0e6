import type { InvoiceParty } from 'subscription-kit/core';
import type {
  StripeInvoice,
  StripeMeterEvent,
  StripePrice,
  StripeProduct,
  StripeShapedData,
  StripeTaxRate,
} from './create-stripe-shaped-backend';

/*
 * One customer, Nordlys Support ApS, on Support Pro monthly, with every situation the conformance
 * kit looks for: a cheaper plan it may move to (Support Basic), one its usage blocks (Starter: 6,000
 * documents against 1,000, and more), a bigger one (Support Scale), one it cannot get (Support
 * Voice needs a voice assistant), 15 invoices to page through, and a second card and a SEPA
 * mandate besides the default card. The clock of the tests is `stripeShapedTestNow`.
 */

/** The instant the tests run at: ten and a half days into the March period. */
export const stripeShapedTestNow = new Date('2026-03-10T12:00:00Z');

export const stripeShapedTestCustomerId = 'cus_Nordlys';

function unix(iso: string): number {
  return Date.parse(iso) / 1000;
}

interface PlanRow {
  key: string;
  name: string;
  tierRank: number;
  month: number;
  year: number;
  /** Conversations, documents, assistants, seats, AI tokens; `unlimited` where there is no limit. */
  limits: [string, string, string, string, string];
  features: string;
  integrations: string;
  assistantConfigurations?: string;
}

const plans: PlanRow[] = [
  {
    key: 'starter',
    name: 'Starter',
    tierRank: 1,
    month: 4900,
    year: 49000,
    limits: ['2000', '1000', '1', '2', '500000'],
    features: '',
    integrations: '',
  },
  {
    key: 'support_basic',
    name: 'Support Basic',
    tierRank: 2,
    month: 19000,
    year: 190000,
    limits: ['10000', '10000', '2', '5', '2000000'],
    features: 'analytics',
    integrations: 'zendesk',
  },
  {
    key: 'support_pro',
    name: 'Support Pro',
    tierRank: 3,
    month: 49000,
    year: 490000,
    limits: ['50000', '50000', '5', '20', '10000000'],
    features: 'analytics,dedicated_support',
    integrations: 'zendesk,freshdesk',
  },
  {
    key: 'support_scale',
    name: 'Support Scale',
    tierRank: 4,
    month: 99000,
    year: 990000,
    limits: ['unlimited', 'unlimited', '20', 'unlimited', 'unlimited'],
    features: 'analytics,dedicated_support,sla',
    integrations: 'zendesk,freshdesk,salesforce',
  },
  {
    key: 'support_voice',
    name: 'Support Voice',
    tierRank: 4,
    month: 129000,
    year: 1290000,
    limits: ['50000', '50000', '5', '20', 'unlimited'],
    features: 'analytics,dedicated_support,voice',
    integrations: 'zendesk,freshdesk',
    assistantConfigurations: 'voice',
  },
];

function product(row: PlanRow): StripeProduct {
  const [conversations, documents, assistants, seats, aiTokens] = row.limits;
  return {
    id: `prod_${row.key}`,
    object: 'product',
    active: true,
    name: row.name,
    metadata: {
      family: 'support',
      tier_rank: String(row.tierRank),
      'limits.conversations': conversations,
      'limits.documents': documents,
      'limits.assistants': assistants,
      'limits.seats': seats,
      'limits.ai_tokens': aiTokens,
      features: row.features,
      integrations: row.integrations,
      ...(row.assistantConfigurations
        ? { 'availability.assistant_configurations': row.assistantConfigurations }
        : {}),
    },
  };
}

function price(row: PlanRow, interval: 'month' | 'year'): StripePrice {
  return {
    id: `price_${row.key}_${interval}ly`,
    object: 'price',
    active: true,
    currency: 'eur',
    unit_amount: interval === 'month' ? row.month : row.year,
    product: `prod_${row.key}`,
    recurring: { interval, interval_count: 1 },
    metadata: {},
  };
}

const vat: StripeTaxRate = {
  id: 'txr_DkVat25',
  object: 'tax_rate',
  display_name: 'VAT',
  percentage: 25,
  inclusive: false,
};

const customerAddress = {
  line1: 'Vestergade 12',
  line2: null,
  postal_code: '8000',
  city: 'Aarhus C',
  country: 'DK',
};

/** The monthly Support Pro invoice issued at the start of each period, January 2025 to March 2026. */
function monthlyInvoice(index: number, proPrice: StripePrice): StripeInvoice {
  const start = new Date(Date.UTC(2025, index, 1));
  const end = new Date(Date.UTC(2025, index + 1, 1));
  const number = String(index + 1).padStart(4, '0');
  const id = `in_Nordlys${number}`;
  return {
    id,
    object: 'invoice',
    customer: stripeShapedTestCustomerId,
    number: `AS-${number}`,
    status: 'paid',
    created: start.getTime() / 1000,
    due_date: null,
    currency: 'eur',
    account_name: 'Assistly ApS',
    customer_name: 'Nordlys Support ApS',
    customer_address: customerAddress,
    customer_tax_ids: [{ type: 'eu_vat', value: 'DK12345678' }],
    customer_tax_exempt: 'none',
    lines: {
      object: 'list',
      data: [
        {
          id: `il_Nordlys${number}`,
          object: 'line_item',
          amount: 49000,
          currency: 'eur',
          description: '1 × Support Pro (per month)',
          quantity: 1,
          proration: false,
          period: { start: start.getTime() / 1000, end: end.getTime() / 1000 },
          price: proPrice,
          metadata: {},
        },
      ],
      has_more: false,
      url: `/v1/invoices/${id}/lines`,
    },
    subtotal: 49000,
    total_tax_amounts: [{ amount: 12250, inclusive: false, tax_rate: vat, taxable_amount: 49000 }],
    total: 61250,
    amount_paid: 61250,
    amount_due: 0,
    invoice_pdf: `https://pay.stripe.example/invoice/${id}/pdf`,
    payment_intent: null,
  };
}

function events(name: string, values: [string, number][]): StripeMeterEvent[] {
  return values.map(([at, value]) => ({
    event_name: name,
    customer: stripeShapedTestCustomerId,
    timestamp: unix(at),
    value,
  }));
}

/** Fresh data on every call: the kit wants each check to start from the same state. */
export function createStripeShapedTestData(): StripeShapedData {
  const prices = plans.flatMap((row) => [price(row, 'month'), price(row, 'year')]);
  const proMonthly = prices.find((candidate) => candidate.id === 'price_support_pro_monthly') as StripePrice;
  const invoices = Array.from({ length: 15 }, (_, index) => monthlyInvoice(index, proMonthly)).reverse();
  return {
    accountName: 'Assistly ApS',
    products: plans.map(product),
    prices,
    customers: [
      {
        id: stripeShapedTestCustomerId,
        object: 'customer',
        name: 'Nordlys Support ApS',
        email: 'billing@nordlys.example',
        address: customerAddress,
        tax_exempt: 'none',
        tax_ids: [{ type: 'eu_vat', value: 'DK12345678' }],
        invoice_settings: { default_payment_method: 'pm_NordlysVisa' },
        metadata: {
          agent_template: 'support',
          assistant_configuration: 'chat',
          integrations: 'zendesk',
          features_in_use: 'analytics',
        },
      },
    ],
    subscriptions: [
      {
        id: 'sub_Nordlys01',
        object: 'subscription',
        customer: stripeShapedTestCustomerId,
        status: 'active',
        created: unix('2024-12-18T09:30:00Z'),
        items: {
          object: 'list',
          data: [
            {
              id: 'si_Nordlys01',
              object: 'subscription_item',
              price: proMonthly,
              quantity: 1,
              current_period_start: unix('2026-03-01T00:00:00Z'),
              current_period_end: unix('2026-04-01T00:00:00Z'),
            },
          ],
          has_more: false,
          url: '/v1/subscription_items?subscription=sub_Nordlys01',
        },
        billing_cycle_anchor: unix('2025-01-01T00:00:00Z'),
        trial_start: unix('2024-12-18T09:30:00Z'),
        trial_end: unix('2025-01-01T00:00:00Z'),
        schedule: null,
        latest_invoice: invoices[0]?.id ?? null,
        pending_update: null,
      },
    ],
    subscriptionSchedules: [],
    invoices,
    paymentMethods: [
      {
        id: 'pm_NordlysVisa',
        object: 'payment_method',
        customer: stripeShapedTestCustomerId,
        type: 'card',
        created: unix('2024-12-18T09:31:00Z'),
        card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2028 },
      },
      {
        id: 'pm_NordlysMastercard',
        object: 'payment_method',
        customer: stripeShapedTestCustomerId,
        type: 'card',
        created: unix('2025-06-02T14:00:00Z'),
        card: { brand: 'mastercard', last4: '4444', exp_month: 8, exp_year: 2027 },
      },
      {
        id: 'pm_NordlysSepa',
        object: 'payment_method',
        customer: stripeShapedTestCustomerId,
        type: 'sepa_debit',
        created: unix('2025-09-15T08:00:00Z'),
        sepa_debit: { last4: '3000', country: 'DE', mandate: 'mandate_NordlysSepa' },
      },
    ],
    mandates: [
      {
        id: 'mandate_NordlysSepa',
        object: 'mandate',
        payment_method: 'pm_NordlysSepa',
        payment_method_details: { type: 'sepa_debit', sepa_debit: { reference: 'NORDLYS-SEPA-0001' } },
      },
    ],
    taxRates: [vat],
    meters: [
      {
        id: 'mtr_Conversations',
        object: 'billing.meter',
        event_name: 'conversations',
        default_aggregation: { formula: 'sum' },
      },
      {
        id: 'mtr_Documents',
        object: 'billing.meter',
        event_name: 'documents',
        default_aggregation: { formula: 'last' },
      },
      {
        id: 'mtr_Assistants',
        object: 'billing.meter',
        event_name: 'assistants',
        default_aggregation: { formula: 'last' },
      },
      {
        id: 'mtr_Seats',
        object: 'billing.meter',
        event_name: 'seats',
        default_aggregation: { formula: 'last' },
      },
      {
        id: 'mtr_AiTokens',
        object: 'billing.meter',
        event_name: 'ai_tokens',
        default_aggregation: { formula: 'sum' },
      },
    ],
    meterEvents: [
      // The trial, December 2024.
      ...events('conversations', [
        ['2024-12-20T10:00:00Z', 1500],
        ['2024-12-28T10:00:00Z', 1600],
      ]),
      ...events('documents', [['2024-12-30T10:00:00Z', 1200]]),
      // February 2026: outside the current period, so not counted.
      ...events('conversations', [['2026-02-15T10:00:00Z', 9000]]),
      // The current period, from 1 March 2026.
      ...events('conversations', [
        ['2026-03-03T10:00:00Z', 4000],
        ['2026-03-08T10:00:00Z', 4200],
      ]),
      ...events('documents', [
        ['2026-03-02T10:00:00Z', 5800],
        ['2026-03-09T10:00:00Z', 6000],
      ]),
      ...events('assistants', [['2026-03-02T10:00:00Z', 2]]),
      ...events('seats', [['2026-03-02T10:00:00Z', 4]]),
      ...events('ai_tokens', [
        ['2026-03-04T10:00:00Z', 700000],
        ['2026-03-09T10:00:00Z', 700000],
      ]),
    ],
  };
}

/** The seller printed on invoices: the provider's `seller` option. */
export const stripeShapedTestSeller: InvoiceParty = {
  name: 'Assistly ApS',
  addressLines: ['Bredgade 1', '1260 København K'],
  country: 'DK',
  vatId: 'DK87654321',
};
