import { type ComponentPropsWithoutRef, useId } from 'react';
import type { Recommendation, RecommendationReason } from '../../core';
import { rootProps } from '../shared/part-props';
import { ReasonList } from '../shared/parts';
import { publicPart } from '../shared/render-boundary';
import { describeReasons, useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * RecommendationBanner
 * -----------------------------------------------------------------------------------------------*/

const RECOMMENDATION_BANNER_NAME = 'RecommendationBanner';

interface RecommendationBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The engine's output (`recommendPlans` or `useRecommendations`); its reasons become the message. */
  recommendation: Recommendation;
  /** Classes added after the part's own `sk-RecommendationBanner`, e.g. for placement on the host's page. */
  className?: string | undefined;
}

/** The order of the context message: what the customer chose first, then what they used. */
const REASON_ORDER: readonly RecommendationReason['code'][] = [
  'template_match',
  'integration_required',
  'projected_usage',
  'overage_cheaper',
  'overage_costlier',
  'no_usage_data',
  'over_limit',
];

/**
 * "Recommended for you" with the context message: why these plans, in the customer's language.
 *
 * @selector [data-slot="recommendation-banner"] - the root
 * @selector [data-outcome="plan|enterprise"] - whether a plan in the catalog fits
 * @selector .sk-Badge[data-variant="recommended"] - "Recommended for you"
 * @selector [data-slot="context-message"] - the reasons
 */
const RecommendationBanner = /* @__PURE__ */ publicPart<HTMLElement, RecommendationBannerProps>(
  function RecommendationBanner({ recommendation, ...props }, ref) {
    const { locale, theme, t } = useKit(RECOMMENDATION_BANNER_NAME);
    const headingId = useId();
    const sentences = describeReasons(
      [...recommendation.reasons].sort((a, b) => REASON_ORDER.indexOf(a.code) - REASON_ORDER.indexOf(b.code)),
      t,
      locale,
    );
    if (recommendation.outcome === 'enterprise') sentences.push(t('recommendations.enterprise'));

    return (
      <section
        aria-labelledby={headingId}
        {...rootProps('sk-RecommendationBanner', 'recommendation-banner', theme, props, ref)}
        data-outcome={recommendation.outcome}
      >
        <span className="sk-Badge" data-variant="recommended" id={headingId}>
          {t('recommendations.badge')}
        </span>
        <ReasonList sentences={sentences} className="sk-RecommendationBanner-reasons" />
      </section>
    );
  },
  RECOMMENDATION_BANNER_NAME,
);

export type { RecommendationBannerProps };
export { RecommendationBanner };
