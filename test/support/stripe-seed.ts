import type Stripe from 'stripe';
import type { InvoiceParty } from 'subscription-kit/core';
import type { StripeAccountDetails } from 'subscription-kit/stripe';

/*
 * Test data for the Stripe provider, made through the SDK alone, so the same seeding runs against
 * the Stripe double and against a Stripe account in test mode: a catalog of five plans (products
 * with their metadata, monthly and yearly prices), and customers in the situations the conformance
 * kit and the demo need. Seeding the catalog twice changes nothing (products have fixed ids).
 */

interface PlanRow {
  id: string;
  name: string;
  tier: number;
  month: number;
  year: number;
  /** Conversations, documents, assistants, seats, AI tokens; `unlimited` where there is no limit. */
  limits: [string, string, string, string, string];
  features: string;
  integrations: string;
  assistantConfigurations?: string;
}

/** Starter is blocked by the seeded usage, Basic a free downgrade, Scale the upgrade, Voice unavailable. */
export const stripeSeedPlans: readonly PlanRow[] = [
  {
    id: 'sk_starter',
    name: 'Starter',
    tier: 1,
    month: 4900,
    year: 49000,
    limits: ['2000', '1000', '1', '2', '500000'],
    features: '',
    integrations: '',
  },
  {
    id: 'sk_support_basic',
    name: 'Support Basic',
    tier: 2,
    month: 19000,
    year: 190000,
    limits: ['10000', '10000', '2', '5', '2000000'],
    features: 'analytics',
    integrations: 'zendesk',
  },
  {
    id: 'sk_support_pro',
    name: 'Support Pro',
    tier: 3,
    month: 49000,
    year: 490000,
    limits: ['50000', '50000', '5', '20', '10000000'],
    features: 'analytics,dedicated_support',
    integrations: 'zendesk,freshdesk',
  },
  {
    id: 'sk_support_scale',
    name: 'Support Scale',
    tier: 4,
    month: 99000,
    year: 990000,
    limits: ['unlimited', 'unlimited', '20', 'unlimited', 'unlimited'],
    features: 'analytics,dedicated_support,sla',
    integrations: 'zendesk,freshdesk,salesforce',
  },
  {
    id: 'sk_support_voice',
    name: 'Support Voice',
    tier: 4,
    month: 129000,
    year: 1290000,
    limits: ['unlimited', 'unlimited', '20', 'unlimited', 'unlimited'],
    features: 'analytics,dedicated_support,sla,voice',
    integrations: 'zendesk,freshdesk,salesforce',
    assistantConfigurations: 'voice',
  },
];

/** The seller printed on the seeded customers' invoices. */
export const stripeSeedSeller: InvoiceParty = {
  name: 'Assistly ApS',
  addressLines: ['Bredgade 1', '1260 København K'],
  country: 'DK',
  vatId: 'DK87654321',
};

/**
 * What the host knows of a seeded customer's account: a support template, Zendesk connected, a
 * chat assistant, and usage that blocks Starter (6,000 documents against its 1,000) but not Basic.
 */
export const stripeSeedAccount: StripeAccountDetails = {
  agentTemplate: 'support',
  integrations: ['zendesk'],
  assistantConfiguration: 'chat',
  featuresInUse: ['analytics'],
  usage: { conversations: 8200, documents: 6000, assistants: 2, seats: 4, aiTokens: 1_400_000 },
};

/** Creates the catalog's products and prices where they are missing; the price ids by plan and interval. */
export async function seedStripeCatalog(stripe: Stripe): Promise<Map<string, string>> {
  const priceIds = new Map<string, string>();
  for (const plan of stripeSeedPlans) {
    await stripe.products.retrieve(plan.id).catch(() =>
      stripe.products.create({
        id: plan.id,
        name: plan.name,
        metadata: productMetadata(plan),
      }),
    );
    for (const interval of ['month', 'year'] as const) {
      const lookupKey = `${plan.id}_${interval}`;
      const existing = await stripe.prices.list({ lookup_keys: [lookupKey], limit: 1 });
      const price =
        existing.data[0] ??
        (await stripe.prices.create({
          product: plan.id,
          currency: 'eur',
          unit_amount: interval === 'month' ? plan.month : plan.year,
          recurring: { interval },
          lookup_key: lookupKey,
        }));
      priceIds.set(lookupKey, price.id);
    }
  }
  return priceIds;
}

