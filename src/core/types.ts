/**
 * Domain types shared by the engine, the data-provider contract and the components.
 * Dates cross boundaries as ISO 8601 strings (they serialise and compare without a time zone);
 * functions that compute with time take `Date` or ISO strings and never read the clock.
 */

/** An amount of money in integer minor units (cents, øre; yen for JPY) of an ISO 4217 currency. */
export interface Money {
  /** Integer minor units, e.g. `19000` for €190.00 and `190` for ¥190. Never a float. */
  amount: number;
  /** ISO 4217 code, e.g. `EUR`. */
  currency: string;
}

/** How often a plan is billed. */
export type BillingInterval = 'month' | 'year';

/** A metered quantity that plans limit. */
export type UsageMetric = 'conversations' | 'documents' | 'assistants' | 'seats' | 'aiTokens';

/**
 * Metrics counted per month (flows); the others are stocks held at any time (documents, assistants,
 * seats). Flows are projected over time; stocks are not.
 */
export const flowMetrics: readonly UsageMetric[] = ['conversations', 'aiTokens'];

/** Every metric, in display order. */
export const usageMetrics: readonly UsageMetric[] = [
  'conversations',
  'documents',
  'assistants',
  'seats',
  'aiTokens',
];

/** What a plan allows per month (flows) or at any time (stocks); `null` means unlimited. */
export interface PlanLimits {
  conversations: number | null;
  documents: number | null;
  assistants: number | null;
  seats: number | null;
  aiTokens: number | null;
}

/** Measured usage; a missing metric is treated as zero. */
export type Usage = Partial<Record<UsageMetric, number>>;

/** A time window; either end may be open. ISO 8601 instants, `endsAt` exclusive. */
export interface TimeWindow {
  startsAt?: string;
  endsAt?: string;
}

/** Rules that make a plan unavailable to some accounts; every absent rule means "no restriction". */
export interface PlanAvailability {
  /** The account's assistant configuration must be one of these (e.g. `voice`). */
  assistantConfigurations?: string[];
  /** ISO 3166-1 alpha-2 countries where the plan is sold. */
  regions?: string[];
  /** The plan can be chosen only inside this window (a campaign plan). */
  window?: TimeWindow;
}

/** A time-limited offer on a plan's price. */
export interface Campaign extends TimeWindow {
  id: string;
  /** Whole-number percentage taken off the regular price, 1–100. */
  discountPercent: number;
  /** Intervals the offer applies to; all when absent. */
  intervals?: BillingInterval[];
}

/** Price per unit block above a limit, billed at the end of the period. */
export interface OverageRate {
  /** Price of one block of `perUnits` units (a started block is billed in full). */
  unitAmount: Money;
  perUnits: number;
}

/** A plan in the catalog. */
export interface Plan {
  id: string;
  name: string;
  /** Product family, e.g. `ecommerce`, `support`, `enterprise`; matched against the agent template. */
  family: string;
  /** Position on the upgrade ladder; higher is bigger. */
  tierRank: number;
  /** `month` is the price of one month; `year` the price of one year billed annually. */
  prices: { month: Money; year?: Money };
  limits: PlanLimits;
  /** Feature codes, e.g. `dedicated_support`, `custom_integrations`, `sla`. */
  features: string[];
  /** Integration codes included, e.g. `shopify`. */
  integrations: string[];
  availability?: PlanAvailability;
  campaigns?: Campaign[];
  /** Overage prices per metric; a metric without a rate is a hard limit. */
  overage?: Partial<Record<UsageMetric, OverageRate>>;
}

/** What the user picked: a plan and an interval. */
export interface PlanChangeIntent {
  planId: string;
  interval: BillingInterval;
}

/** A change that takes effect later (downgrades wait for the end of the period). */
export interface ScheduledChange extends PlanChangeIntent {
  effectiveAt: string;
}

export type SubscriptionStatus = 'trialing' | 'active' | 'past_due' | 'canceled' | 'incomplete';

