import {
  BillingError,
  type BillingErrorCode,
  type ChangeKind,
  checkAvailability,
  checkDowngrade,
  classifyChange,
  type DowngradeBlocker,
  effectivePrice,
  money,
  nextBillingDate,
  prorate,
} from '../../core';
import type {
  AccountContext,
  BillingInterval,
  CardBrand,
  Invoice,
  InvoiceLine,
  InvoiceParty,
  Money,
  PaymentMethod,
  PaymentMethodType,
  Plan,
  Subscription,
} from '../../core/types';
import type { BillingDataProvider, PlanChangePreview, PreviewLine } from '../billing-data-provider';
import { type DataProviderMethod, dataProviderMethods } from '../data-provider-methods';
import { buildInvoice, renderInvoicePdf } from './build-invoice';
import { createDemoBillingData } from './demo-billing-data';

/* -------------------------------------------------------------------------------------------------
 * Types
 * -----------------------------------------------------------------------------------------------*/

/** Everything the memory backend holds for one account. */
export interface MemoryBillingData {
  plans: Plan[];
  subscription: Subscription | null;
  account: AccountContext;
  /** Newest first. */
  invoices: Invoice[];
  paymentMethods: PaymentMethod[];
  /** Who issues the invoices. */
  seller: InvoiceParty;
  /** Who the invoices are made out to; the country and VAT ID decide the VAT. */
  customer: InvoiceParty;
}

/**
 * A failure to inject: any `BillingErrorCode` (the method rejects with it), `timeout` (rejects
 * with a retryable `network` error whose `details.reason` is `timeout`; a write has been applied,
 * as when a response is lost), `malformed` (resolves with data that breaks the contract; a write
 * has been applied) or `requires_action` (`changePlan` resolves with a payment step and applies
 * nothing; other methods reject with `authentication_required`).
 */
export type MemoryFault = BillingErrorCode | 'timeout' | 'malformed' | 'requires_action';

/** A fault with options. */
export interface MemoryFaultRule {
  fault: MemoryFault;
  /** How many calls fail before the method works again; every call when absent. */
  times?: number | undefined;
  /** `details` of the BillingError, e.g. `{ blockers: […] }`. */
  details?: Record<string, unknown> | undefined;
}

/** One call the provider received, as passed to `onCall`. */
export interface MemoryDataProviderCall {
  method: DataProviderMethod;
  params: unknown;
}

export interface MemoryDataProviderOptions {
  /**
   * The initial data; missing keys come from the demo data (`createDemoBillingData()`: the
   * `supportTemplate` account). Deep-copied: the provider never mutates what you pass.
   */
  data?: Partial<MemoryBillingData> | undefined;
  /**
   * The clock every billing rule reads. Pass a fixed one in stories and tests.
   * @default () => new Date()
   */
  now?: (() => Date) | undefined;
  /**
   * Milliseconds each call waits before answering, for all methods or per method. A read whose
   * `signal` aborts meanwhile rejects with the signal's reason.
   * @default 0
   */
  delay?: number | Partial<Record<DataProviderMethod, number>> | undefined;
  /** Failures to inject per method, e.g. `{ changePlan: { fault: 'payment_declined', times: 1 } }`. */
  faults?: Partial<Record<DataProviderMethod, MemoryFault | MemoryFaultRule>> | undefined;
  /** Called synchronously on every contract call, replays included, before anything else. */
  onCall?: ((call: MemoryDataProviderCall) => void) | undefined;
}

/** What the host's own form sends when it finishes adding a payment method (all optional). */
export interface CompleteAddPaymentMethodParams {
  /** The token `startAddPaymentMethod` returned. */
  token: string;
  /** Card brand. @default 'visa' */
  brand?: CardBrand | undefined;
  /** Last four digits of the card or IBAN. @default '4242' for cards, '3000' for SEPA */
  last4?: string | undefined;
  expMonth?: number | undefined;
  /** @default three years after `now` */
  expYear?: number | undefined;
  /** Make it the default (it always is when there is no default yet). @default false */
  makeDefault?: boolean | undefined;
}

