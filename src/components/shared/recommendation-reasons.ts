import type { RecommendationReason } from '../../core';
import { formatNumber, roundForDisplay } from './format';
import { integrationName } from './names';
import type { Translate } from './translate';

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
    const value = formatNumber(roundForDisplay(params.monthly), locale);
    const kind = params.source === 'period' ? 'period_usage' : 'projected_usage';
    return params.metric === 'conversations' || params.metric === 'aiTokens'
      ? t(`recommendations.reasons.${kind}_${params.metric}`, { value })
      : null;
  },
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

/** One reason as a sentence in the customer's language; `null` for reasons shown nowhere. */
function describeReason(reason: RecommendationReason, t: Translate, locale: string): string | null {
  const describe = REASON_SENTENCES[reason.code] as Describe<ReasonCode>;
  return describe(reason, t, locale);
}

/** The reasons that say something, as sentences, in the order given. */
export function describeReasons(
  reasons: readonly RecommendationReason[],
  t: Translate,
  locale: string,
): string[] {
  return reasons
    .map((reason) => describeReason(reason, t, locale))
    .filter((sentence): sentence is string => sentence !== null);
}
