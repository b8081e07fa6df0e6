import { nextBillingDate } from 'subscription-kit/core';

/*
 * A billing backend in memory that speaks like Stripe: amounts in cents (`unit_amount`), lower-case
 * currencies, unix-second timestamps, string-only `metadata`, ids such as `price_…`, `sub_…`,
 * `in_…`, `pm_…`, list objects paged with `has_more` / `starting_after`, idempotency keys on
 * writes, and errors with `type`, `code` and `decline_code`. It stands in for the real API in the
 * example and its tests; `create-stripe-shaped-provider.ts` is the part an integrator writes.
 *
 * Simplifications, each marked where it happens: no renewals (the clock never passes a period end
 * in the tests); a subscription schedule takes its phases in `create`; updating a subscription that
 * a schedule manages releases the schedule; a failed request is not remembered under its
 * idempotency key.
 */

/* -------------------------------------------------------------------------------------------------
 * Objects
 * -----------------------------------------------------------------------------------------------*/

/** Every metadata value is a string. */
export type StripeMetadata = Record<string, string>;

export interface StripeList<Item> {
  object: 'list';
  data: Item[];
  has_more: boolean;
  url: string;
}

export interface StripeProduct {
  id: string;
  object: 'product';
  active: boolean;
  name: string;
  metadata: StripeMetadata;
}

export interface StripePrice {
  id: string;
  object: 'price';
  active: boolean;
  /** Lower-case ISO 4217, e.g. `eur`. */
  currency: string;
  /** Cents. */
  unit_amount: number;
  /** The product's id, or the product itself with `expand: ['data.product']`. */
  product: string | StripeProduct;
  recurring: { interval: 'month' | 'year'; interval_count: number };
  metadata: StripeMetadata;
}

export interface StripeAddress {
  line1: string;
  line2: string | null;
  postal_code: string;
  city: string;
  /** Upper-case ISO 3166-1 alpha-2. */
  country: string;
}

export interface StripeCustomer {
  id: string;
  object: 'customer';
  name: string;
  email: string;
  address: StripeAddress | null;
  tax_exempt: 'none' | 'exempt' | 'reverse';
  tax_ids: { type: string; value: string }[];
  invoice_settings: { default_payment_method: string | null };
  metadata: StripeMetadata;
}

export interface StripeSubscriptionItem {
  id: string;
  object: 'subscription_item';
  price: StripePrice;
  quantity: number;
  current_period_start: number;
  current_period_end: number;
}

export type StripeSubscriptionStatus =
  | 'trialing'
  | 'active'
  | 'past_due'
  | 'canceled'
  | 'unpaid'
  | 'incomplete'
  | 'incomplete_expired'
  | 'paused';

export interface StripeSubscription {
  id: string;
  object: 'subscription';
  customer: string;
  status: StripeSubscriptionStatus;
  created: number;
  items: StripeList<StripeSubscriptionItem>;
  billing_cycle_anchor: number;
  trial_start: number | null;
  trial_end: number | null;
  /** The schedule that manages it (a change waiting for the period end), or `null`. */
  schedule: string | null;
  /** An id, or the invoice with `expand: ['latest_invoice.payment_intent']`. */
  latest_invoice: string | StripeInvoice | null;
  /** A change waiting for its payment to be confirmed. */
  pending_update: { expires_at: number; price: string } | null;
}

export interface StripeSchedulePhase {
  start_date: number;
  end_date: number | null;
  items: { price: string; quantity: number }[];
}

export interface StripeSubscriptionSchedule {
  id: string;
  object: 'subscription_schedule';
  subscription: string;
  status: 'active' | 'released';
  end_behavior: 'release';
  phases: StripeSchedulePhase[];
}

export interface StripeTaxRate {
  id: string;
  object: 'tax_rate';
  display_name: string;
  percentage: number;
  inclusive: boolean;
}

export interface StripeInvoiceLine {
  id: string;
  object: 'line_item';
  /** Cents, negative for a credit. */
  amount: number;
  currency: string;
  description: string;
  quantity: number;
  proration: boolean;
  period: { start: number; end: number };
  price: StripePrice | null;
  metadata: StripeMetadata;
}

export interface StripePaymentIntent {
  id: string;
  object: 'payment_intent';
  status: 'succeeded' | 'processing' | 'requires_action' | 'requires_payment_method';
  next_action: { type: 'redirect_to_url'; redirect_to_url: { url: string; return_url: string } } | null;
}