/** The account's current subscription. */
export interface Subscription {
  id: string;
  planId: string;
  interval: BillingInterval;
  status: SubscriptionStatus;
  currentPeriod: { start: string; end: string };
  /** The instant billing dates are counted from (day of month and time of day). */
  billingAnchor: string;
  scheduledChange: ScheduledChange | null;
}

/** Usage measured during the trial, with the trial's own period. */
export interface TrialUsage {
  start: string;
  /** End of the trial; if it is still running, the engine measures up to `now`. */
  end: string;
  usage: Usage;
}

/**
 * Usage counted over the period before the current one (on annual billing, the month before), with
 * that period: cut short when a plan change restarted the period. Early in a period, the
 * projection goes on at its pace.
 */
export interface PreviousPeriodUsage {
  start: string;
  end: string;
  usage: Usage;
}

/** What the engine knows about the account; every field may be missing. */
export interface AccountContext {
  /** Installed agent template, e.g. `ecommerce`, `support`. */
  agentTemplate?: string | null;
  /** Connected integration codes, e.g. `shopify`. */
  integrations?: string[];
  /** ISO 3166-1 alpha-2 country. */
  country?: string | null;
  /** Assistant configuration code, e.g. `chat`, `voice`. */
  assistantConfiguration?: string | null;
  trialUsage?: TrialUsage | null;
  /** Usage in the current billing period. */
  usage?: Usage;
  /** Usage in the period before the current one. */
  previousPeriodUsage?: PreviousPeriodUsage | null;
  /** Feature codes the account actively uses. */
  featuresInUse?: string[];
}

/** One tax amount on an invoice. */
export interface TaxLine {
  /** Display name, e.g. `VAT`. */
  name: string;
  /** Percentage, e.g. `25`. */
  ratePercent: number;
  taxableAmount: Money;
  amount: Money;
}

export type InvoiceLineKind = 'subscription' | 'proration' | 'overage' | 'other';

export interface InvoiceLine {
  id: string;
  kind: InvoiceLineKind;
  description: string;
  quantity: number;
  unitAmount: Money;
  /** `unitAmount × quantity`; negative for credits. */
  amount: Money;
  period?: { start: string; end: string };
}

export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';

/**
 * Who issues an invoice or receives it, as printed on it. Reach it as `Invoice['seller']` until
 * core's index lists it (then this can be exported).
 */
export interface InvoiceParty {
  name: string;
  /** Street, postcode and city, one printed line each. */
  addressLines: string[];
  /** ISO 3166-1 alpha-2; decides the VAT treatment. */
  country: string;
  /** VAT registration number, e.g. `DK12345678`; `null` for a consumer or an unregistered business. */
  vatId: string | null;
}

/**
 * An invoice: every amount in `currency`. Proration lines have kind `proration` (a credit for unused
 * time is negative); overage lines `overage`.
 */
export interface Invoice {
  id: string;
  number: string;
  status: InvoiceStatus;
  issuedAt: string;
  /** When payment is due; absent for invoices charged at once. */
  dueAt?: string;
  /** ISO 4217 code of every amount on the invoice. */
  currency: string;
  seller: InvoiceParty;
  customer: InvoiceParty;
  lines: InvoiceLine[];
  subtotal: Money;
  taxes: TaxLine[];
  total: Money;
  /** What has been paid of `total`. */
  amountPaid: Money;
  /** What is still to be paid: `total − amountPaid` (zero when paid or void). */
  amountDue: Money;
  /**
   * EU reverse charge: the customer, a business registered for VAT in another EU country, accounts
   * for the VAT. The UI prints the (translated) legal note; no tax is charged.
   */
  reverseCharge: boolean;
}

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'other';

export type PaymentMethod =
  | {
      type: 'card';
      id: string;
      isDefault: boolean;
      brand: CardBrand;
      last4: string;
      expMonth: number;
      expYear: number;
    }
  | { type: 'sepa_debit'; id: string; isDefault: boolean; ibanLast4: string; mandateReference: string }
  | { type: 'bank_transfer'; id: string; isDefault: boolean; reference?: string };

export type PaymentMethodType = PaymentMethod['type'];
