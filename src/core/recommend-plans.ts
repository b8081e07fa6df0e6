import { type AvailabilityReason, checkAvailability } from './check-availability';
import { divideRounded } from './money';
import { type Instant, toTime } from './time';
import {
  type AccountContext,
  flowMetrics,
  type Plan,
  type Usage,
  type UsageMetric,
  usageMetrics,
} from './types';
import { projectUsage } from './usage';

/** A machine-readable reason; the UI turns `code` + `params` into a localised sentence. */
export type RecommendationReason =
  | { code: 'template_match'; params: { template: string; family: string } }
  | { code: 'integration_required'; params: { integration: string } }
  | { code: 'integration_missing'; params: { integration: string } }
  | {
      code: 'projected_usage';
      /** `source`: projected from the trial, or from this period's usage so far (`usagePeriod`). */
      params: { metric: UsageMetric; monthly: number; source: 'trial' | 'period' };
    }
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

const DAY = 86_400_000;
/** A month is 30 days for projections: 9,800 conversations in 7 days ≈ 42,000 a month. */
const MONTH = 30 * DAY;
const FIT_SCORE = 60;
const TEMPLATE_SCORE = 25;
const ECONOMY_SCORE = 15;
const COVERAGE_SCORE = 20;

/**
 * Ranks the catalog for an account from the three factors of the product page: the agent template
 * (plans of the matching family score higher), connected integrations (a plan lacking one that the
 * catalog offers does not fit) and trial usage projected to a month (with headroom). The smallest
 * fitting plan of the template's family wins (the README explains the scoring). Pure and
 * deterministic: ties break on price, tier rank, then id, so catalog order never matters. Prices are
 * weighed only against prices in the same currency: a catalog in several currencies ranks each
 * currency's plans as a catalog of that currency alone would (ties across currencies go by code).
 */
export function recommendPlans(input: RecommendPlansInput): Recommendation {
  const { catalog, account } = input;
  const now = toTime(input.now);
  const template = account.agentTemplate || null;
  const family = template && (input.options?.templateFamilies?.[template] ?? template);
  // Integrations no plan lists cannot tell plans apart, so they never make a plan unfit.
  const required = [...new Set(account.integrations)].filter((integration) =>
    catalog.some((plan) => plan.integrations.includes(integration)),
  );
  const { projectedUsage, sources } = monthlyUsage(account, now, input.usagePeriod);
  const headroomBasisPoints = Math.round(Math.max(0, input.options?.headroom ?? 0.15) * 10_000);
  const needs: Usage = {};
  for (const metric of usageMetrics) {
    const projected = projectedUsage[metric];
    if (projected === undefined) continue;
    needs[metric] = flowMetrics.includes(metric)
      ? divideRounded(projected * (10_000 + headroomBasisPoints), 10_000, 'ceil')
      : projected;
  }

  const assessed = catalog.map((plan) => assessPlan(plan, input, family, template, required, needs));
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
    for (const reason of best.reasons) {
      if (reason.code === 'template_match' || reason.code === 'integration_required') reasons.push(reason);
    }
    return { outcome: 'plan', planId: best.plan.id, ranked, reasons, projectedUsage, needs };
  }
  // Nothing fits: say which needs no available plan in the catalog can hold.
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
  return { outcome: 'enterprise', planId: null, ranked, reasons, projectedUsage, needs };
}

interface Assessment {
  plan: Plan;
  /** The monthly price, weighed only against prices in its `currency`. */
  price: number;
  currency: string;
  fits: boolean;
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
  return {
    plan,
    price: plan.prices.month.amount,
    currency: plan.prices.month.currency,
    fits: availability.available && !missing && capacity === 1,
    available: availability.available,
    templateMatch,
    coverage: capacity * (availability.available ? 1 : 0.5) * (missing ? 0.5 : 1),
    score: 0,
    reasons,
  };
}

/**
 * Monthly usage: trial flows scaled from the trial's length (up to `now` if it is still running) to
 * 30 days (a trial shorter than a day counts as a day), or this period's flows projected to its end
 * when `usagePeriod` is known, whichever is larger; stocks (documents, assistants, seats) as held,
 * the larger of trial and current usage.
 */
function monthlyUsage(
  account: AccountContext,
  now: number,
  usagePeriod: RecommendPlansInput['usagePeriod'],
): { projectedUsage: Usage; sources: Partial<Record<UsageMetric, 'trial' | 'period'>> } {
  const period =
    usagePeriod && account.usage
      ? projectUsage({ usage: account.usage, period: usagePeriod, now: new Date(now) })
      : {};
  const projected: Usage = {};
  const sources: Partial<Record<UsageMetric, 'trial' | 'period'>> = {};
  const trial = account.trialUsage;
  const measured = trial ? Math.min(toTime(trial.end), now) - toTime(trial.start) : 0;
  // A trial shorter than a day counts as one day, so an hour of testing does not look like a flood.
  const trialLength = measured > 0 ? Math.max(measured, DAY) : 0;
  for (const metric of usageMetrics) {
    const flow = flowMetrics.includes(metric);
    const trialUsed = trial?.usage[metric];
    let value: number | undefined;
    if (trialUsed !== undefined && (!flow || trialLength > 0)) {
      value = flow ? Math.round((trialUsed * MONTH) / trialLength) : trialUsed;
      sources[metric] = 'trial';
    }
    const current = flow ? period[metric] : account.usage?.[metric];
    if (current !== undefined && (value === undefined || current > value)) {
      value = current;
      sources[metric] = 'period';
    }
    if (value !== undefined) projected[metric] = value;
  }
  return { projectedUsage: projected, sources };
}

/** Code-unit order, the same in every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