export interface StripeInvoice {
  id: string;
  object: 'invoice';
  customer: string;
  /** `null` until the invoice is finalised. */
  number: string | null;
  status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
  created: number;
  due_date: number | null;
  currency: string;
  account_name: string;
  customer_name: string;
  customer_address: StripeAddress | null;
  customer_tax_ids: { type: string; value: string }[];
  customer_tax_exempt: 'none' | 'exempt' | 'reverse';
  lines: StripeList<StripeInvoiceLine>;
  subtotal: number;
  /** As Stripe returns it with `expand: ['total_tax_amounts.tax_rate']`. */
  total_tax_amounts: {
    amount: number;
    inclusive: boolean;
    tax_rate: StripeTaxRate;
    taxable_amount: number;
  }[];
  total: number;
  amount_paid: number;
  /** What is left to pay, tax included. */
  amount_due: number;
  invoice_pdf: string | null;
  payment_intent: StripePaymentIntent | null;
}

export interface StripePaymentMethod {
  id: string;
  object: 'payment_method';
  customer: string | null;
  type: 'card' | 'sepa_debit' | 'customer_balance' | 'paypal';
  created: number;
  card?: { brand: string; last4: string; exp_month: number; exp_year: number };
  sepa_debit?: { last4: string; country: string; mandate: string };
}

export interface StripeMandate {
  id: string;
  object: 'mandate';
  payment_method: string;
  payment_method_details: { type: 'sepa_debit'; sepa_debit: { reference: string } };
}

export interface StripeSetupIntent {
  id: string;
  object: 'setup_intent';
  customer: string;
  client_secret: string;
  payment_method_types: string[];
  status: 'requires_payment_method';
}

export interface StripeMeter {
  id: string;
  object: 'billing.meter';
  event_name: string;
  /** `sum` for flows, `last` for stocks reported as the amount held. */
  default_aggregation: { formula: 'sum' | 'last' };
}

export interface StripeMeterEvent {
  event_name: string;
  customer: string;
  timestamp: number;
  value: number;
}

export interface StripeMeterEventSummary {
  id: string;
  object: 'billing.meter_event_summary';
  meter: string;
  aggregated_value: number;
  start_time: number;
  end_time: number;
}

/** Everything the backend holds. */
export interface StripeShapedData {
  products: StripeProduct[];
  prices: StripePrice[];
  customers: StripeCustomer[];
  subscriptions: StripeSubscription[];
  subscriptionSchedules: StripeSubscriptionSchedule[];
  /** Newest first. */
  invoices: StripeInvoice[];
  paymentMethods: StripePaymentMethod[];
  mandates: StripeMandate[];
  taxRates: StripeTaxRate[];
  meters: StripeMeter[];
  meterEvents: StripeMeterEvent[];
  /** Printed on invoices as the seller. */
  accountName: string;
}

/* -------------------------------------------------------------------------------------------------
 * Errors
 * -----------------------------------------------------------------------------------------------*/

export type StripeErrorType =
  | 'card_error'
  | 'invalid_request_error'
  | 'idempotency_error'
  | 'rate_limit_error'
  | 'authentication_error'
  | 'api_error';

/** What a request fails with, shaped as Stripe's error object. */
export class StripeShapedError extends Error {
  override readonly name = 'StripeShapedError';
  readonly type: StripeErrorType;
  readonly code: string | undefined;
  readonly decline_code: string | undefined;
  readonly param: string | undefined;
  readonly statusCode: number;

  constructor(
    type: StripeErrorType,
    message: string,
    fields: { code?: string; decline_code?: string; param?: string; statusCode?: number } = {},
  ) {
    super(message);
    this.type = type;
    this.code = fields.code;
    this.decline_code = fields.decline_code;
    this.param = fields.param;
    this.statusCode = fields.statusCode ?? (type === 'card_error' ? 402 : 400);
  }
}

function missing(kind: string, id: string, param = 'id'): StripeShapedError {
  return new StripeShapedError('invalid_request_error', `No such ${kind}: '${id}'`, {
    code: 'resource_missing',
    param,
    statusCode: 404,
  });
}

/* -------------------------------------------------------------------------------------------------
 * The client
 * -----------------------------------------------------------------------------------------------*/