function productMetadata(plan: PlanRow): Record<string, string> {
  const [conversations, documents, assistants, seats, aiTokens] = plan.limits;
  return {
    family: 'support',
    tier: String(plan.tier),
    'limits.conversations': conversations,
    'limits.documents': documents,
    'limits.assistants': assistants,
    'limits.seats': seats,
    'limits.ai_tokens': aiTokens,
    features: plan.features,
    integrations: plan.integrations,
    ...(plan.assistantConfigurations
      ? { 'availability.assistant_configurations': plan.assistantConfigurations }
      : {}),
  };
}

/** Stripe's test payment methods (`pm_card_visa` …), each with Stripe's behaviour when charged. */
export type StripeTestPaymentMethod =
  | 'pm_card_visa'
  | 'pm_card_mastercard'
  | 'pm_card_amex'
  | 'pm_card_chargeDeclined'
  | 'pm_card_chargeDeclinedInsufficientFunds'
  | 'pm_card_chargeDeclinedExpiredCard'
  | 'pm_card_authenticationRequired'
  | 'pm_sepaDebit';

export interface StripeSeedCustomerOptions {
  /** The customer's name, on invoices. @default 'Nordlys Support ApS' */
  name?: string;
  /** The plan and interval subscribed. @default 'sk_support_pro', 'month' */
  planId?: string;
  interval?: 'month' | 'year';
  /**
   * The default method once the history is paid (the history is paid by a Visa, which stays
   * attached). @default 'pm_card_visa'
   */
  defaultPaymentMethod?: StripeTestPaymentMethod;
  /** More methods, not the default. @default ['pm_card_mastercard', 'pm_sepaDebit'] */
  otherPaymentMethods?: readonly StripeTestPaymentMethod[];
  /**
   * The subscription starts at the clock's time; `advanceTo(until)` then moves the clock (the
   * double's `setNow`, a test clock's advance), renewing it month by month: an invoice each.
   */
  history?: { advanceTo(seconds: number): void | Promise<void>; until: number };
  /** A test clock for the customer, against Stripe in test mode. */
  testClock?: string;
}

/** A customer with a subscription, payment methods and (with `history`) a year of invoices. */
export async function seedStripeCustomer(
  stripe: Stripe,
  options: StripeSeedCustomerOptions = {},
): Promise<{ customerId: string; subscriptionId: string }> {
  const priceIds = await seedStripeCatalog(stripe);
  const customer = await stripe.customers.create({
    name: options.name ?? 'Nordlys Support ApS',
    email: 'billing@nordlys.example',
    address: { line1: 'Vestergade 12', postal_code: '8000', city: 'Aarhus C', country: 'DK' },
    ...(options.testClock ? { test_clock: options.testClock } : {}),
  });
  // The history is paid by a Visa; a method that fails (a declined card) becomes the default after it.
  const visa = await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
  await setDefault(stripe, customer.id, visa.id);
  for (const token of options.otherPaymentMethods ?? ['pm_card_mastercard', 'pm_sepaDebit']) {
    await stripe.paymentMethods.attach(token, { customer: customer.id });
  }
  const price = priceIds.get(`${options.planId ?? 'sk_support_pro'}_${options.interval ?? 'month'}`);
  if (!price) throw new Error(`No seeded price for ${options.planId} (${options.interval})`);
  const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price }] });
  if (options.history) await options.history.advanceTo(options.history.until);
  const defaultToken = options.defaultPaymentMethod ?? 'pm_card_visa';
  if (defaultToken !== 'pm_card_visa') {
    const paying = await stripe.paymentMethods.attach(defaultToken, { customer: customer.id });
    await setDefault(stripe, customer.id, paying.id);
  }
  return { customerId: customer.id, subscriptionId: subscription.id };
}

async function setDefault(stripe: Stripe, customerId: string, paymentMethodId: string): Promise<void> {
  await stripe.customers.update(customerId, {
    invoice_settings: { default_payment_method: paymentMethodId },
  });
}
