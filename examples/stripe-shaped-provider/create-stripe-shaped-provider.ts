import type {
  BillingDataProvider,
  ChangePlanResult,
  InvoicePage,
  PlanChangePreview,
  PreviewLine,
  StartAddPaymentMethodResult,
} from 'subscription-kit';
import {
  type AccountContext,
  BillingError,
  type BillingInterval,
  type CardBrand,
  type ChangeKind,
  checkAvailability,
  checkDowngrade,
  classifyChange,
  type DowngradeBlocker,
  type Invoice,
  type InvoiceLine,
  type InvoiceParty,
  isBillingError,
  type Money,
  money,
  type PaymentMethod,
  type Plan,
  type PlanLimits,
  type Subscription,
  type SubscriptionStatus,
  type Usage,
  type UsageMetric,
  usagePeriodAt,
} from 'subscription-kit/core';
import {
  type StripeAddress,
  type StripeInvoice,
  type StripeInvoiceLine,
  type StripeMetadata,
  type StripePaymentMethod,
  type StripePrice,
  type StripeProduct,
  type StripeShapedBackend,
  StripeShapedError,
  type StripeSubscription,
  type StripeSubscriptionItem,
} from './create-stripe-shaped-backend';

/*
 * A BillingDataProvider over a Stripe-shaped backend, written from docs/PROVIDER.md: each section
 * below maps one part of the reference. The backend speaks cents, lower-case currencies, unix
 * seconds and string metadata; the contract wants `Money` in upper-case ISO 4217, ISO 8601
 * instants and typed fields, and `BillingError` codes instead of Stripe's errors.
 */

export interface StripeShapedProviderOptions {
  /** The billing API client. */
  stripe: StripeShapedBackend;
  /** The signed-in customer: every id in a request is looked up within this customer. */
  customerId: string;
  /** Your company as printed on invoices; Stripe's invoice holds only the account's name. */
  seller: InvoiceParty;
  /** The clock for availability windows and the usage period. @default () => new Date() */
  now?: () => Date;
}

/** Every method but `contactSales`: sales enquiries go to the CRM, not to the billing API. */
export type StripeShapedDataProvider = Required<Omit<BillingDataProvider, 'contactSales'>>;

/* -------------------------------------------------------------------------------------------------
 * Conventions: units and formats
 * -----------------------------------------------------------------------------------------------*/

/** `eur` → `EUR`: the contract wants upper-case ISO 4217. */
export function currencyFromStripe(currency: string): string {
  return currency.toUpperCase();
}

/** Cents stay cents (integer minor units); only the currency changes case. */
export function moneyFromStripe(amount: number, currency: string): Money {
  return money(amount, currencyFromStripe(currency));
}

