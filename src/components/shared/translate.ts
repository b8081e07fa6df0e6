import type { TOptions } from 'i18next';
import type en from '../../../locales/en/subscription-kit.json';
import {
  formatMoney,
  type OverageComparison,
  type ProjectedUsageSource,
  type RecommendationReason,
} from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { useLibraryTranslation } from '../../react/use-library-translation';
import { formatNumber, roundForDisplay } from './format';

/*
 * The library's keys, derived from the English strings so that a misspelt key fails the typecheck.
 * Internal on purpose: the public `TranslationResource` stays a declared record, so declaration
 * files never carry a copy of the English file.
 */

type KeyPaths<Tree> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? Key : `${Key}.${KeyPaths<Tree[Key]>}`;
}[keyof Tree & string];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Plural forms are asked for by their base key with `count`. */
type WithoutPluralSuffix<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key;

type TranslationKey = WithoutPluralSuffix<KeyPaths<typeof en>>;

/**
 * Keys built from codes a provider or host defines (templates, integrations, features): there may be
 * no string for them, so a default is required.
 */
type OpenKey = `${'templates' | 'integrations' | 'features'}.${string}`;

interface Translate {
  (key: TranslationKey, options?: TOptions): string;
  (key: OpenKey, options: TOptions & { defaultValue: string }): string;
}

/** `useLibraryTranslation`'s `t`, typed by the English keys. */
function useTranslate(consumerName: string): Translate {
  return useLibraryTranslation(consumerName).t;
}

/** The provider's context with the typed `t`: what a part needs, in one call. */
function useKit(consumerName: string) {
  return { ...useSubscriptionKitContext(consumerName), t: useTranslate(consumerName) };
}

/** Integration codes are brand names; hosts can name them through `integrations.<code>` strings. */
function integrationName(code: string, t: Translate): string {
  return t(`integrations.${code}`, { defaultValue: code.charAt(0).toUpperCase() + code.slice(1) });
}

type ReasonCode = RecommendationReason['code'];
type ReasonOf<Code extends ReasonCode> = Extract<RecommendationReason, { code: Code }>;
type Describe<Code extends ReasonCode> = (
  reason: ReasonOf<Code>,
  t: Translate,
  locale: string,
) => string | null;

/** One sentence per reason code; reasons that only matter inside the ranking say nothing. */
const REASON_SENTENCES: { [Code in ReasonCode]: Describe<Code> } = {
  template_match: ({ params: { template } }, t) =>
    t('recommendations.reasons.template_match', {
      context: template,
      template: t(`templates.${template}`, { defaultValue: template }),
    }),
  integration_required: ({ params }, t) =>
    t('recommendations.reasons.integration_required', {
      integration: integrationName(params.integration, t),
    }),
  projected_usage: ({ params }, t, locale) => {
    // Usage so far is counted, not estimated: exact.
    const monthly = params.source === 'so_far' ? params.monthly : roundForDisplay(params.monthly);
    const value = formatNumber(monthly, locale);
    return params.metric === 'conversations' || params.metric === 'aiTokens'
      ? t(`recommendations.reasons.${PROJECTION_SENTENCES[params.source]}_${params.metric}`, { value })
      : null;
  },
  overage_cheaper: ({ params }, t, locale) =>
    t('recommendations.reasons.overage_cheaper', comparison(params, locale)),
  overage_costlier: ({ params }, t, locale) =>
    t('recommendations.reasons.overage_costlier', comparison(params, locale)),
  no_usage_data: (_, t) => t('recommendations.reasons.no_usage_data'),
  over_limit: ({ params }, t, locale) =>
    t('recommendations.reasons.over_limit', {
      needed: formatNumber(roundForDisplay(params.needed), locale),
      metric: t(`metrics.${params.metric}`),
    }),
  integration_missing: () => null,
  unavailable: () => null,
  current_plan: () => null,
};

/** The sentence for a projected figure, by what it rests on. */
const PROJECTION_SENTENCES = {
  trial: 'projected_usage',
  period: 'period_usage',
  previous_period: 'previous_period_usage',
  so_far: 'so_far_usage',
} as const satisfies Record<ProjectedUsageSource, string>;

function comparison(params: OverageComparison, locale: string) {
  return {
    plan: params.planName,
    alternative: params.alternativePlanName,
    overage: formatMoney(params.overage, locale, { trimWholeAmounts: true }),
  };
}

/** One reason as a sentence in the customer's language; `null` for reasons shown nowhere. */
function describeReason(reason: RecommendationReason, t: Translate, locale: string): string | null {
  const describe = REASON_SENTENCES[reason.code] as Describe<ReasonCode>;
  return describe(reason, t, locale);
}

/** The reasons that say something, as sentences, in the order given. */
function describeReasons(reasons: readonly RecommendationReason[], t: Translate, locale: string): string[] {
  return reasons
    .map((reason) => describeReason(reason, t, locale))
    .filter((sentence): sentence is string => sentence !== null);
}

export type { Translate, TranslationKey };
export { describeReasons, integrationName, useKit, useTranslate };
