import {
  addMoney,
  BillingError,
  type BillingInterval,
  checkAvailability,
  effectivePrice,
  type Money,
  multiplyMoney,
  type PlanChangeCalculation,
  type PlanChangePreview,
  previewPlanChange,
  type Subscription,
  usagePeriodAt,
} from '../../core';
import { type BillingDataProvider, type ChangePlanResult, expectedAmountDueOf } from '../../provider';
import { subscriptionLineName } from './build-invoice';
import type { RunCall } from './memory-calls';
import type { MemoryDataProvider } from './memory-data-provider-options';
import { chargeDefaultPaymentMethod } from './memory-payment-methods';
import { type MemoryStore, startUsagePeriod } from './memory-store';
import { vatTreatment } from './vat';

type PlanMethods = Pick<
  MemoryDataProvider,
  'getCatalog' | 'getSubscription' | 'getAccount' | 'previewChange' | 'changePlan' | 'cancelScheduledChange'
>;

type ChangePlanParams = Parameters<BillingDataProvider['changePlan']>[0];

/**
 * How long the amount of a preview holds: a change confirmed within this time of its preview is
 * prorated as of the preview (as Stripe's `proration_date` does), so the customer is charged the
 * amount they saw although proration moves with every second.
 */
const QUOTE_VALIDITY_MS = 30 * 60 * 1000;

/** The catalog, the account and the subscription, with plan changes by core's rules. */
export function memoryPlanMethods(store: MemoryStore, run: RunCall): PlanMethods {
  const { state } = store;
  /** When each change (`planId:interval`) was last previewed. */
  const quotes = new Map<string, Date>();
  return {
    getCatalog: (params) => run('getCatalog', params, () => state.plans),
    getSubscription: (params) =>
      run('getSubscription', params, () => {
        store.settle();
        return state.subscription;
      }),
    getAccount: (params) => run('getAccount', params, () => state.account),
    previewChange: (params) =>
      run('previewChange', params, () => {
        const calculation = planChange(store, params.planId, params.interval);
        quotes.set(`${params.planId}:${params.interval}`, store.now());
        return withTaxAndRenewal(store, calculation);
      }),
    changePlan: (params) =>
      run('changePlan', params, () =>
        applyChange(store, params, quotes.get(`${params.planId}:${params.interval}`)),
      ),
    cancelScheduledChange: (params) =>
      run('cancelScheduledChange', params, () => {
        store.settle();
        const subscription = state.subscription;
        if (!subscription) throw new BillingError('not_found', { message: 'There is no subscription' });
        subscription.scheduledChange = null;
        return subscription;
      }),
  };
}

/** The subscription a change starts from; a canceled one counts as none. */
function activeSubscription(store: MemoryStore): Subscription | null {
  const subscription = store.state.subscription;
  return subscription?.status === 'canceled' ? null : subscription;
}

/** What a plan change would do at `now`; `previewChange` shows it and `changePlan` applies it. */
function planChange(
  store: MemoryStore,
  planId: string,
  interval: BillingInterval,
  now = store.now(),
): PlanChangeCalculation {
  store.settle();
  const target = store.findPlan(planId);
  const availability = checkAvailability(target, store.state.account, now);
  if (!availability.available) {
    throw new BillingError('plan_unavailable', {
      message: `${target.name} is not available to this account`,
      details: { planId, reasons: availability.reasons },
    });
  }
  const subscription = activeSubscription(store);
  const current = subscription && { plan: store.findPlan(subscription.planId), subscription };
  return previewPlanChange({ current, target, interval, account: store.state.account, now });
}

/**
 * The preview with the tax on the amount due, by the invoices' VAT rules (none outside the EU), and
 * the renewal at the end of the period the change leaves, at the price then.
 */
