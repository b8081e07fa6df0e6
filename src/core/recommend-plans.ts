import { type AvailabilityReason, checkAvailability } from './check-availability';
import { divideRounded } from './money';
import { type ExpectedMonthlyCost, expectedMonthlyCost } from './plan-cost';
import { type ProjectedUsageSource, projectMonthlyUsage } from './recommendation-usage';
import type { Instant } from './time';
import {
  type AccountContext,
  type BillingInterval,
  flowMetrics,
  type Money,
  type Plan,
  type Usage,
  type UsageMetric,
  usageMetrics,
} from './types';

/** A plan weighed on cost: its name and id, the other plan, and the overage it expects. */
export interface OverageComparison {
  planId: string;
  planName: string;
  /** The overage expected a month at the needed usage (headroom included), in the plan's currency. */
  overage: Money;
  alternativePlanId: string;
  alternativePlanName: string;
}

/** A machine-readable reason; the UI turns `code` + `params` into a localised sentence. */
export type RecommendationReason =
  | { code: 'template_match'; params: { template: string; family: string } }
  | { code: 'integration_required'; params: { integration: string } }
  | { code: 'integration_missing'; params: { integration: string } }
  | {
      code: 'projected_usage';
      /** `source`: what the figure rests on (see `ProjectedUsageSource`). */
      params: { metric: UsageMetric; monthly: number; source: ProjectedUsageSource };
    }
  /** The plan with its overage costs less a month than the cheapest bigger plan (the alternative). */
  | { code: 'overage_cheaper'; params: OverageComparison }
  /** The plan with its overage would cost at least as much as the recommended one (the alternative). */
  | { code: 'overage_costlier'; params: OverageComparison }
  | { code: 'over_limit'; params: { metric: UsageMetric; needed: number; limit: number } }
  | { code: 'unavailable'; params: { reason: AvailabilityReason['code'] } }
  | { code: 'current_plan'; params: Record<string, never> }
  | { code: 'no_usage_data'; params: Record<string, never> };

/** One catalog plan with its score (0–100) and the reasons behind it. */
export interface RankedPlan {
  planId: string;
  score: number;
  /** Available, includes every required integration and holds the needed usage. */
  fits: boolean;
  reasons: RecommendationReason[];
}

export interface RecommendationBase {
  /** Every catalog plan, best first; fitting plans always come before the others. */
  ranked: RankedPlan[];
  /** Why this outcome, for the context message. */
  reasons: RecommendationReason[];
  /** Usage per month projected from the trial (flows) and current holdings (stocks). */
  projectedUsage: Usage;
  /** `projectedUsage` with headroom on flows: what a plan must hold to fit. */
  needs: Usage;
}

/** The primary suggestion: a catalog plan, or `enterprise` (contact sales) when nothing fits. */
export type Recommendation =
  | (RecommendationBase & { outcome: 'plan'; planId: string })
  | (RecommendationBase & { outcome: 'enterprise'; planId: null });

export interface RecommendPlansOptions {
  /**
   * Spare capacity required on flows (conversations, AI tokens), as a fraction.
   * @default 0.15
   */
  headroom?: number;
  /** Agent template → plan family, when they are not spelt the same. */
  templateFamilies?: Readonly<Record<string, string>>;
  /**
   * The prices weighed: monthly, or annual prices per month.
   * @default 'month'
   */
  interval?: BillingInterval;
}

export interface RecommendPlansInput {
  catalog: readonly Plan[];
  account: AccountContext;
  /** Needed for availability (campaign windows) and for a trial that is still running. */
  now: Instant;
  currentPlanId?: string | null;
  /**
   * The month `account.usage` was counted over (`usagePeriodAt` of the subscription). With it,
   * flows used so far are projected to its end and weigh like trial usage (the larger counts);
   * without it, only stocks are taken from `account.usage`.
   */
  usagePeriod?: { start: Instant; end: Instant };
  options?: RecommendPlansOptions;
}

const FIT_SCORE = 60;
const TEMPLATE_SCORE = 25;
const ECONOMY_SCORE = 15;
const COVERAGE_SCORE = 20;

/**
 * Ranks the catalog for an account from the three factors of the product page: the agent template
 * (plans of the matching family score higher), connected integrations (a plan lacking one that the
 * catalog offers does not fit) and trial usage projected to a month (with headroom). The smallest
 * fitting plan of the template's family wins (the README explains the scoring). A plan that prices
 * usage above its limits (`overage`) and holds every other need (hard limits, integrations, the
 * features in use) fits too when its expected monthly cost (price + overage at the needed usage)
 * is below that of every bigger plan that holds the need (`overage_cheaper`); plans are weighed on
 * that cost. Pure and deterministic: ties break on cost, tier rank, then id, so catalog order never
 * matters. Costs are weighed only against costs in the same currency: a catalog in several
 * currencies ranks each currency's plans as a catalog of that currency alone would.
 */