/** Unix seconds → an ISO 8601 instant: `1772323200` → `2026-03-01T00:00:00Z`. */
export function isoFromUnix(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** An ISO 8601 instant or a Date → unix seconds, rounded down. */
export function unixFromIso(instant: string | Date): number {
  return Math.floor((typeof instant === 'string' ? Date.parse(instant) : instant.getTime()) / 1000);
}

/**
 * A limit from product metadata, where every value is a string: `"50000"` → `50000`,
 * `"unlimited"` → `null`. Anything else (a missing key, `"50k"`) becomes `NaN`, which the
 * boundary validation reports with the field's path instead of letting it pass as a number.
 */
export function limitFromMetadata(value: string | undefined): number | null {
  if (value === 'unlimited') return null;
  return value === undefined || value.trim() === '' ? Number.NaN : Number(value);
}

/** `"zendesk,freshdesk"` → `['zendesk', 'freshdesk']`; an empty or missing value → `[]`. */
export function listFromMetadata(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Meter event names → the contract's metrics. */
const metricOfEvent: Record<string, UsageMetric> = {
  conversations: 'conversations',
  documents: 'documents',
  assistants: 'assistants',
  seats: 'seats',
  ai_tokens: 'aiTokens',
};

/** Product metadata keys of the limits → the contract's limit fields. */
const limitKeys: Record<keyof PlanLimits, string> = {
  conversations: 'limits.conversations',
  documents: 'limits.documents',
  assistants: 'limits.assistants',
  seats: 'limits.seats',
  aiTokens: 'limits.ai_tokens',
};

function subscriptionStatusFromStripe(status: StripeSubscription['status']): SubscriptionStatus {
  switch (status) {
    case 'trialing':
    case 'active':
    case 'past_due':
    case 'canceled':
    case 'incomplete':
      return status;
    case 'unpaid':
    case 'paused':
      // Payments are not being collected: the customer has to fix the payment method.
      return 'past_due';
    case 'incomplete_expired':
      return 'canceled';
    default:
      status satisfies never;
      return 'incomplete';
  }
}

function cardBrandFromStripe(brand: string): CardBrand {
  return brand === 'visa' || brand === 'mastercard' || brand === 'amex' ? brand : 'other';
}

function addressLines(address: StripeAddress | null): string[] {
  if (!address) return [];
  return [address.line1, address.line2, `${address.postal_code} ${address.city}`].filter(
    (line): line is string => Boolean(line),
  );
}

/* -------------------------------------------------------------------------------------------------
 * Errors: Stripe's error object → BillingError
 * -----------------------------------------------------------------------------------------------*/

/** Maps what the backend threw to the one error type the contract allows. */
export function toBillingError(error: unknown): BillingError {
  if (isBillingError(error)) return error;
  if (!(error instanceof StripeShapedError)) {
    return new BillingError('unknown', { message: String(error), cause: error });
  }
  const options = { message: error.message, cause: error };
  switch (error.type) {
    case 'card_error': {
      const details = { declineCode: error.decline_code ?? error.code ?? null };
      if (error.code === 'expired_card') return new BillingError('card_expired', { ...options, details });
      if (error.decline_code === 'insufficient_funds')
        return new BillingError('insufficient_funds', { ...options, details });
      if (error.code === 'authentication_required' || error.decline_code === 'authentication_required')
        return new BillingError('authentication_required', { ...options, details });
      return new BillingError('payment_declined', { ...options, details });
    }
    case 'invalid_request_error':
      return error.code === 'resource_missing'
        ? new BillingError('not_found', { ...options, details: { param: error.param ?? null } })
        : new BillingError('unknown', options);
    case 'idempotency_error':
      return error.code === 'idempotency_key_in_use'
        ? new BillingError('network', { ...options, details: { reason: 'idempotency_key_in_use' } })
        : new BillingError('unknown', { ...options, details: { reason: 'idempotency_key_reused' } });
    case 'rate_limit_error':
      return new BillingError('rate_limited', options);
    case 'authentication_error':
      return new BillingError('unauthorized', options);
    case 'api_error':
      return new BillingError('unknown', { ...options, retryable: true });
    default:
      error.type satisfies never;
      return new BillingError('unknown', options);
  }
}

/** A read: stops with the AbortError when `signal` is aborted, before or after the request. */
async function read<Result>(
  signal: AbortSignal | undefined,
  request: () => Promise<Result>,
): Promise<Result> {
  signal?.throwIfAborted();
  let result: Result;
  try {
    result = await request();
  } catch (error) {
    signal?.throwIfAborted();
    throw toBillingError(error);
  }
  // The client takes no signal: a read aborted meanwhile still answers with the AbortError.
  signal?.throwIfAborted();
  return result;
}

/**
 * A write under an idempotency key. Stripe answers a second request with the same key that arrives
 * while the first is running with `idempotency_key_in_use`; waiting and asking again returns the
 * first result, which is what the contract wants for simultaneous calls.
 */
async function write<Result>(request: () => Promise<Result>): Promise<Result> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await request();
    } catch (error) {
      const inUse = error instanceof StripeShapedError && error.code === 'idempotency_key_in_use';
      if (!inUse || attempt >= 6) throw toBillingError(error);
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt));
    }
  }
}

/* -------------------------------------------------------------------------------------------------
 * createStripeShapedProvider
 * -----------------------------------------------------------------------------------------------*/

/** The plans, with the Stripe price behind each plan and interval. */
interface Catalog {
  plans: Plan[];
  priceOf(planId: string, interval: BillingInterval): StripePrice | undefined;
  priceById(priceId: string): StripePrice | undefined;
}

