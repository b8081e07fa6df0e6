import { formatCompactNumber, type Plan } from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { CheckIcon } from '../shared/icons';
import { useTranslate } from '../shared/translate';

/** The headline limits as figures, and the plan's features as a checked list. */
function PlanCardLimits({ plan }: { plan: Plan }) {
  const { locale } = useSubscriptionKitContext('PlanCard');
  const t = useTranslate('PlanCard');
  const { limits } = plan;
  const compact = (value: number) => formatCompactNumber(value, locale);
  const capacity = capacityOf(plan);
  return (
    <>
      <dl className="sk-PlanCard-metrics" data-slot="metrics">
        <div className="sk-PlanCard-metric">
          <dt>{breakAfterSlash(t(capacity.metricLabel))}</dt>
          <dd>{capacity.value === null ? t('planCard.metrics.unlimited') : `~${compact(capacity.value)}`}</dd>
        </div>
        <div className="sk-PlanCard-metric">
          <dt>{t('planCard.metrics.assistants', { count: limits.assistants ?? 0 })}</dt>
          <dd>{limits.assistants === null ? t('planCard.metrics.unlimited') : limits.assistants}</dd>
        </div>
      </dl>

      <ul
        className="sk-PlanCard-features"
        data-slot="features"
        aria-label={t('planCard.features.label', { plan: plan.name })}
      >
        <Feature>
          {capacity.value === null
            ? t('planCard.features.conversationsUnlimited')
            : t(capacity.featureKey, { value: compact(capacity.value) })}
        </Feature>
        <Feature>
          {limits.documents === null
            ? t('planCard.features.documentsUnlimited')
            : t('planCard.features.documents', { value: compact(limits.documents) })}
        </Feature>
        <Feature>
          {limits.assistants === null
            ? t('planCard.features.assistantsUnlimited')
            : t('planCard.features.assistants', { count: limits.assistants })}
        </Feature>
      </ul>
    </>
  );
}

/**
 * The card's headline capacity: monthly conversations, or, for plans priced on AI tokens with
 * conversations unlimited (the seed's Enterprise, "~200M tokens"), the tokens.
 */
function capacityOf({ limits }: Plan) {
  if (limits.conversations === null && limits.aiTokens !== null) {
    return {
      value: limits.aiTokens,
      metricLabel: 'planCard.metrics.aiTokens',
      featureKey: 'planCard.features.aiTokens',
    } as const;
  }
  return {
    value: limits.conversations,
    metricLabel: 'planCard.metrics.conversations',
    featureKey: 'planCard.features.conversations',
  } as const;
}

/** "conversations/month" may wrap after the slash instead of mid-word on narrow cards. */
function breakAfterSlash(label: string): string {
  return label.replaceAll('/', '/\u200b');
}

function Feature({ children }: { children: string }) {
  return (
    <li className="sk-PlanCard-feature">
      <CheckIcon />
      {children}
    </li>
  );
}

export { PlanCardLimits };