export function recommendPlans(input: RecommendPlansInput): Recommendation {
  const { catalog, account } = input;
  const template = account.agentTemplate || null;
  const family = template && (input.options?.templateFamilies?.[template] ?? template);
  // Integrations no plan lists cannot tell plans apart, so they never make a plan unfit.
  const required = [...new Set(account.integrations)].filter((integration) =>
    catalog.some((plan) => plan.integrations.includes(integration)),
  );
  const { projectedUsage, sources } = projectMonthlyUsage({
    account,
    now: input.now,
    usagePeriod: input.usagePeriod,
  });
  const needs = withHeadroom(projectedUsage, input.options?.headroom ?? 0.15);
  const assessed = catalog.map((plan) => assessPlan(plan, input, family, template, required, needs));
  weighOverage(assessed);
  const cheapestFit = new Map<string, number>();
  for (const { fits, currency, price } of assessed) {
    if (fits) cheapestFit.set(currency, Math.min(cheapestFit.get(currency) ?? price, price));
  }
  for (const entry of assessed) {
    // Fitting plans score 60–100 and others at most 45, so a fitting plan always ranks first.
    const economy = entry.price > 0 ? (cheapestFit.get(entry.currency) ?? 0) / entry.price : 1;
    entry.score = Math.round(
      (entry.templateMatch ? TEMPLATE_SCORE : 0) +
        (entry.fits ? FIT_SCORE + ECONOMY_SCORE * economy : COVERAGE_SCORE * entry.coverage),
    );
  }
  assessed.sort(
    (a, b) =>
      b.score - a.score ||
      compareText(a.currency, b.currency) ||
      a.price - b.price ||
      a.plan.tierRank - b.plan.tierRank ||
      compareText(a.plan.id, b.plan.id),
  );

  const ranked: RankedPlan[] = assessed.map((entry) => ({
    planId: entry.plan.id,
    score: entry.score,
    fits: entry.fits,
    reasons: entry.reasons,
  }));
  const reasons: RecommendationReason[] = [];
  for (const metric of flowMetrics) {
    const monthly = projectedUsage[metric];
    const source = sources[metric];
    if (monthly !== undefined && source !== undefined)
      reasons.push({ code: 'projected_usage', params: { metric, monthly, source } });
  }
  if (!account.trialUsage && !account.usage) reasons.push({ code: 'no_usage_data', params: {} });
  const best = assessed[0];
  if (best?.fits) {
    reasons.push(...best.reasons.filter((reason) => OUTCOME_REASONS.includes(reason.code)));
    const costlier = costlierWithOverage(assessed, best);
    if (costlier) reasons.push({ code: 'overage_costlier', params: costlier });
    return { outcome: 'plan', planId: best.plan.id, ranked, reasons, projectedUsage, needs };
  }
  reasons.push(...beyondCatalog(assessed, needs));
  return { outcome: 'enterprise', planId: null, ranked, reasons, projectedUsage, needs };
}

/** The recommended plan's own reasons that explain the outcome. */
const OUTCOME_REASONS: readonly RecommendationReason['code'][] = [
  'template_match',
  'integration_required',
  'overage_cheaper',
];

/** Flows with headroom on top (rounded up); stocks as they are. */
function withHeadroom(projectedUsage: Usage, headroom: number): Usage {
  const headroomBasisPoints = Math.round(Math.max(0, headroom) * 10_000);
  const needs: Usage = {};
  for (const metric of usageMetrics) {
    const projected = projectedUsage[metric];
    if (projected === undefined) continue;
    needs[metric] = flowMetrics.includes(metric)
      ? divideRounded(projected * (10_000 + headroomBasisPoints), 10_000, 'ceil')
      : projected;
  }
  return needs;
}

/** Nothing fits: the needs no available plan in the catalog can hold. */
function beyondCatalog(assessed: readonly Assessment[], needs: Usage): RecommendationReason[] {
  const reasons: RecommendationReason[] = [];
  for (const metric of usageMetrics) {
    const needed = needs[metric];
    if (needed === undefined) continue;
    let largest = 0;
    for (const entry of assessed) {
      const limit = entry.plan.limits[metric];
      if (entry.available) largest = limit === null ? Number.POSITIVE_INFINITY : Math.max(largest, limit);
    }
    if (needed > largest) reasons.push({ code: 'over_limit', params: { metric, needed, limit: largest } });
  }
  return reasons;
}

