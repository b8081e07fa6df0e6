import {
  BillingError,
  type BillingInterval,
  checkAvailability,
  type PlanChangeCalculation,
  previewPlanChange,
  type Subscription,
} from '../../core';
import type { ChangePlanResult } from '../../provider';
import { subscriptionLineName } from './build-invoice';
import type { RunCall } from './memory-calls';
import type { MemoryDataProvider } from './memory-data-provider-options';
import { chargeDefaultPaymentMethod } from './memory-payment-methods';
import type { MemoryStore } from './memory-store';

type PlanMethods = Pick<
  MemoryDataProvider,
  'getCatalog' | 'getSubscription' | 'getAccount' | 'previewChange' | 'changePlan' | 'cancelScheduledChange'
>;

/** The catalog, the account and the subscription, with plan changes by core's rules. */
export function memoryPlanMethods(store: MemoryStore, run: RunCall): PlanMethods {
  const { state } = store;
  return {
    getCatalog: (params) => run('getCatalog', params, () => state.plans),
    getSubscription: (params) =>
      run('getSubscription', params, () => {
        store.settle();
        return state.subscription;
      }),
    getAccount: (params) => run('getAccount', params, () => state.account),
    previewChange: (params) =>
      run('previewChange', params, () => planChange(store, params.planId, params.interval).preview),
    changePlan: (params) =>
      run('changePlan', params, () => applyChange(store, params.planId, params.interval)),
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

/** What a plan change would do; `previewChange` shows it and `changePlan` applies it. */
function planChange(store: MemoryStore, planId: string, interval: BillingInterval): PlanChangeCalculation {
  store.settle();
  const now = store.now();
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

function applyChange(store: MemoryStore, planId: string, interval: BillingInterval): ChangePlanResult {
  const { preview, timing, period } = planChange(store, planId, interval);
  const target = store.findPlan(planId);
  const [blocker] = preview.blockers;
  if (blocker) {
    throw new BillingError(blocker.code, {
      message: `${target.name} cannot be chosen yet`,
      details: { blockers: preview.blockers },
    });
  }
  const subscription = activeSubscription(store);
  if (subscription && timing === 'none') return { status: 'complete', subscription };
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
  store.state.subscription = next;
  return { status: 'complete', subscription: next };
}
