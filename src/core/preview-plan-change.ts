import { nextBillingDate } from './billing-cycle';
import { checkDowngrade, type DowngradeBlocker } from './check-downgrade';
import { type ChangeKind, classifyChange } from './classify-change';
import { effectivePrice } from './effective-price';
import { addMoney, money, sameCurrency } from './money';
import { prorate } from './prorate';
import { type Instant, toTime } from './time';
import type { AccountContext, BillingInterval, Money, Plan, Subscription } from './types';

/** One line of a change preview: credit for the unused time of the old plan, or charge for the new. */
export interface PreviewLine {
  kind: 'credit' | 'charge';
  /** Negative for a credit. */
  amount: Money;
  planId: string;
  interval: BillingInterval;
  /** The part of the billing period the line covers. */
  period: { start: string; end: string };
}

/** What a plan change would do, computed by the backend before the customer confirms. */
export interface PlanChangePreview {
  planId: string;
  interval: BillingInterval;
  kind: ChangeKind;
  /** When it takes effect: now for an upgrade, the end of the current period for a downgrade. */
  effectiveAt: string;
  /** Proration lines of an immediate change; empty for scheduled and same-plan changes. */
  lines: PreviewLine[];
  /** Charged when the customer confirms (tax excluded); zero for scheduled changes. */
  amountDue: Money;
  /** What stands in the way; the change can be confirmed only when this is empty. */
  blockers: DowngradeBlocker[];
  /** The tax on `amountDue`, when the provider computes it; given together with `total`. */
  tax?: Money | undefined;
  /** `amountDue + tax` in the same currency: what the confirmation charges, tax included. */
  total?: Money | undefined;
  /** When the subscription renews once the change applies, and for how much (tax excluded). */
  nextRenewal?: { at: string; amount: Money } | undefined;
}

/**
 * When a change applies: `immediate` (a first subscription, an upgrade, month to year),
 * `end_of_period` (a downgrade, year to month: scheduled) or `none` (the plan and interval held now).
 */
export type PlanChangeTiming = 'immediate' | 'end_of_period' | 'none';

export interface PreviewPlanChangeInput {
  /** The plan and subscription the account is on; `null` when it has none (or it was canceled). */
  current: { plan: Plan; subscription: Pick<Subscription, 'interval' | 'currentPeriod'> } | null;
  target: Plan;
  interval: BillingInterval;
  /** Usage, features and integrations in use: what may block a downgrade. */
  account: Pick<AccountContext, 'usage' | 'featuresInUse' | 'integrations'>;
  /** The instant the change would be confirmed. */
  now: Instant;
}

export interface PlanChangeCalculation {
  preview: PlanChangePreview;
  timing: PlanChangeTiming;
  /** The subscription's period once the change applies: a new one when it restarts the period. */
  period: { start: string; end: string };
}

/**
 * The preview a backend answers `previewChange` with, and what its `changePlan` applies. A first
 * subscription starts a period now and charges it in full. An upgrade applies now, prorated to the
 * second over the rest of the period; to another interval it starts a new period instead, with a
 * credit for the unused time and a full charge. A downgrade or a move from year to month is
 * scheduled for the end of the period and charges nothing. Blockers are listed for every change but
 * the same plan; availability is the caller's check (`checkAvailability`). A change to a plan priced
 * in another currency is refused (`currency_mismatch`): its prices cannot be weighed.
 */
export function previewPlanChange(input: PreviewPlanChangeInput): PlanChangeCalculation {
  const { current, target, interval } = input;
  const at = new Date(toTime(input.now));
  const instant = at.toISOString();
  const price = effectivePrice(target, interval, at).price;
  const freshPeriod = { start: instant, end: nextBillingDate(at, at, interval).toISOString() };
  const preview = (
    kind: ChangeKind,
    effectiveAt: string,
    lines: PreviewLine[],
    amountDue: Money,
    blockers: DowngradeBlocker[],
  ): PlanChangePreview => ({ planId: target.id, interval, kind, effectiveAt, lines, amountDue, blockers });
  if (!current) {
    const lines = [previewLine('charge', price, target, interval, freshPeriod)];
    return {
      preview: preview('upgrade', instant, lines, price, []),
      timing: 'immediate',
      period: freshPeriod,
    };
  }
  const { plan, subscription } = current;
  const currentPrice = effectivePrice(plan, subscription.interval, subscription.currentPeriod.start).price;
  sameCurrency(currentPrice, price);
  const kind = classifyChange({ plan, interval: subscription.interval }, { plan: target, interval });
  const blockers = kind === 'same' ? [] : checkDowngrade(target, input.account, plan).blockers;
  const timing = planChangeTiming(kind, interval);
  const period = subscription.currentPeriod;
  if (timing !== 'immediate') {
    const effectiveAt = timing === 'none' ? instant : period.end;
    return { preview: preview(kind, effectiveAt, [], money(0, price.currency), blockers), timing, period };
  }
  const sameInterval = interval === subscription.interval;
  const proration = prorate({
    currentPrice,
    newPrice: sameInterval ? price : money(0, price.currency),
    period,
    now: at,
  });
  const remaining = { start: instant, end: period.end };
  const credit = previewLine('credit', proration.credit, plan, subscription.interval, remaining);
  if (sameInterval) {
    const lines = [credit, previewLine('charge', proration.charge, target, interval, remaining)];
    return { preview: preview(kind, instant, lines, proration.amountDue, blockers), timing, period };
  }
  // Another interval starts a new period now: credit the unused time, charge a full period.
  const lines = [credit, previewLine('charge', price, target, interval, freshPeriod)];
  const amountDue = money(Math.max(0, addMoney(proration.credit, price).amount), price.currency);
  return { preview: preview(kind, instant, lines, amountDue, blockers), timing, period: freshPeriod };
}

/** When a change of `kind` to `interval` applies: now, at the end of the period, or not at all. */
export function planChangeTiming(kind: ChangeKind, interval: BillingInterval): PlanChangeTiming {
  if (kind === 'same') return 'none';
  return kind === 'upgrade' || (kind === 'interval_change' && interval === 'year')
    ? 'immediate'
    : 'end_of_period';
}

function previewLine(
  kind: PreviewLine['kind'],
  amount: Money,
  plan: Plan,
  interval: BillingInterval,
  period: PreviewLine['period'],
): PreviewLine {
  return { kind, amount, planId: plan.id, interval, period };
}