/** The memory provider: every contract method, plus controls for stories and tests. */
export interface MemoryDataProvider extends Required<BillingDataProvider> {
  /** Calls received per method, replays and failures included; live, starts at zero. */
  readonly calls: Readonly<Record<DataProviderMethod, number>>;
  /**
   * Finishes a `host_form` flow, as the payment service would once the host's form is submitted:
   * adds the method for `token` and resolves with the updated list. Rejects with `not_found` for
   * an unknown or used token.
   */
  completeAddPaymentMethod(params: CompleteAddPaymentMethodParams): Promise<PaymentMethod[]>;
  /** Sets or clears (`null`) the fault of one method from now on. */
  setFault(method: DataProviderMethod, fault: MemoryFault | MemoryFaultRule | null): void;
  /** A deep copy of the current data. */
  getData(): MemoryBillingData;
}

/** What a plan change would do; `previewChange` shows it and `changePlan` applies it. */
interface ChangePlanOutcome {
  preview: PlanChangePreview;
  target: Plan;
  current: Plan | null;
  immediate: boolean;
  newPeriod: { start: string; end: string };
}

/* -------------------------------------------------------------------------------------------------
 * createMemoryDataProvider
 * -----------------------------------------------------------------------------------------------*/

/**
 * A complete billing backend in memory, built on core's rules, for stories, tests and trying the
 * kit without a backend:
 * - upgrades apply at once, prorated to the second, and add an invoice with the proration lines,
 *   charged to the default payment method (`card_expired` when it is an expired card);
 * - downgrades are scheduled for the end of the period and can be cancelled; a blocked one
 *   rejects with `over_usage_limits` or `feature_in_use` and `details.blockers`; a plan the account
 *   cannot get rejects with `plan_unavailable` and `details.reasons`; a change of the same plan
 *   from month to year is immediate, from year to month scheduled; a period that ends (per `now`)
 *   renews, applying the scheduled change and issuing an invoice;
 * - invoices carry VAT by the customer's country (reverse charge for an EU business with a VAT ID
 *   outside the seller's country, none outside the EU); PDFs are real one-page files (Blobs);
 * - bank transfer only on enterprise plans (`plan_unavailable`, `details.reason`
 *   `bank_transfer_requires_enterprise`); the default method cannot be removed while a paid
 *   subscription needs it (`feature_in_use`, `details.reason` `default_payment_method_required`).
 *
 * Idempotency: a write whose key was already used returns a copy of the first result and changes
 * nothing; concurrent calls with one key share one attempt. A failed attempt is not remembered, so
 * a retry with the same key after fixing the payment method can succeed (nothing was applied by
 * the failure). Reusing a key with other parameters rejects with `unknown`
 * (`details.reason` `idempotency_key_reused`).
 */