export interface StripeRequestOptions {
  idempotencyKey?: string;
}

export interface ListParams {
  limit?: number;
  starting_after?: string;
}

export interface SubscriptionUpdateParams {
  items: { id: string; price: string }[];
  proration_behavior: 'always_invoice' | 'none';
  payment_behavior: 'error_if_incomplete' | 'pending_if_incomplete';
  expand?: string[];
}

export interface InvoicePreviewParams {
  customer: string;
  subscription: string;
  subscription_details: { items: { id: string; price: string }[]; proration_behavior: 'always_invoice' };
}

export interface SubscriptionScheduleCreateParams {
  from_subscription: string;
  end_behavior: 'release';
  phases: StripeSchedulePhase[];
}

export interface StripeShapedBackendOptions {
  data: StripeShapedData;
  /** The backend's clock. @default () => new Date() */
  now?: () => Date;
}

/** The API, grouped by resource as in Stripe's SDK. */
export interface StripeShapedBackend {
  prices: {
    list(params?: ListParams & { active?: boolean; expand?: string[] }): Promise<StripeList<StripePrice>>;
  };
  customers: {
    retrieve(id: string): Promise<StripeCustomer>;
    update(
      id: string,
      params: { invoice_settings: { default_payment_method: string } },
      options?: StripeRequestOptions,
    ): Promise<StripeCustomer>;
  };
  subscriptions: {
    list(params: ListParams & { customer: string }): Promise<StripeList<StripeSubscription>>;
    update(
      id: string,
      params: SubscriptionUpdateParams,
      options?: StripeRequestOptions,
    ): Promise<StripeSubscription>;
  };
  subscriptionSchedules: {
    create(
      params: SubscriptionScheduleCreateParams,
      options?: StripeRequestOptions,
    ): Promise<StripeSubscriptionSchedule>;
    retrieve(id: string): Promise<StripeSubscriptionSchedule>;
    release(id: string, options?: StripeRequestOptions): Promise<StripeSubscriptionSchedule>;
  };
  invoices: {
    list(params: ListParams & { customer: string }): Promise<StripeList<StripeInvoice>>;
    retrieve(id: string): Promise<StripeInvoice>;
    /** What an update of the subscription would invoice, without doing it. */
    createPreview(params: InvoicePreviewParams): Promise<StripeInvoice>;
  };
  paymentMethods: {
    list(params: ListParams & { customer: string }): Promise<StripeList<StripePaymentMethod>>;
    retrieve(id: string): Promise<StripePaymentMethod>;
    detach(id: string, options?: StripeRequestOptions): Promise<StripePaymentMethod>;
  };
  setupIntents: {
    create(
      params: { customer: string; payment_method_types: string[]; usage: 'off_session' },
      options?: StripeRequestOptions,
    ): Promise<StripeSetupIntent>;
  };
  mandates: {
    retrieve(id: string): Promise<StripeMandate>;
  };
  billing: {
    meters: {
      list(): Promise<StripeList<StripeMeter>>;
      listEventSummaries(
        meterId: string,
        params: { customer: string; start_time: number; end_time: number },
      ): Promise<StripeList<StripeMeterEventSummary>>;
    };
  };
}

/**
 * Test cards, by their last four digits, as in Stripe's test mode: `0002` is declined, `9995`
 * declines for insufficient funds, `0069` has expired, `3184` asks for 3-D Secure.
 */
const testCards: Record<string, { code: string; decline_code?: string } | 'requires_action'> = {
  '0002': { code: 'card_declined', decline_code: 'generic_decline' },
  '9995': { code: 'card_declined', decline_code: 'insufficient_funds' },
  '0069': { code: 'expired_card' },
  '3184': 'requires_action',
};