function withTaxAndRenewal(
  store: MemoryStore,
  { preview, period }: PlanChangeCalculation,
): PlanChangePreview {
  const target = store.findPlan(preview.planId);
  const nextRenewal = { at: period.end, amount: effectivePrice(target, preview.interval, period.end).price };
  const treatment = vatTreatment(store.state.seller, store.state.customer);
  if (!treatment.taxed) return { ...preview, nextRenewal };
  const tax = multiplyMoney(preview.amountDue, treatment.basisPoints, 10_000);
  return { ...preview, tax, total: addMoney(preview.amountDue, tax), nextRenewal };
}

function applyChange(
  store: MemoryStore,
  params: ChangePlanParams,
  quotedAt: Date | undefined,
): ChangePlanResult {
  const { planId, interval } = params;
  const expected = expectedAmountDueOf(params);
  const asOfNow = planChange(store, planId, interval);
  const target = store.findPlan(planId);
  const [blocker] = asOfNow.preview.blockers;
  if (blocker) {
    throw new BillingError(blocker.code, {
      message: `${target.name} cannot be chosen yet`,
      details: { blockers: asOfNow.preview.blockers },
    });
  }
  const subscription = activeSubscription(store);
  // Nothing to charge or change: also what the replay of an applied change finds.
  if (subscription && asOfNow.timing === 'none') return { status: 'complete', subscription };
  const { preview, timing, period } = chargedAsConfirmed(store, asOfNow, expected, quotedAt);
  if (subscription && timing === 'end_of_period') {
    subscription.scheduledChange = { planId, interval, effectiveAt: preview.effectiveAt };
    return { status: 'complete', subscription };
  }
  chargeDefaultPaymentMethod(store, preview.amountDue);
  const current = subscription && store.findPlan(subscription.planId);
  const names = { credit: `Unused time on ${current?.name}`, charge: `Remaining time on ${target.name}` };
  store.addInvoice(
    preview.lines.map((line) => ({
      kind: subscription ? 'proration' : 'subscription',
      description: subscription ? names[line.kind] : subscriptionLineName(target, interval),
      quantity: 1,
      unitAmount: line.amount,
      period: line.period,
    })),
    preview.effectiveAt,
    preview.amountDue.currency,
  );
  const next: Subscription = {
    id: subscription?.id ?? store.nextId('sub'),
    planId,
    interval,
    status: 'active',
    currentPeriod: period,
    billingAnchor:
      subscription && subscription.interval === interval ? subscription.billingAnchor : preview.effectiveAt,
    scheduledChange: null,
  };
  if (subscription && period.start !== subscription.currentPeriod.start) {
    const finished = usagePeriodAt(subscription, preview.effectiveAt);
    startUsagePeriod(store, { start: finished.start.toISOString(), end: period.start });
  }
  store.state.subscription = next;
  return { status: 'complete', subscription: next };
}

/**
 * The change as it charges the amount the customer confirmed: as of now, or as of the preview they
 * saw while it holds. Any other amount is refused with `amount_changed` and nothing is applied.
 */
function chargedAsConfirmed(
  store: MemoryStore,
  asOfNow: PlanChangeCalculation,
  expected: Money,
  quotedAt: Date | undefined,
): PlanChangeCalculation {
  if (sameMoney(asOfNow.preview.amountDue, expected)) return asOfNow;
  const { planId, interval } = asOfNow.preview;
  if (quotedAt && store.now().getTime() - quotedAt.getTime() <= QUOTE_VALIDITY_MS) {
    const quoted = planChange(store, planId, interval, quotedAt);
    if (sameMoney(quoted.preview.amountDue, expected)) return quoted;
  }
  const { amountDue } = asOfNow.preview;
  throw new BillingError('amount_changed', {
    message: `The change would charge ${amountDue.amount} ${amountDue.currency}, not the ${expected.amount} ${expected.currency} confirmed`,
    details: { expectedAmountDue: expected, amountDue },
  });
}

function sameMoney(a: Money, b: Money): boolean {
  return a.amount === b.amount && a.currency === b.currency;
}
