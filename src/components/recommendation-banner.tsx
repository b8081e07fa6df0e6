import { useId } from 'react';
import type { Recommendation, RecommendationReason } from '../core';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useLibraryTranslation } from '../react/use-library-translation';
import { formatNumber } from './format';

/* -------------------------------------------------------------------------------------------------
 * RecommendationBanner
 * -----------------------------------------------------------------------------------------------*/

const RECOMMENDATION_BANNER_NAME = 'RecommendationBanner';

interface RecommendationBannerProps {
  /** The engine's output (`recommendPlans` or `useRecommendations`); its reasons become the message. */
  recommendation: Recommendation;
  className?: string | undefined;
}

/** The order of the context message: what the customer chose first, then what they used. */
const REASON_ORDER: readonly RecommendationReason['code'][] = [
  'template_match',
  'integration_required',
  'projected_usage',
  'no_usage_data',
  'over_limit',
];

/** "Recommended for you" with the context message: why these plans, in the customer's language. */
function RecommendationBanner({ recommendation, className }: RecommendationBannerProps) {
  const { locale, theme } = useSubscriptionKitContext(RECOMMENDATION_BANNER_NAME);
  const { t } = useLibraryTranslation(RECOMMENDATION_BANNER_NAME);
  const headingId = useId();
  const sentences = [...recommendation.reasons]
    .sort((a, b) => REASON_ORDER.indexOf(a.code) - REASON_ORDER.indexOf(b.code))
    .map((reason) => describeReason(reason, t, locale))
    .filter((sentence): sentence is string => sentence !== null);
  if (recommendation.outcome === 'enterprise') sentences.push(t('recommendations.enterprise'));

  return (
    <section
      className={['sk-Root', 'sk-RecommendationBanner', className].filter(Boolean).join(' ')}
      data-slot="recommendation-banner"
      data-sk-theme={theme}
      data-outcome={recommendation.outcome}
      aria-labelledby={headingId}
    >
      <span className="sk-Badge" data-variant="recommended" id={headingId}>
        {t('recommendations.badge')}
      </span>
      {sentences.length > 0 && (
        <ul className="sk-RecommendationBanner-reasons" data-slot="context-message">
          {sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/* -----------------------------------------------------------------------------------------------*/

type Translate = ReturnType<typeof useLibraryTranslation>['t'];

/** One reason as a sentence; reasons that only matter inside the ranking return `null`. */
function describeReason(reason: RecommendationReason, t: Translate, locale: string): string | null {
  switch (reason.code) {
    case 'template_match': {
      const { template } = reason.params;
      return t('recommendations.reasons.template_match', {
        context: template,
        template: t(`templates.${template}`, { defaultValue: template }),
      });
    }
    case 'integration_required':
      return t('recommendations.reasons.integration_required', {
        integration: integrationName(reason.params.integration, t),
      });
    case 'projected_usage': {
      const value = formatNumber(roundForDisplay(reason.params.monthly), locale);
      const period = reason.params.source === 'period';
      if (reason.params.metric === 'conversations')
        return period
          ? t('recommendations.reasons.period_usage_conversations', { value })
          : t('recommendations.reasons.projected_usage_conversations', { value });
      if (reason.params.metric === 'aiTokens')
        return period
          ? t('recommendations.reasons.period_usage_aiTokens', { value })
          : t('recommendations.reasons.projected_usage_aiTokens', { value });
      return null;
    }
    case 'no_usage_data':
      return t('recommendations.reasons.no_usage_data');
    case 'over_limit':
      return t('recommendations.reasons.over_limit', {
        needed: formatNumber(roundForDisplay(reason.params.needed), locale),
        metric: t(`metrics.${reason.params.metric}`),
      });
    case 'integration_missing':
    case 'unavailable':
    case 'current_plan':
      return null;
    default:
      reason satisfies never;
      return null;
  }
}

/** "about 42,000": projections are estimates, so they are shown to two significant figures. */
function roundForDisplay(value: number): number {
  if (value < 100) return Math.round(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/** Integration codes are brand names; hosts can name them through `integrations.<code>` strings. */
function integrationName(code: string, t: Translate): string {
  return t(`integrations.${code}`, { defaultValue: code.charAt(0).toUpperCase() + code.slice(1) });
}

export type { RecommendationBannerProps };
export { describeReason, integrationName, RecommendationBanner, roundForDisplay };
