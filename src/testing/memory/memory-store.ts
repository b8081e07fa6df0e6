import {
  BillingError,
  type BillingInterval,
  effectivePrice,
  type Invoice,
  type InvoiceLine,
  type Money,
  nextBillingDate,
  type PaymentMethod,
  type Plan,
  type Usage,
  type UsageMetric,
  usagePeriodAt,
} from '../../core';
import { createDemoBillingData } from '../demo/create-demo-billing-data';
import { buildInvoice, subscriptionLineName } from './build-invoice';
import type { MemoryBillingData } from './memory-billing-data';

/** The memory backend's data, its clock, and the lookups and records every method shares. */
export interface MemoryStore {
  /** Mutated in place by the methods; copied before anything leaves the provider. */
  state: MemoryBillingData;
  now(): Date;
  /** A new id, `${prefix}_m0042`, never one issued before. */
  nextId(prefix: string): string;
  findPlan(planId: string): Plan;
  findInvoice(invoiceId: string): Invoice;
  findPaymentMethod(paymentMethodId: string): PaymentMethod;
  /** Issues a paid invoice, newest first. */
  addInvoice(lines: Omit<InvoiceLine, 'amount' | 'id'>[], issuedAt: string, currency: string): void;
  /** Renews every period that has ended by `now`, applying a scheduled change on the way. */
  settle(): void;
}

export function createMemoryStore(given: Partial<MemoryBillingData>, now: () => Date): MemoryStore {
  const state = initialState(given);
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
  const nextNumber = () => {
    sequence += 1;
    return String(sequence).padStart(4, '0');
  };

  const store: MemoryStore = {
    state,
    now,
    nextId: (prefix) => `${prefix}_m${nextNumber()}`,
    findPlan: (planId) => find(state.plans, planId, 'plan', { planId }),
    findInvoice: (invoiceId) => find(state.invoices, invoiceId, 'invoice', { invoiceId }),
    findPaymentMethod: (paymentMethodId) =>
      find(state.paymentMethods, paymentMethodId, 'payment method', { paymentMethodId }),
    addInvoice(lines, issuedAt, currency) {
      const number = nextNumber();
      const id = `in_m${number}`;
      state.invoices.unshift(
        buildInvoice({
          id,
          number: `SK-${issuedAt.slice(0, 4)}-M${number}`,
          status: 'paid',
          issuedAt,
          currency,
          seller: state.seller,
          customer: state.customer,
          lines: lines.map((line, index) => ({ ...line, id: `${id}_${index + 1}` })),
        }),
      );
    },
    settle: () => settle(store),
  };
  return store;
}

/** The price of `plan` for a period that starts `at` (a campaign running then applies). */
export function priceOf(plan: Plan, interval: BillingInterval, at: string | Date): Money {
  return effectivePrice(plan, interval, at).price;
}

/** The given data, with what is missing taken from the demo data; deep-copied. */
function initialState(given: Partial<MemoryBillingData>): MemoryBillingData {
  const defaults = Object.keys(given).length < 7 ? createDemoBillingData() : null;
  return structuredClone({
    plans: given.plans ?? defaults?.plans ?? [],
    subscription: given.subscription !== undefined ? given.subscription : (defaults?.subscription ?? null),
    account: given.account ?? defaults?.account ?? {},
    invoices: given.invoices ?? defaults?.invoices ?? [],
    paymentMethods: given.paymentMethods ?? defaults?.paymentMethods ?? [],
    seller: given.seller ?? (defaults?.seller as MemoryBillingData['seller']),
    customer: given.customer ?? (defaults?.customer as MemoryBillingData['customer']),
  });
}

function find<Item extends { id: string }>(
  items: Item[],
  id: string,
  what: string,
  details: Record<string, string>,
): Item {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new BillingError('not_found', { message: `No ${what} ${id}`, details });
  return item;
}

function settle(store: MemoryStore): void {
  const subscription = store.state.subscription;
  const time = store.now().getTime();
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
    const finished = usagePeriodAt(subscription, new Date(Date.parse(start) - 1));
    startUsagePeriod(store, { start: finished.start.toISOString(), end: start });
    const period = {
      start,
      end: nextBillingDate(subscription.billingAnchor, start, subscription.interval).toISOString(),
    };
    subscription.currentPeriod = period;
    const plan = store.findPlan(subscription.planId);
    const price = priceOf(plan, subscription.interval, start);
    const description = subscriptionLineName(plan, subscription.interval);
    store.addInvoice(
      [{ kind: 'subscription', description, quantity: 1, unitAmount: price, period }],
      start,
      price.currency,
    );
  }
}

/**
 * A new period counts its own flows (conversations, AI tokens): they start at zero, and what the
 * finished period used becomes the previous period's usage. Stocks are held across periods.
 */
const FLOWS: readonly UsageMetric[] = ['conversations', 'aiTokens'];

export function startUsagePeriod(store: MemoryStore, finished: { start: string; end: string }): void {
  const usage = store.state.account.usage;
  if (!usage) return;
  const flows: Usage = {};
  for (const metric of FLOWS) {
    const used = usage[metric];
    if (used === undefined) continue;
    flows[metric] = used;
    usage[metric] = 0;
  }
  store.state.account.previousPeriodUsage = { ...finished, usage: flows };
}