interface Assessment {
  plan: Plan;
  /** The expected monthly cost (price + overage at the needs), weighed only against its `currency`. */
  price: number;
  currency: string;
  cost: ExpectedMonthlyCost;
  fits: boolean;
  /** Holds every need but usage above limits that it prices: fits when that costs less. */
  holdsWithOverage: boolean;
  available: boolean;
  templateMatch: boolean;
  /** 0–1: how much of the need a non-fitting plan covers, halved per kind of misfit. */
  coverage: number;
  score: number;
  reasons: RecommendationReason[];
}

function assessPlan(
  plan: Plan,
  input: RecommendPlansInput,
  family: string | null,
  template: string | null,
  required: string[],
  needs: Usage,
): Assessment {
  const reasons: RecommendationReason[] = [];
  const templateMatch = family !== null && plan.family === family;
  if (templateMatch && template) reasons.push({ code: 'template_match', params: { template, family } });
  let missing = false;
  for (const integration of required) {
    const included = plan.integrations.includes(integration);
    missing ||= !included;
    reasons.push({
      code: included ? 'integration_required' : 'integration_missing',
      params: { integration },
    });
  }
  let capacity = 1;
  for (const metric of usageMetrics) {
    const needed = needs[metric];
    const limit = plan.limits[metric];
    if (needed === undefined || limit === null || needed <= limit) continue;
    capacity = Math.min(capacity, limit / needed);
    reasons.push({ code: 'over_limit', params: { metric, needed, limit } });
  }
  const availability = checkAvailability(plan, input.account, input.now);
  for (const reason of availability.reasons)
    reasons.push({ code: 'unavailable', params: { reason: reason.code } });
  if (plan.id === input.currentPlanId) reasons.push({ code: 'current_plan', params: {} });
  const cost = expectedMonthlyCost(plan, needs, input.options?.interval);
  const holdsSetup = availability.available && !missing;
  const featuresHeld = (input.account.featuresInUse ?? []).every((feature) =>
    plan.features.includes(feature),
  );
  return {
    plan,
    price: cost.total.amount,
    currency: cost.price.currency,
    cost,
    fits: holdsSetup && capacity === 1,
    holdsWithOverage:
      holdsSetup && featuresHeld && cost.hardLimitsExceeded.length === 0 && cost.overage.amount > 0,
    available: availability.available,
    templateMatch,
    coverage: capacity * (availability.available ? 1 : 0.5) * (missing ? 0.5 : 1),
    score: 0,
    reasons,
  };
}

/**
 * A plan that holds the needs only by charging overage fits when it costs less a month than every
 * bigger plan (a higher price, same currency) that holds them too; its `over_limit` reasons give way
 * to `overage_cheaper`, naming the cheapest of those. With no bigger plan to compare with, it does
 * not fit: what the overage would come to next to a plan the catalog lacks is unknown.
 */
function weighOverage(assessed: Assessment[]): void {
  for (const entry of assessed) {
    if (!entry.holdsWithOverage) continue;
    const alternative = cheapestBigger(assessed, entry);
    if (!alternative || entry.price >= alternative.price) continue;
    entry.fits = true;
    entry.reasons = entry.reasons.filter((reason) => reason.code !== 'over_limit');
    entry.reasons.push({ code: 'overage_cheaper', params: comparison(entry, alternative) });
  }
}

/** The bigger plan in `entry`'s currency that holds the needs (with its overage) at the lowest cost. */
function cheapestBigger(assessed: readonly Assessment[], entry: Assessment): Assessment | undefined {
  let cheapest: Assessment | undefined;
  for (const other of assessed) {
    if (other.currency !== entry.currency || !(other.fits || other.holdsWithOverage)) continue;
    if (other.cost.price.amount <= entry.cost.price.amount) continue;
    if (!cheapest || compareCost(other, cheapest) < 0) cheapest = other;
  }
  return cheapest;
}

/** The plan that would have held the needs with overage for less than `best`'s price, but costs more. */
function costlierWithOverage(assessed: readonly Assessment[], best: Assessment): OverageComparison | null {
  let closest: Assessment | undefined;
  for (const entry of assessed) {
    if (!entry.holdsWithOverage || entry.fits || entry.currency !== best.currency) continue;
    if (entry.cost.price.amount >= best.cost.price.amount) continue;
    if (!closest || compareCost(entry, closest) < 0) closest = entry;
  }
  return closest ? comparison(closest, best) : null;
}

function comparison(entry: Assessment, alternative: Assessment): OverageComparison {
  return {
    planId: entry.plan.id,
    planName: entry.plan.name,
    overage: entry.cost.overage,
    alternativePlanId: alternative.plan.id,
    alternativePlanName: alternative.plan.name,
  };
}

function compareCost(a: Assessment, b: Assessment): number {
  return a.price - b.price || a.plan.tierRank - b.plan.tierRank || compareText(a.plan.id, b.plan.id);
}

/** Code-unit order, the same in every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