export function createMemoryDataProvider(options: MemoryDataProviderOptions = {}): MemoryDataProvider {
  const now = options.now ?? (() => new Date());
  const given = options.data ?? {};
  const defaults = Object.keys(given).length < 7 ? createDemoBillingData() : null;
  const state: MemoryBillingData = structuredClone({
    plans: given.plans ?? defaults?.plans ?? [],
    subscription: given.subscription !== undefined ? given.subscription : (defaults?.subscription ?? null),
    account: given.account ?? defaults?.account ?? {},
    invoices: given.invoices ?? defaults?.invoices ?? [],
    paymentMethods: given.paymentMethods ?? defaults?.paymentMethods ?? [],
    seller: given.seller ?? (defaults?.seller as InvoiceParty),
    customer: given.customer ?? (defaults?.customer as InvoiceParty),
  });
  const calls = Object.fromEntries(dataProviderMethods.map((method) => [method, 0])) as Record<
    DataProviderMethod,
    number
  >;
  const faults = new Map<DataProviderMethod, MemoryFaultRule & { remaining: number }>();
  const ledger = new Map<string, { fingerprint: string; result: Promise<unknown> }>();
  const pendingForms = new Map<string, PaymentMethodType>();
  // Ids this provider makes (`in_m0042`) continue after any it made before, when its data is
  // seeded from another provider's `getData()`, so an id or invoice number is never issued twice.
  let sequence = Math.max(
    0,
    ...[
      ...state.invoices.map((invoice) => invoice.id),
      ...state.paymentMethods.map((method) => method.id),
      state.subscription?.id ?? '',
    ].map((id) => Number(/_m(\d+)$/.exec(id)?.[1] ?? 0)),
  );

  function setFault(method: DataProviderMethod, fault: MemoryFault | MemoryFaultRule | null): void {
    if (fault === null) {
      faults.delete(method);
      return;
    }
    const rule = typeof fault === 'string' ? { fault } : fault;
    faults.set(method, { ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }
  for (const [method, fault] of Object.entries(options.faults ?? {})) {
    if (fault) setFault(method as DataProviderMethod, fault);
  }

  function takeFault(method: DataProviderMethod): MemoryFaultRule | undefined {
    const rule = faults.get(method);
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) faults.delete(method);
    return rule;
  }

  /** Counting, delay, abort, faults and idempotency around one operation. */
  async function run<Result>(
    method: DataProviderMethod,
    params: { signal?: AbortSignal | undefined; idempotencyKey?: string },
    operation: () => Result,
  ): Promise<Result> {
    calls[method] += 1;
    options.onCall?.({ method, params });
    const { signal } = params;
    signal?.throwIfAborted();
    const delay = typeof options.delay === 'number' ? options.delay : (options.delay?.[method] ?? 0);
    if (delay > 0) await wait(delay, signal);
    const rule = takeFault(method);
    const fault = rule?.fault;
    if (fault === 'requires_action') {
      if (method === 'changePlan') {
        return {
          status: 'requires_action',
          actionUrl: 'https://payments.example.com/authenticate',
        } as Result;
      }
      throw new BillingError('authentication_required', { details: rule?.details });
    }
    if (fault !== undefined && fault !== 'timeout' && fault !== 'malformed') {
      throw new BillingError(fault, { message: `${method} failed (${fault})`, details: rule?.details ?? {} });
    }
    let result: unknown;
    if (params.idempotencyKey === undefined) {
      result = operation();
    } else {
      const { idempotencyKey, ...rest } = params;
      const key = `${method}\u0000${idempotencyKey}`;
      const fingerprint = JSON.stringify({ ...rest, meta: undefined });
      let entry = ledger.get(key);
      if (entry && entry.fingerprint !== fingerprint) {
        throw new BillingError('unknown', {
          message: `The idempotency key ${idempotencyKey} was used for another ${method} request`,
          details: { reason: 'idempotency_key_reused' },
        });
      }
      if (!entry) {
        entry = { fingerprint, result: Promise.resolve().then(operation) };
        ledger.set(key, entry);
        entry.result.catch(() => ledger.delete(key));
      }
      result = await entry.result;
    }
    if (fault === 'timeout') {
      throw new BillingError('network', { message: `${method} timed out`, details: { reason: 'timeout' } });
    }
    // A Blob is not cloned (and needs not be: it is immutable).
    const copy = method === 'getInvoicePdf' ? result : structuredClone(result);
    return (fault === 'malformed' ? corrupt(copy) : copy) as Result;
  }

  /* ---------------------------------------------------------------------------------------------
   * Rules
   * -------------------------------------------------------------------------------------------*/

  function findPlan(planId: string): Plan {
    const plan = state.plans.find((candidate) => candidate.id === planId);
    if (!plan) throw new BillingError('not_found', { message: `No plan ${planId}`, details: { planId } });
    return plan;
  }

  function priceOf(plan: Plan, interval: BillingInterval, at: string | Date): Money {
    return effectivePrice(plan, interval, at).price;
  }

  function nextId(prefix: string): string {
    sequence += 1;
    return `${prefix}_m${String(sequence).padStart(4, '0')}`;
  }

  function addInvoice(lines: Omit<InvoiceLine, 'amount' | 'id'>[], issuedAt: string, currency: string): void {
    const id = nextId('in');
    state.invoices.unshift(
      buildInvoice({
        id,
        number: `SK-${issuedAt.slice(0, 4)}-M${String(sequence).padStart(4, '0')}`,
        status: 'paid',
        issuedAt,
        currency,
        seller: state.seller,
        customer: state.customer,
        lines: lines.map((line, index) => ({ ...line, id: `${id}_${index + 1}` })),
      }),
    );
  }

  function intervalName(interval: BillingInterval): string {
    return interval === 'year' ? 'yearly' : 'monthly';
  }

  /** Renews every period that has ended by `now`, applying a scheduled change on the way. */
  function settle(): void {
    const subscription = state.subscription;
    const time = now().getTime();
    for (let renewals = 0; renewals < 1000; renewals += 1) {
      if (!subscription || subscription.status === 'canceled') return;
      const start = subscription.currentPeriod.end;
      if (Date.parse(start) > time) return;
      const change = subscription.scheduledChange;
      if (change) {
        if (change.interval !== subscription.interval) subscription.billingAnchor = start;
        subscription.planId = change.planId;
        subscription.interval = change.interval;
        subscription.scheduledChange = null;
      }
      const period = {
        start,
        end: nextBillingDate(subscription.billingAnchor, start, subscription.interval).toISOString(),
      };
      subscription.currentPeriod = period;
      const plan = findPlan(subscription.planId);
      const price = priceOf(plan, subscription.interval, start);
      addInvoice(
        [
          {
            kind: 'subscription',
            description: `${plan.name}, ${intervalName(subscription.interval)}`,
            quantity: 1,
            unitAmount: price,
            period,
          },
        ],
        start,
        price.currency,
      );
    }
  }

  function planChange(planId: string, interval: BillingInterval): ChangePlanOutcome {
    settle();
    const at = now();
    const instant = at.toISOString();
    const target = findPlan(planId);
    const availability = checkAvailability(target, state.account, at);
    if (!availability.available) {
      throw new BillingError('plan_unavailable', {
        message: `${target.name} is not available to this account`,
        details: { planId, reasons: availability.reasons },
      });
    }
    const subscription = state.subscription?.status === 'canceled' ? null : state.subscription;
    const price = priceOf(target, interval, at);
    const line = (
      kind: PreviewLine['kind'],
      amount: Money,
      plan: Plan,
      lineInterval: BillingInterval,
      period: PreviewLine['period'],
    ): PreviewLine => ({
      kind,
      amount,
      planId: plan.id,
      interval: lineInterval,
      period,
    });
    const freshPeriod = { start: instant, end: nextBillingDate(at, at, interval).toISOString() };
    if (!subscription) {
      return {
        preview: {
          planId,
          interval,
          kind: 'upgrade',
          effectiveAt: instant,
          lines: [line('charge', price, target, interval, freshPeriod)],
          amountDue: price,
          blockers: [],
        },
        target,
        current: null,
        immediate: true,
        newPeriod: freshPeriod,
      };
    }
    const current = findPlan(subscription.planId);
    const kind: ChangeKind = classifyChange(
      { plan: current, interval: subscription.interval },
      { plan: target, interval },
    );
    const immediate = kind === 'upgrade' || (kind === 'interval_change' && interval === 'year');
    const blockers: DowngradeBlocker[] =
      kind === 'same' ? [] : checkDowngrade(target, state.account, current).blockers;
    const zero = money(0, price.currency);
    const outcome = { target, current, immediate, newPeriod: subscription.currentPeriod };
    if (!immediate) {
      const effectiveAt = kind === 'same' ? instant : subscription.currentPeriod.end;
      return {
        ...outcome,
        preview: { planId, interval, kind, effectiveAt, lines: [], amountDue: zero, blockers },
      };
    }
    const currentPrice = priceOf(current, subscription.interval, subscription.currentPeriod.start);
    const remaining = { start: instant, end: subscription.currentPeriod.end };
    if (interval === subscription.interval) {
      const proration = prorate({
        currentPrice,
        newPrice: price,
        period: subscription.currentPeriod,
        now: at,
      });
      const lines = [
        line('credit', proration.credit, current, subscription.interval, remaining),
        line('charge', proration.charge, target, interval, remaining),
      ];
      return {
        ...outcome,
        preview: {
          planId,
          interval,
          kind,
          effectiveAt: instant,
          lines,
          amountDue: proration.amountDue,
          blockers,
        },
      };
    }
    // Another interval starts a new period now: credit the unused time, charge a full period.
    const { credit } = prorate({ currentPrice, newPrice: zero, period: subscription.currentPeriod, now: at });
    const lines = [
      line('credit', credit, current, subscription.interval, remaining),
      line('charge', price, target, interval, freshPeriod),
    ];
    const amountDue = money(Math.max(0, credit.amount + price.amount), price.currency);
    return {
      ...outcome,
      newPeriod: freshPeriod,
      preview: { planId, interval, kind, effectiveAt: instant, lines, amountDue, blockers },
    };
  }

  /** Charges the default method; rejects with a payment code when it cannot pay. */
  function charge(amount: Money): void {
    if (amount.amount <= 0) return;
    const method = state.paymentMethods.find((candidate) => candidate.isDefault);
    if (!method) {
      throw new BillingError('payment_declined', {
        message: 'There is no default payment method',
        details: { reason: 'no_payment_method' },
      });
    }
    const at = now();
    if (
      method.type === 'card' &&
      method.expYear * 12 + method.expMonth < at.getUTCFullYear() * 12 + at.getUTCMonth() + 1
    ) {
      throw new BillingError('card_expired', { details: { paymentMethodId: method.id } });
    }
  }

  function applyChange(planId: string, interval: BillingInterval) {
    const change = planChange(planId, interval);
    const { preview, target, current } = change;
    const [blocker] = preview.blockers;
    if (blocker) {
      throw new BillingError(blocker.code, {
        message: `${target.name} cannot be chosen yet`,
        details: { blockers: preview.blockers },
      });
    }
    const subscription = state.subscription?.status === 'canceled' ? null : state.subscription;
    if (subscription && preview.kind === 'same') return { status: 'complete' as const, subscription };
    if (subscription && !change.immediate) {
      subscription.scheduledChange = { planId, interval, effectiveAt: preview.effectiveAt };
      return { status: 'complete' as const, subscription };
    }
    charge(preview.amountDue);
    const names = { credit: `Unused time on ${current?.name}`, charge: `Remaining time on ${target.name}` };
    addInvoice(
      preview.lines.map((line) => ({
        kind: subscription ? 'proration' : 'subscription',
        description: subscription ? names[line.kind] : `${target.name}, ${intervalName(interval)}`,
        quantity: 1,
        unitAmount: line.amount,
        period: line.period,
      })),
      preview.effectiveAt,
      preview.amountDue.currency,
    );
    const next: Subscription = {
      id: subscription?.id ?? nextId('sub'),
      planId,
      interval,
      status: 'active',
      currentPeriod: change.newPeriod,
      billingAnchor:
        subscription && subscription.interval === interval ? subscription.billingAnchor : preview.effectiveAt,
      scheduledChange: null,
    };
    state.subscription = next;
    return { status: 'complete' as const, subscription: next };
  }

  function findPaymentMethod(paymentMethodId: string): PaymentMethod {
    const method = state.paymentMethods.find((candidate) => candidate.id === paymentMethodId);
    if (!method) {
      throw new BillingError('not_found', {
        message: `No payment method ${paymentMethodId}`,
        details: { paymentMethodId },
      });
    }
    return method;
  }

  function requireBankTransferPlan(type: PaymentMethodType): void {
    const plan = state.subscription
      ? state.plans.find((candidate) => candidate.id === state.subscription?.planId)
      : undefined;
    if (type === 'bank_transfer' && plan?.family !== 'enterprise') {
      throw new BillingError('plan_unavailable', {
        message: 'Bank transfer is available on enterprise plans only',
        details: { reason: 'bank_transfer_requires_enterprise' },
      });
    }
  }

  function findInvoice(invoiceId: string): Invoice {
    const invoice = state.invoices.find((candidate) => candidate.id === invoiceId);
    if (!invoice)
      throw new BillingError('not_found', { message: `No invoice ${invoiceId}`, details: { invoiceId } });
    return invoice;
  }

  /* ---------------------------------------------------------------------------------------------
   * The contract
   * -------------------------------------------------------------------------------------------*/

  const provider: MemoryDataProvider = {
    calls,
    setFault,
    getData: () => structuredClone(state),

    getCatalog: (params) => run('getCatalog', params, () => state.plans),
    getSubscription: (params) =>
      run('getSubscription', params, () => {
        settle();
        return state.subscription;
      }),
    getAccount: (params) => run('getAccount', params, () => state.account),
    previewChange: (params) =>
      run('previewChange', params, () => planChange(params.planId, params.interval).preview),
    changePlan: (params) => run('changePlan', params, () => applyChange(params.planId, params.interval)),
    cancelScheduledChange: (params) =>
      run('cancelScheduledChange', params, () => {
        settle();
        const subscription = state.subscription;
        if (!subscription) throw new BillingError('not_found', { message: 'There is no subscription' });
        subscription.scheduledChange = null;
        return subscription;
      }),
    listInvoices: (params) =>
      run('listInvoices', params, () => {
        settle();
        let start = 0;
        if (params.cursor !== null) {
          const index = state.invoices.findIndex((invoice) => `after:${invoice.id}` === params.cursor);
          if (index < 0) throw new BillingError('not_found', { message: `Unknown cursor ${params.cursor}` });
          start = index + 1;
        }
        const limit = Math.min(100, Math.max(1, Math.floor(params.limit) || 1));
        const data = state.invoices.slice(start, start + limit);
        const last = data[data.length - 1];
        const nextCursor = last && start + limit < state.invoices.length ? `after:${last.id}` : null;
        return { data, nextCursor };
      }),
    getInvoice: (params) => run('getInvoice', params, () => findInvoice(params.invoiceId)),
    getInvoicePdf: (params) =>
      run('getInvoicePdf', params, () => {
        const invoice = findInvoice(params.invoiceId);
        const blob = new Blob([renderInvoicePdf(invoice)], { type: 'application/pdf' });
        return { type: 'blob' as const, blob, fileName: `${invoice.number}.pdf` };
      }),
    listPaymentMethods: (params) => run('listPaymentMethods', params, () => state.paymentMethods),
    startAddPaymentMethod: (params) =>
      run('startAddPaymentMethod', params, () => {
        requireBankTransferPlan(params.type);
        const token = nextId(`setup_${params.type}`);
        pendingForms.set(token, params.type);
        return { type: 'host_form' as const, token };
      }),
    setDefaultPaymentMethod: (params) =>
      run('setDefaultPaymentMethod', params, () => {
        const method = findPaymentMethod(params.paymentMethodId);
        requireBankTransferPlan(method.type);
        for (const candidate of state.paymentMethods) candidate.isDefault = candidate === method;
        return state.paymentMethods;
      }),
    removePaymentMethod: (params) =>
      run('removePaymentMethod', params, () => {
        settle();
        const method = findPaymentMethod(params.paymentMethodId);
        const subscription = state.subscription;
        const paid =
          subscription !== null &&
          subscription.status !== 'canceled' &&
          priceOf(findPlan(subscription.planId), subscription.interval, now()).amount > 0;
        if (method.isDefault && paid) {
          throw new BillingError('feature_in_use', {
            message: 'The default payment method pays for the subscription',
            details: { reason: 'default_payment_method_required', paymentMethodId: method.id },
          });
        }
        state.paymentMethods = state.paymentMethods.filter((candidate) => candidate !== method);
        return state.paymentMethods;
      }),
    contactSales: (params) => run('contactSales', params, () => ({ referenceId: nextId('SALES') })),

    async completeAddPaymentMethod(params) {
      const type = pendingForms.get(params.token);
      if (!type) throw new BillingError('not_found', { message: `Unknown or used token ${params.token}` });
      pendingForms.delete(params.token);
      const id = nextId(`pm_${type}`);
      const isDefault =
        params.makeDefault === true || !state.paymentMethods.some((method) => method.isDefault);
      if (isDefault) for (const method of state.paymentMethods) method.isDefault = false;
      const added: PaymentMethod =
        type === 'card'
          ? {
              type,
              id,
              isDefault,
              brand: params.brand ?? 'visa',
              last4: params.last4 ?? '4242',
              expMonth: params.expMonth ?? 12,
              expYear: params.expYear ?? now().getUTCFullYear() + 3,
            }
          : type === 'sepa_debit'
            ? { type, id, isDefault, ibanLast4: params.last4 ?? '3000', mandateReference: `SK-MANDATE-${id}` }
            : { type, id, isDefault, reference: `SK-TRANSFER-${id}` };
      state.paymentMethods.push(added);
      return structuredClone(state.paymentMethods);
    },
  };
  return provider;
}

/* -------------------------------------------------------------------------------------------------
 * Helpers
 * -----------------------------------------------------------------------------------------------*/

function wait(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Breaks a result the way a buggy backend would: a float amount, or a value of the wrong type. */
function corrupt(value: unknown): unknown {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    const candidate = item as { amount?: unknown; currency?: unknown };
    if (typeof candidate.amount === 'number' && typeof candidate.currency === 'string') {
      candidate.amount += 0.5;
      return value;
    }
    stack.push(...Object.values(item).reverse());
  }
  return Array.isArray(value) ? [...value, null] : 'malformed';
}