export function createStripeShapedBackend(options: StripeShapedBackendOptions): StripeShapedBackend {
  const state: StripeShapedData = structuredClone(options.data);
  const now = () => Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
  const idempotency = new Map<string, { request: string; response: unknown | undefined }>();
  let sequence = 0;

  function nextId(prefix: string): string {
    sequence += 1;
    return `${prefix}_Ex${String(sequence).padStart(6, '0')}`;
  }

  /** Lets other requests run first, as a network round trip would. */
  function roundTrip(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  async function read<Result>(operation: () => Result): Promise<Result> {
    await roundTrip();
    return structuredClone(operation());
  }

  /**
   * A write. Under a key it was given before it answers the stored response when the request is
   * the same, `idempotency_key_in_use` while the first is still running, and refuses other
   * parameters. Unlike Stripe, a request that failed is forgotten, so it can be retried.
   */
  async function write<Result>(
    endpoint: string,
    params: unknown,
    requestOptions: StripeRequestOptions | undefined,
    operation: () => Result,
  ): Promise<Result> {
    await roundTrip();
    const key = requestOptions?.idempotencyKey;
    const request = JSON.stringify([endpoint, params]);
    if (key !== undefined) {
      const known = idempotency.get(key);
      if (known && known.request !== request) {
        throw new StripeShapedError(
          'idempotency_error',
          'Keys for idempotent requests can only be used with the same parameters they were first used with.',
        );
      }
      if (known && known.response === undefined) {
        throw new StripeShapedError(
          'idempotency_error',
          'There is currently another in-progress request using this idempotent key.',
          { code: 'idempotency_key_in_use', statusCode: 409 },
        );
      }
      if (known) return structuredClone(known.response as Result);
      idempotency.set(key, { request, response: undefined });
    }
    try {
      await roundTrip();
      const response = structuredClone(operation());
      if (key !== undefined) idempotency.set(key, { request, response });
      return structuredClone(response);
    } catch (error) {
      if (key !== undefined) idempotency.delete(key);
      throw error;
    }
  }

  function page<Item extends { id: string }>(
    items: Item[],
    params: ListParams,
    url: string,
    kind: string,
  ): StripeList<Item> {
    const limit = Math.min(100, Math.max(1, params.limit ?? 10));
    let start = 0;
    if (params.starting_after !== undefined) {
      const index = items.findIndex((item) => item.id === params.starting_after);
      if (index < 0) throw missing(kind, params.starting_after, 'starting_after');
      start = index + 1;
    }
    const data = items.slice(start, start + limit);
    return { object: 'list', data, has_more: start + limit < items.length, url };
  }

  /* ---------------------------------------------------------------------------------------------
   * Lookups
   * -------------------------------------------------------------------------------------------*/

  function findCustomer(id: string): StripeCustomer {
    const customer = state.customers.find((candidate) => candidate.id === id);
    if (!customer) throw missing('customer', id);
    return customer;
  }

  function findPrice(id: string, param = 'price'): StripePrice {
    const price = state.prices.find((candidate) => candidate.id === id);
    if (!price) throw missing('price', id, param);
    return price;
  }

  function findProduct(id: string): StripeProduct {
    const product = state.products.find((candidate) => candidate.id === id);
    if (!product) throw missing('product', id);
    return product;
  }

  function findSubscription(id: string): StripeSubscription {
    const subscription = state.subscriptions.find((candidate) => candidate.id === id);
    if (!subscription) throw missing('subscription', id);
    return subscription;
  }

  function findSchedule(id: string): StripeSubscriptionSchedule {
    const schedule = state.subscriptionSchedules.find((candidate) => candidate.id === id);
    if (!schedule) throw missing('subscription_schedule', id);
    return schedule;
  }

  function findPaymentMethod(id: string): StripePaymentMethod {
    const method = state.paymentMethods.find((candidate) => candidate.id === id);
    if (!method) throw missing('payment_method', id);
    return method;
  }

  function productOf(price: StripePrice): StripeProduct {
    return findProduct(typeof price.product === 'string' ? price.product : price.product.id);
  }

  function itemOf(subscription: StripeSubscription, itemId: string): StripeSubscriptionItem {
    const item = subscription.items.data.find((candidate) => candidate.id === itemId);
    if (!item) throw missing('subscription_item', itemId, 'items[0][id]');
    return item;
  }

  /* ---------------------------------------------------------------------------------------------
   * Invoicing
   * -------------------------------------------------------------------------------------------*/

  function date(seconds: number): string {
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }

  /** The lines an update of `item` to `price` invoices now: prorations, or a new period. */
  function changeLines(item: StripeSubscriptionItem, price: StripePrice, at: number) {
    const old = item.price;
    const start = item.current_period_start;
    const end = item.current_period_end;
    const remaining = Math.max(0, end - at);
    const unused = Math.round((old.unit_amount * remaining) / (end - start));
    const credit: StripeInvoiceLine = {
      id: nextId('il'),
      object: 'line_item',
      amount: -unused,
      currency: old.currency,
      description: `Unused time on ${productOf(old).name} after ${date(at)}`,
      quantity: 1,
      proration: true,
      period: { start: at, end },
      price: old,
      metadata: {},
    };
    if (price.recurring.interval === old.recurring.interval) {
      const charge: StripeInvoiceLine = {
        ...credit,
        id: nextId('il'),
        amount: Math.round((price.unit_amount * remaining) / (end - start)),
        currency: price.currency,
        description: `Remaining time on ${productOf(price).name} after ${date(at)}`,
        price,
      };
      return { lines: [credit, charge], period: { start, end } };
    }
    // Another interval starts a new period now, as Stripe resets the billing cycle anchor.
    const newEnd = Math.floor(
      nextBillingDate(new Date(at * 1000), new Date(at * 1000), price.recurring.interval).getTime() / 1000,
    );
    const charge: StripeInvoiceLine = {
      id: nextId('il'),
      object: 'line_item',
      amount: price.unit_amount,
      currency: price.currency,
      description: `1 × ${productOf(price).name} (per ${price.recurring.interval})`,
      quantity: 1,
      proration: false,
      period: { start: at, end: newEnd },
      price,
      metadata: {},
    };
    return { lines: [credit, charge], period: { start: at, end: newEnd } };
  }

  function buildInvoice(customer: StripeCustomer, lines: StripeInvoiceLine[], at: number): StripeInvoice {
    const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
    // The account's one tax rate, unless the customer is exempt or accounts for the VAT itself.
    const taxRate = customer.tax_exempt === 'none' ? state.taxRates[0] : undefined;
    const tax = taxRate ? Math.round((Math.max(0, subtotal) * taxRate.percentage) / 100) : 0;
    const id = nextId('in');
    return {
      id,
      object: 'invoice',
      customer: customer.id,
      number: null,
      status: 'draft',
      created: at,
      due_date: null,
      currency: lines[0]?.currency ?? 'eur',
      account_name: state.accountName,
      customer_name: customer.name,
      customer_address: customer.address,
      customer_tax_ids: customer.tax_ids,
      customer_tax_exempt: customer.tax_exempt,
      lines: { object: 'list', data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
      subtotal,
      total_tax_amounts: taxRate
        ? [{ amount: tax, inclusive: false, tax_rate: taxRate, taxable_amount: Math.max(0, subtotal) }]
        : [],
      total: subtotal + tax,
      amount_paid: 0,
      amount_due: Math.max(0, subtotal + tax),
      invoice_pdf: null,
      payment_intent: null,
    };
  }

  /** Charges the customer's default payment method; throws a card error when it declines. */
  function pay(customer: StripeCustomer, invoice: StripeInvoice, at: number): StripePaymentIntent | null {
    if (invoice.amount_due <= 0) return null;
    const methodId = customer.invoice_settings.default_payment_method;
    // Simplification: Stripe would leave the invoice open; a declined payment is closer to what
    // the contract asks for, and the test data always has a default method.
    if (!methodId)
      throw new StripeShapedError('card_error', 'The customer has no default payment method.', {
        code: 'card_declined',
        decline_code: 'generic_decline',
      });
    const method = findPaymentMethod(methodId);
    const intent: StripePaymentIntent = {
      id: nextId('pi'),
      object: 'payment_intent',
      status: 'succeeded',
      next_action: null,
    };
    if (method.card) {
      const today = new Date(at * 1000);
      const expired =
        method.card.exp_year * 12 + method.card.exp_month <
        today.getUTCFullYear() * 12 + today.getUTCMonth() + 1;
      const outcome = expired ? { code: 'expired_card' } : testCards[method.card.last4];
      if (outcome === 'requires_action') {
        return {
          ...intent,
          status: 'requires_action',
          next_action: {
            type: 'redirect_to_url',
            redirect_to_url: {
              url: `https://hooks.stripe.example/3d_secure_2/authenticate/${intent.id}`,
              return_url: 'https://app.example.com/billing',
            },
          },
        };
      }
      if (outcome) {
        throw new StripeShapedError('card_error', `Your card was declined (${outcome.code}).`, {
          code: outcome.code,
          ...(outcome.decline_code ? { decline_code: outcome.decline_code } : {}),
        });
      }
    }
    return intent;
  }

  function finalise(invoice: StripeInvoice, intent: StripePaymentIntent | null): StripeInvoice {
    const paid = intent === null || intent.status === 'succeeded';
    const number = `${state.accountName.slice(0, 2).toUpperCase()}-${String(state.invoices.length + 1).padStart(4, '0')}`;
    const finished: StripeInvoice = {
      ...invoice,
      number,
      status: paid ? 'paid' : 'open',
      amount_paid: paid ? invoice.amount_due : 0,
      amount_due: paid ? 0 : invoice.amount_due,
      invoice_pdf: `https://pay.stripe.example/invoice/${invoice.id}/pdf`,
      payment_intent: intent,
    };
    state.invoices.unshift(finished);
    return finished;
  }

  /* ---------------------------------------------------------------------------------------------
   * Resources
   * -------------------------------------------------------------------------------------------*/

  return {
    prices: {
      list: (params = {}) =>
        read(() => {
          const prices = state.prices
            .filter((price) => params.active === undefined || price.active === params.active)
            .map((price) =>
              params.expand?.includes('data.product') ? { ...price, product: productOf(price) } : price,
            );
          return page(prices, params, '/v1/prices', 'price');
        }),
    },

    customers: {
      retrieve: (id) => read(() => findCustomer(id)),
      update: (id, params, requestOptions) =>
        write(`POST /v1/customers/${id}`, params, requestOptions, () => {
          const customer = findCustomer(id);
          const methodId = params.invoice_settings.default_payment_method;
          const method = findPaymentMethod(methodId);
          if (method.customer !== customer.id)
            throw missing('payment_method', methodId, 'default_payment_method');
          customer.invoice_settings.default_payment_method = methodId;
          return customer;
        }),
    },

    subscriptions: {
      list: (params) =>
        read(() => {
          const subscriptions = state.subscriptions
            .filter((subscription) => subscription.customer === params.customer)
            .sort((a, b) => b.created - a.created);
          return page(subscriptions, params, '/v1/subscriptions', 'subscription');
        }),
      update: (id, params, requestOptions) =>
        write(`POST /v1/subscriptions/${id}`, params, requestOptions, () => {
          const subscription = findSubscription(id);
          const customer = findCustomer(subscription.customer);
          const [change] = params.items;
          if (!change)
            throw new StripeShapedError('invalid_request_error', 'Missing items.', { param: 'items' });
          const item = itemOf(subscription, change.id);
          const price = findPrice(change.price, 'items[0][price]');
          const at = now();
          // Simplification: Stripe refuses to update a subscription a schedule manages; here the
          // update releases the schedule, so that one request makes one change.
          if (subscription.schedule) {
            findSchedule(subscription.schedule).status = 'released';
            subscription.schedule = null;
          }
          if (price.id !== item.price.id) {
            const { lines, period } = changeLines(item, price, at);
            const invoice = buildInvoice(customer, lines, at);
            const intent = pay(customer, invoice, at);
            if (intent?.status === 'requires_action') {
              if (params.payment_behavior === 'error_if_incomplete') {
                throw new StripeShapedError('card_error', 'This payment requires authentication.', {
                  code: 'authentication_required',
                  decline_code: 'authentication_required',
                });
              }
              subscription.pending_update = { expires_at: at + 23 * 3600, price: price.id };
              subscription.latest_invoice = finalise(invoice, intent).id;
            } else {
              subscription.latest_invoice = finalise(invoice, intent).id;
              item.price = price;
              item.current_period_start = period.start;
              item.current_period_end = period.end;
              if (period.start === at) subscription.billing_cycle_anchor = at;
              subscription.pending_update = null;
            }
          }
          const latest = state.invoices.find((invoice) => invoice.id === subscription.latest_invoice);
          return params.expand?.includes('latest_invoice.payment_intent') && latest
            ? { ...subscription, latest_invoice: latest }
            : subscription;
        }),
    },

    subscriptionSchedules: {
      create: (params, requestOptions) =>
        write('POST /v1/subscription_schedules', params, requestOptions, () => {
          const subscription = findSubscription(params.from_subscription);
          for (const phase of params.phases) for (const item of phase.items) findPrice(item.price, 'phases');
          if (subscription.schedule) findSchedule(subscription.schedule).status = 'released';
          const schedule: StripeSubscriptionSchedule = {
            id: nextId('sub_sched'),
            object: 'subscription_schedule',
            subscription: subscription.id,
            status: 'active',
            end_behavior: params.end_behavior,
            phases: params.phases,
          };
          state.subscriptionSchedules.push(schedule);
          subscription.schedule = schedule.id;
          return schedule;
        }),
      retrieve: (id) => read(() => findSchedule(id)),
      release: (id, requestOptions) =>
        write(`POST /v1/subscription_schedules/${id}/release`, {}, requestOptions, () => {
          const schedule = findSchedule(id);
          schedule.status = 'released';
          const subscription = findSubscription(schedule.subscription);
          if (subscription.schedule === id) subscription.schedule = null;
          return schedule;
        }),
    },

    invoices: {
      list: (params) =>
        read(() =>
          page(
            state.invoices.filter((invoice) => invoice.customer === params.customer),
            params,
            '/v1/invoices',
            'invoice',
          ),
        ),
      retrieve: (id) =>
        read(() => {
          const invoice = state.invoices.find((candidate) => candidate.id === id);
          if (!invoice) throw missing('invoice', id);
          return invoice;
        }),
      createPreview: (params) =>
        read(() => {
          const subscription = findSubscription(params.subscription);
          const [change] = params.subscription_details.items;
          if (!change)
            throw new StripeShapedError('invalid_request_error', 'Missing items.', { param: 'items' });
          const item = itemOf(subscription, change.id);
          const price = findPrice(change.price, 'subscription_details[items][0][price]');
          const { lines } = changeLines(item, price, now());
          const preview = buildInvoice(findCustomer(params.customer), lines, now());
          return { ...preview, id: `upcoming_${preview.id}` };
        }),
    },

    paymentMethods: {
      list: (params) =>
        read(() =>
          page(
            state.paymentMethods
              .filter((method) => method.customer === params.customer)
              .sort((a, b) => b.created - a.created),
            params,
            '/v1/payment_methods',
            'payment_method',
          ),
        ),
      retrieve: (id) => read(() => findPaymentMethod(id)),
      detach: (id, requestOptions) =>
        write(`POST /v1/payment_methods/${id}/detach`, {}, requestOptions, () => {
          const method = findPaymentMethod(id);
          for (const customer of state.customers) {
            if (customer.invoice_settings.default_payment_method === id) {
              customer.invoice_settings.default_payment_method = null;
            }
          }
          method.customer = null;
          return method;
        }),
    },

    setupIntents: {
      create: (params, requestOptions) =>
        write('POST /v1/setup_intents', params, requestOptions, () => {
          findCustomer(params.customer);
          const id = nextId('seti');
          return {
            id,
            object: 'setup_intent',
            customer: params.customer,
            client_secret: `${id}_secret_${id.slice(-6)}`,
            payment_method_types: params.payment_method_types,
            status: 'requires_payment_method',
          };
        }),
    },

    mandates: {
      retrieve: (id) =>
        read(() => {
          const mandate = state.mandates.find((candidate) => candidate.id === id);
          if (!mandate) throw missing('mandate', id);
          return mandate;
        }),
    },

    billing: {
      meters: {
        list: () => read(() => page(state.meters, { limit: 100 }, '/v1/billing/meters', 'billing.meter')),
        listEventSummaries: (meterId, params) =>
          read(() => {
            const meter = state.meters.find((candidate) => candidate.id === meterId);
            if (!meter) throw missing('billing.meter', meterId);
            const events = state.meterEvents
              .filter(
                (event) =>
                  event.event_name === meter.event_name &&
                  event.customer === params.customer &&
                  event.timestamp >= params.start_time &&
                  event.timestamp < params.end_time,
              )
              .sort((a, b) => a.timestamp - b.timestamp);
            if (events.length === 0)
              return page([], {}, `/v1/billing/meters/${meterId}/event_summaries`, 'summary');
            const aggregated =
              meter.default_aggregation.formula === 'sum'
                ? events.reduce((sum, event) => sum + event.value, 0)
                : (events.at(-1)?.value ?? 0);
            const summary: StripeMeterEventSummary = {
              id: nextId('mtrusg'),
              object: 'billing.meter_event_summary',
              meter: meterId,
              aggregated_value: aggregated,
              start_time: params.start_time,
              end_time: params.end_time,
            };
            return page([summary], {}, `/v1/billing/meters/${meterId}/event_summaries`, 'summary');
          }),
      },
    },
  };
}
