import type Stripe from 'stripe';
import type { AccountContext, InvoiceParty, Usage, UsageMetric } from '../core';

/** What the host knows about the account that Stripe does not: its product's own state. */
export type StripeAccountDetails = Omit<AccountContext, 'usage'> & {
  /** Usage this period, when the host counts it itself (else `getUsage` or the meters). */
  usage?: Usage | undefined;
};

export interface StripeDataProviderOptions {
  /** The host's Stripe client (`new Stripe(secretKey)`), SDK major 23 (API version 2026-10-28.endive). */
  stripe: Stripe;
  /** The signed-in customer (`cus_…`): every id in a request is looked up within this customer. */
  customerId: string;
  /**
   * The agent template, integrations, assistant configuration, features in use, trial usage and
   * country of the account (`country` falls back to the customer's address in Stripe).
   */
  getAccountDetails(params: {
    customer: Stripe.Customer;
    signal?: AbortSignal | undefined;
  }): StripeAccountDetails | Promise<StripeAccountDetails>;
  /**
   * Usage over `period` (the current billing period; the current month of an annual one). Without
   * it, and without `usage` from `getAccountDetails`, usage comes from Stripe Billing meters.
   */
  getUsage?(params: {
    period: { start: Date; end: Date };
    signal?: AbortSignal | undefined;
  }): Usage | Promise<Usage>;
  /**
   * Billing meter event names and the metric each counts.
   * @default { conversations, documents, assistants, seats, ai_tokens → aiTokens }
   */
  meters?: Readonly<Record<string, UsageMetric>> | undefined;
  /** Your company as printed on invoices: Stripe's invoice names only the customer. */
  seller: InvoiceParty;
  catalog?:
    | {
        /** Only these products are plans. @default every active product with `family` metadata */
        products?: readonly string[] | undefined;
      }
    | undefined;
  /**
   * How adding a payment method continues: a SetupIntent whose client secret the host's own form
   * (Stripe Elements) confirms, or a Checkout session in setup mode to redirect to.
   * @default { mode: 'setup_intent' }
   */
  addPaymentMethod?:
    | { mode: 'setup_intent' }
    | { mode: 'checkout'; successUrl: string; cancelUrl: string }
    | undefined;
  /**
   * Whether the account may pay by bank transfer (Stripe's `customer_balance`), typically an
   * enterprise contract. @default () => false
   */
  allowsBankTransfer?(params: { customer: Stripe.Customer }): boolean | Promise<boolean>;
  /**
   * Seconds a preview's amount holds: previews and changes prorate as of the start of the window
   * they fall in (Stripe's `proration_date`), so a change confirmed within it charges the previewed
   * amount to the cent. @default 600
   */
  prorationWindowSeconds?: number | undefined;
  /** The clock for availability windows, usage periods and proration. @default () => new Date() */
  now?: (() => Date) | undefined;
}