/** What a change to `planId` at `interval` would do: shared by `previewChange` and `changePlan`. */
interface PlanChangeDecision {
  target: Plan;
  price: StripePrice;
  subscription: StripeSubscription;
  item: StripeSubscriptionItem;
  kind: ChangeKind;
  /** `now`: applied at once and prorated; `period_end`: scheduled; `none`: nothing changes. */
  timing: 'now' | 'period_end' | 'none';
  blockers: DowngradeBlocker[];
}

export function createStripeShapedProvider(options: StripeShapedProviderOptions): StripeShapedDataProvider {
  const { stripe, customerId, seller } = options;
  const now = options.now ?? (() => new Date());

  /* ---------------------------------------------------------------------------------------------
   * getCatalog: one Stripe product per plan, its monthly and yearly prices, limits in metadata
   * -------------------------------------------------------------------------------------------*/

  async function loadCatalog(signal?: AbortSignal): Promise<Catalog> {
    const prices: StripePrice[] = [];
    let startingAfter: string | undefined;
    do {
      const page = await read(signal, () =>
        stripe.prices.list({
          active: true,
          expand: ['data.product'],
          limit: 100,
          ...(startingAfter ? { starting_after: startingAfter } : {}),
        }),
      );
      prices.push(...page.data);
      startingAfter = page.has_more ? page.data.at(-1)?.id : undefined;
    } while (startingAfter);

    const byProduct = new Map<string, { product: StripeProduct; prices: StripePrice[] }>();
    for (const price of prices) {
      if (typeof price.product === 'string' || !price.product.active) continue;
      const entry = byProduct.get(price.product.id) ?? { product: price.product, prices: [] };
      entry.prices.push(price);
      byProduct.set(price.product.id, entry);
    }
    const plans = [...byProduct.values()]
      .map(({ product, prices: productPrices }) => toPlan(product, productPrices))
      .filter((plan): plan is Plan => plan !== null)
      .sort((a, b) => a.tierRank - b.tierRank || a.name.localeCompare(b.name));
    return {
      plans,
      priceOf: (planId, interval) =>
        prices.find((price) => productId(price) === planId && price.recurring.interval === interval),
      priceById: (priceId) => prices.find((price) => price.id === priceId),
    };
  }

  /** A product and its prices as a Plan; `null` without a monthly price, which every plan needs. */
  function toPlan(product: StripeProduct, prices: StripePrice[]): Plan | null {
    const month = prices.find((price) => price.recurring.interval === 'month');
    const year = prices.find((price) => price.recurring.interval === 'year');
    if (!month) return null;
    const metadata = product.metadata;
    const availability = toAvailability(metadata);
    return {
      id: product.id,
      name: product.name,
      family: metadata.family ?? '',
      tierRank: Number(metadata.tier_rank),
      prices: {
        month: moneyFromStripe(month.unit_amount, month.currency),
        ...(year ? { year: moneyFromStripe(year.unit_amount, year.currency) } : {}),
      },
      limits: {
        conversations: limitFromMetadata(metadata[limitKeys.conversations]),
        documents: limitFromMetadata(metadata[limitKeys.documents]),
        assistants: limitFromMetadata(metadata[limitKeys.assistants]),
        seats: limitFromMetadata(metadata[limitKeys.seats]),
        aiTokens: limitFromMetadata(metadata[limitKeys.aiTokens]),
      },
      features: listFromMetadata(metadata.features),
      integrations: listFromMetadata(metadata.integrations),
      ...(availability ? { availability } : {}),
    };
  }

  function toAvailability(metadata: StripeMetadata): Plan['availability'] | undefined {
    const configurations = metadata['availability.assistant_configurations'];
    const regions = metadata['availability.regions'];
    const from = metadata['availability.starts_at'];
    const until = metadata['availability.ends_at'];
    if (!configurations && !regions && !from && !until) return undefined;
    return {
      ...(configurations ? { assistantConfigurations: listFromMetadata(configurations) } : {}),
      ...(regions ? { regions: listFromMetadata(regions).map((region) => region.toUpperCase()) } : {}),
      ...(from || until
        ? {
            window: {
              ...(from ? { startsAt: isoFromUnix(Number(from)) } : {}),
              ...(until ? { endsAt: isoFromUnix(Number(until)) } : {}),
            },
          }
        : {}),
    };
  }

  function productId(price: StripePrice): string {
    return typeof price.product === 'string' ? price.product : price.product.id;
  }

  /* ---------------------------------------------------------------------------------------------
   * getSubscription: the newest subscription, its first item, and a schedule for a downgrade
   * -------------------------------------------------------------------------------------------*/

  async function loadSubscription(signal?: AbortSignal): Promise<StripeSubscription | null> {
    const list = await read(signal, () => stripe.subscriptions.list({ customer: customerId, limit: 1 }));
    return list.data[0] ?? null;
  }

  function firstItem(subscription: StripeSubscription): StripeSubscriptionItem {
    const item = subscription.items.data[0];
    if (!item) throw new BillingError('unknown', { message: `${subscription.id} has no items` });
    return item;
  }

  async function toSubscription(
    subscription: StripeSubscription,
    catalog: Catalog,
    signal?: AbortSignal,
  ): Promise<Subscription> {
    const item = firstItem(subscription);
    let scheduledChange: Subscription['scheduledChange'] = null;
    if (subscription.schedule) {
      const scheduleId = subscription.schedule;
      const schedule = await read(signal, () => stripe.subscriptionSchedules.retrieve(scheduleId));
      const next = schedule.phases.find((phase) => phase.start_date === item.current_period_end);
      const price = next?.items[0] ? catalog.priceById(next.items[0].price) : undefined;
      if (schedule.status === 'active' && next && price) {
        scheduledChange = {
          planId: productId(price),
          interval: price.recurring.interval,
          effectiveAt: isoFromUnix(next.start_date),
        };
      }
    }
    return {
      id: subscription.id,
      planId: productId(item.price),
      interval: item.price.recurring.interval,
      status: subscriptionStatusFromStripe(subscription.status),
      currentPeriod: {
        start: isoFromUnix(item.current_period_start),
        end: isoFromUnix(item.current_period_end),
      },
      billingAnchor: isoFromUnix(subscription.billing_cycle_anchor),
      scheduledChange,
    };
  }

  /* ---------------------------------------------------------------------------------------------
   * getAccount: the customer's metadata, and usage from the meters over the usage period
   * -------------------------------------------------------------------------------------------*/

  async function loadUsage(start: number, end: number, signal?: AbortSignal): Promise<Usage> {
    const meters = await read(signal, () => stripe.billing.meters.list());
    const usage: Usage = {};
    for (const meter of meters.data) {
      const metric = metricOfEvent[meter.event_name];
      if (!metric) continue;
      const summaries = await read(signal, () =>
        stripe.billing.meters.listEventSummaries(meter.id, {
          customer: customerId,
          start_time: start,
          end_time: end,
        }),
      );
      const [summary] = summaries.data;
      if (summary) usage[metric] = summary.aggregated_value;
    }
    return usage;
  }

  async function loadAccount(signal?: AbortSignal): Promise<AccountContext> {
    const [customer, stripeSubscription] = await Promise.all([
      read(signal, () => stripe.customers.retrieve(customerId)),
      loadSubscription(signal),
    ]);
    const metadata = customer.metadata;
    const at = now();
    // Usage counts over the current period; on an annual plan over its current month.
    const period = stripeSubscription
      ? usagePeriodAt(
          {
            interval: firstItem(stripeSubscription).price.recurring.interval,
            currentPeriod: {
              start: isoFromUnix(firstItem(stripeSubscription).current_period_start),
              end: isoFromUnix(firstItem(stripeSubscription).current_period_end),
            },
            billingAnchor: isoFromUnix(stripeSubscription.billing_cycle_anchor),
          },
          at,
        )
      : {
          start: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)),
          end: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)),
        };
    const usage = await loadUsage(unixFromIso(period.start), unixFromIso(period.end), signal);
    const trialStart = stripeSubscription?.trial_start ?? null;
    const trialEnd = stripeSubscription?.trial_end ?? null;
    const trialUsage =
      trialStart !== null && trialEnd !== null
        ? {
            start: isoFromUnix(trialStart),
            end: isoFromUnix(trialEnd),
            usage: await loadUsage(trialStart, trialEnd, signal),
          }
        : null;
    return {
      agentTemplate: metadata.agent_template ?? null,
      integrations: listFromMetadata(metadata.integrations),
      country: customer.address?.country.toUpperCase() ?? null,
      assistantConfiguration: metadata.assistant_configuration ?? null,
      trialUsage,
      usage,
      featuresInUse: listFromMetadata(metadata.features_in_use),
    };
  }

  /* ---------------------------------------------------------------------------------------------
   * previewChange and changePlan: one decision, by the rules of each change kind
   * -------------------------------------------------------------------------------------------*/

  async function decide(
    planId: string,
    interval: BillingInterval,
    signal?: AbortSignal,
  ): Promise<PlanChangeDecision & { catalog: Catalog }> {
    const [catalog, subscription, account] = await Promise.all([
      loadCatalog(signal),
      loadSubscription(signal),
      loadAccount(signal),
    ]);
    const target = catalog.plans.find((plan) => plan.id === planId);
    const price = catalog.priceOf(planId, interval);
    if (!target || !price) {
      throw new BillingError('not_found', {
        message: `No plan ${planId} (${interval})`,
        details: { planId },
      });
    }
    const availability = checkAvailability(target, account, now());
    if (!availability.available) {
      throw new BillingError('plan_unavailable', {
        message: `${target.name} is not available to this account`,
        details: { planId, reasons: availability.reasons },
      });
    }
    // This example's customer always has a subscription; a first one would go through
    // `subscriptions.create` (or a Checkout session), previewed as an upgrade from now.
    if (!subscription || subscription.status === 'canceled') {
      throw new BillingError('not_found', {
        message: 'There is no subscription to change',
        details: { reason: 'no_subscription' },
      });
    }
    const item = firstItem(subscription);
    const current = catalog.plans.find((plan) => plan.id === productId(item.price));
    if (!current) {
      throw new BillingError('unknown', {
        message: `The current plan ${productId(item.price)} is not in the catalog`,
      });
    }
    const kind = classifyChange(
      { plan: current, interval: item.price.recurring.interval },
      { plan: target, interval },
    );
    const timing =
      kind === 'same'
        ? 'none'
        : kind === 'upgrade' || (kind === 'interval_change' && interval === 'year')
          ? 'now'
          : 'period_end';
    const blockers = kind === 'same' ? [] : checkDowngrade(target, account, current).blockers;
    return { catalog, target, price, subscription, item, kind, timing, blockers };
  }

  async function preview(
    planId: string,
    interval: BillingInterval,
    signal?: AbortSignal,
  ): Promise<PlanChangePreview> {
    return previewOf(await decide(planId, interval, signal), signal);
  }

  async function previewOf(
    decision: PlanChangeDecision & { catalog: Catalog },
    signal?: AbortSignal,
  ): Promise<PlanChangePreview> {
    const { price, item, kind, timing, blockers } = decision;
    const { id: planId } = decision.target;
    const interval = price.recurring.interval;
    const zero = moneyFromStripe(0, price.currency);
    if (timing === 'none') {
      return {
        planId,
        interval,
        kind,
        effectiveAt: isoFromUnix(unixFromIso(now())),
        lines: [],
        amountDue: zero,
        blockers,
      };
    }
    if (timing === 'period_end') {
      // The same string as `currentPeriod.end`: the kit compares them as strings.
      const effectiveAt = isoFromUnix(item.current_period_end);
      return { planId, interval, kind, effectiveAt, lines: [], amountDue: zero, blockers };
    }
    const upcoming = await read(signal, () =>
      stripe.invoices.createPreview({
        customer: customerId,
        subscription: decision.subscription.id,
        subscription_details: {
          items: [{ id: item.id, price: price.id }],
          proration_behavior: 'always_invoice',
        },
      }),
    );
    const lines = upcoming.lines.data.map(toPreviewLine);
    // Stripe's `amount_due` includes tax and the customer's balance; the contract's is the sum of
    // the lines, tax excluded, never below zero.
    const sum = lines.reduce((total, line) => total + line.amount.amount, 0);
    return {
      planId,
      interval,
      kind,
      effectiveAt: isoFromUnix(upcoming.created),
      lines,
      amountDue: moneyFromStripe(Math.max(0, sum), upcoming.currency),
      blockers,
    };
  }

  function toPreviewLine(line: StripeInvoiceLine): PreviewLine {
    if (!line.price) throw new BillingError('unknown', { message: `Preview line ${line.id} has no price` });
    return {
      kind: line.amount < 0 ? 'credit' : 'charge',
      amount: moneyFromStripe(line.amount, line.currency),
      planId: productId(line.price),
      interval: line.price.recurring.interval,
      period: { start: isoFromUnix(line.period.start), end: isoFromUnix(line.period.end) },
    };
  }

  async function change(
    planId: string,
    interval: BillingInterval,
    expectedAmountDue: Money,
    idempotencyKey: string,
  ): Promise<ChangePlanResult> {
    const decision = await decide(planId, interval);
    const { catalog, price, subscription, item, timing, blockers } = decision;
    const [blocker] = blockers;
    if (blocker) {
      throw new BillingError(blocker.code, {
        message: `${decision.target.name} cannot be chosen yet`,
        details: { blockers },
      });
    }
    // Nothing to charge or change: also what the replay of an applied change finds, which must
    // answer as the first call did, whatever amount that one was confirmed at.
    if (timing === 'none') {
      return { status: 'complete', subscription: await toSubscription(subscription, catalog) };
    }
    // Charge what the customer saw, or nothing. Stripe prorates to the second: on a live account,
    // remember when each preview was made and pass it as `proration_date` to the preview and the
    // update alike, so a confirmation a minute later still charges the previewed amount.
    const { amountDue } = await previewOf(decision);
    if (amountDue.amount !== expectedAmountDue.amount || amountDue.currency !== expectedAmountDue.currency) {
      throw new BillingError('amount_changed', {
        message: `The change would charge ${amountDue.amount} ${amountDue.currency}`,
        details: { expectedAmountDue, amountDue },
      });
    }
    if (timing === 'period_end') {
      // One write carries the contract's key: a reused key with other parameters is refused by
      // the backend before anything changes.
      await write(() =>
        stripe.subscriptionSchedules.create(
          {
            from_subscription: subscription.id,
            end_behavior: 'release',
            phases: [
              {
                start_date: item.current_period_start,
                end_date: item.current_period_end,
                items: [{ price: item.price.id, quantity: item.quantity }],
              },
              {
                start_date: item.current_period_end,
                end_date: null,
                items: [{ price: price.id, quantity: 1 }],
              },
            ],
          },
          { idempotencyKey },
        ),
      );
      const updated = await loadSubscription();
      if (!updated) throw new BillingError('unknown', { message: 'The subscription disappeared' });
      return { status: 'complete', subscription: await toSubscription(updated, catalog) };
    }
    const updated = await write(() =>
      stripe.subscriptions.update(
        subscription.id,
        {
          items: [{ id: item.id, price: price.id }],
          proration_behavior: 'always_invoice',
          // A payment that needs 3-D Secure leaves the change pending instead of failing.
          payment_behavior: 'pending_if_incomplete',
          expand: ['latest_invoice.payment_intent'],
        },
        { idempotencyKey },
      ),
    );
    if (updated.pending_update) {
      const invoice = typeof updated.latest_invoice === 'object' ? updated.latest_invoice : null;
      const actionUrl = invoice?.payment_intent?.next_action?.redirect_to_url.url;
      if (!actionUrl)
        throw new BillingError('authentication_required', { message: 'The payment needs the customer' });
      return { status: 'requires_action', actionUrl };
    }
    return { status: 'complete', subscription: await toSubscription(updated, catalog) };
  }

  /* ---------------------------------------------------------------------------------------------
   * Invoices: Stripe's list object pages with `has_more` and `starting_after`
   * -------------------------------------------------------------------------------------------*/

  function toInvoice(invoice: StripeInvoice): Invoice {
    const currency = currencyFromStripe(invoice.currency);
    const amount = (cents: number) => money(cents, currency);
    return {
      id: invoice.id,
      number: invoice.number ?? invoice.id,
      status: invoice.status,
      issuedAt: isoFromUnix(invoice.created),
      ...(invoice.due_date !== null ? { dueAt: isoFromUnix(invoice.due_date) } : {}),
      currency,
      seller,
      customer: {
        name: invoice.customer_name,
        addressLines: addressLines(invoice.customer_address),
        country: invoice.customer_address?.country.toUpperCase() ?? '',
        vatId: invoice.customer_tax_ids[0]?.value ?? null,
      },
      // Stripe embeds the first lines only; an invoice with more needs `invoices.listLineItems`.
      lines: invoice.lines.data.map((line) => toInvoiceLine(line, currency)),
      subtotal: amount(invoice.subtotal),
      taxes: invoice.total_tax_amounts.map((tax) => ({
        name: tax.tax_rate.display_name,
        ratePercent: tax.tax_rate.percentage,
        taxableAmount: amount(tax.taxable_amount),
        amount: amount(tax.amount),
      })),
      total: amount(invoice.total),
      amountPaid: amount(invoice.amount_paid),
      amountDue: amount(invoice.amount_due),
      reverseCharge: invoice.customer_tax_exempt === 'reverse',
    };
  }

  function toInvoiceLine(line: StripeInvoiceLine, currency: string): InvoiceLine {
    // `amount` must be `unitAmount × quantity`: a proration line's price is the full price, so
    // its unit amount is the line's own amount.
    const divisible = line.quantity > 0 && line.amount % line.quantity === 0;
    const quantity = divisible ? line.quantity : 1;
    return {
      id: line.id,
      kind: line.proration
        ? 'proration'
        : line.metadata.kind === 'overage'
          ? 'overage'
          : line.price
            ? 'subscription'
            : 'other',
      description: line.description,
      quantity,
      unitAmount: money(line.amount / quantity, currency),
      amount: money(line.amount, currency),
      period: { start: isoFromUnix(line.period.start), end: isoFromUnix(line.period.end) },
    };
  }

  async function findInvoice(invoiceId: string, signal?: AbortSignal): Promise<StripeInvoice> {
    const invoice = await read(signal, () => stripe.invoices.retrieve(invoiceId));
    // Another customer's invoice, or a draft the customer has not been sent, is not theirs to see.
    if (invoice.customer !== customerId || invoice.status === 'draft') {
      throw new BillingError('not_found', { message: `No invoice ${invoiceId}`, details: { invoiceId } });
    }
    return invoice;
  }

  /* ---------------------------------------------------------------------------------------------
   * Payment methods: the default is on the customer, not on the method
   * -------------------------------------------------------------------------------------------*/

  async function loadPaymentMethods(signal?: AbortSignal): Promise<PaymentMethod[]> {
    const [customer, list] = await Promise.all([
      read(signal, () => stripe.customers.retrieve(customerId)),
      read(signal, () => stripe.paymentMethods.list({ customer: customerId, limit: 100 })),
    ]);
    const defaultId = customer.invoice_settings.default_payment_method;
    const methods: PaymentMethod[] = [];
    for (const method of list.data) {
      const mapped = await toPaymentMethod(method, method.id === defaultId, signal);
      if (mapped) methods.push(mapped);
    }
    return methods;
  }

  /** `null` for a type the components do not show (e.g. PayPal). */
  async function toPaymentMethod(
    method: StripePaymentMethod,
    isDefault: boolean,
    signal?: AbortSignal,
  ): Promise<PaymentMethod | null> {
    if (method.type === 'card' && method.card) {
      return {
        type: 'card',
        id: method.id,
        isDefault,
        brand: cardBrandFromStripe(method.card.brand),
        last4: method.card.last4,
        expMonth: method.card.exp_month,
        expYear: method.card.exp_year,
      };
    }
    if (method.type === 'sepa_debit' && method.sepa_debit) {
      const mandateId = method.sepa_debit.mandate;
      const mandate = await read(signal, () => stripe.mandates.retrieve(mandateId));
      return {
        type: 'sepa_debit',
        id: method.id,
        isDefault,
        ibanLast4: method.sepa_debit.last4,
        mandateReference: mandate.payment_method_details.sepa_debit.reference,
      };
    }
    if (method.type === 'customer_balance') return { type: 'bank_transfer', id: method.id, isDefault };
    return null;
  }

  async function findPaymentMethod(paymentMethodId: string): Promise<StripePaymentMethod> {
    const method = await read(undefined, () => stripe.paymentMethods.retrieve(paymentMethodId));
    if (method.customer !== customerId) {
      throw new BillingError('not_found', {
        message: `No payment method ${paymentMethodId}`,
        details: { paymentMethodId },
      });
    }
    return method;
  }

  /* ---------------------------------------------------------------------------------------------
   * The contract
   * -------------------------------------------------------------------------------------------*/

  return {
    getCatalog: async ({ signal }) => (await loadCatalog(signal)).plans,

    async getSubscription({ signal }) {
      const [subscription, catalog] = await Promise.all([loadSubscription(signal), loadCatalog(signal)]);
      return subscription ? toSubscription(subscription, catalog, signal) : null;
    },

    getAccount: ({ signal }) => loadAccount(signal),

    previewChange: ({ planId, interval, signal }) => preview(planId, interval, signal),

    changePlan: ({ planId, interval, expectedAmountDue, idempotencyKey }) =>
      change(planId, interval, expectedAmountDue, idempotencyKey),

    async cancelScheduledChange({ idempotencyKey }) {
      const [subscription, catalog] = await Promise.all([loadSubscription(), loadCatalog()]);
      if (!subscription) throw new BillingError('not_found', { message: 'There is no subscription' });
      const scheduleId = subscription.schedule;
      if (!scheduleId) return toSubscription(subscription, catalog);
      await write(() => stripe.subscriptionSchedules.release(scheduleId, { idempotencyKey }));
      const updated = await loadSubscription();
      if (!updated) throw new BillingError('unknown', { message: 'The subscription disappeared' });
      return toSubscription(updated, catalog);
    },

    async listInvoices({ cursor, limit, signal }): Promise<InvoicePage> {
      const page = await read(signal, () =>
        stripe.invoices.list({
          customer: customerId,
          limit: Math.min(100, Math.max(1, Math.floor(limit))),
          ...(cursor !== null ? { starting_after: cursor } : {}),
        }),
      );
      // The cursor is the last invoice of the page, drafts included, so the next page follows on.
      const last = page.data.at(-1);
      return {
        data: page.data.filter((invoice) => invoice.status !== 'draft').map(toInvoice),
        nextCursor: page.has_more && last ? last.id : null,
      };
    },

    getInvoice: async ({ invoiceId, signal }) => toInvoice(await findInvoice(invoiceId, signal)),

    async getInvoicePdf({ invoiceId, signal }) {
      const invoice = await findInvoice(invoiceId, signal);
      if (!invoice.invoice_pdf) {
        throw new BillingError('not_found', {
          message: `Invoice ${invoiceId} has no PDF yet`,
          details: { invoiceId },
        });
      }
      return { type: 'url', url: invoice.invoice_pdf };
    },

    listPaymentMethods: ({ signal }) => loadPaymentMethods(signal),

    async startAddPaymentMethod({ type, idempotencyKey }): Promise<StartAddPaymentMethodResult> {
      if (type === 'bank_transfer') {
        throw new BillingError('plan_unavailable', {
          message: 'Bank transfer is arranged with sales',
          details: { reason: 'bank_transfer_not_offered' },
        });
      }
      const intent = await write(() =>
        stripe.setupIntents.create(
          { customer: customerId, payment_method_types: [type], usage: 'off_session' },
          { idempotencyKey },
        ),
      );
      // The host's payment form (Stripe Elements) confirms the setup with the client secret.
      return { type: 'host_form', token: intent.client_secret };
    },

    async setDefaultPaymentMethod({ paymentMethodId, idempotencyKey }) {
      await findPaymentMethod(paymentMethodId);
      await write(() =>
        stripe.customers.update(
          customerId,
          { invoice_settings: { default_payment_method: paymentMethodId } },
          { idempotencyKey },
        ),
      );
      return loadPaymentMethods();
    },

    async removePaymentMethod({ paymentMethodId, idempotencyKey }) {
      await findPaymentMethod(paymentMethodId);
      const [customer, subscription] = await Promise.all([
        read(undefined, () => stripe.customers.retrieve(customerId)),
        loadSubscription(),
      ]);
      const paid =
        subscription !== null &&
        subscription.status !== 'canceled' &&
        firstItem(subscription).price.unit_amount > 0;
      if (customer.invoice_settings.default_payment_method === paymentMethodId && paid) {
        throw new BillingError('payment_method_required', {
          message: 'The default payment method pays for the subscription',
          details: { paymentMethodId },
        });
      }
      await write(() => stripe.paymentMethods.detach(paymentMethodId, { idempotencyKey }));
      return loadPaymentMethods();
    },

    // contactSales is left out: without it the enterprise card offers the host's own contact link.
  };
}
