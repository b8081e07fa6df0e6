import { useId } from 'react';
import { Trans } from 'react-i18next';
import { formatCompactNumber, formatMoney, type Plan } from '../core';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useLibraryTranslation } from '../react/use-library-translation';

/* -------------------------------------------------------------------------------------------------
 * PlanCard
 * -----------------------------------------------------------------------------------------------*/

const PLAN_CARD_NAME = 'PlanCard';

interface PlanCardProps {
  plan: Plan;
  /**
   * Shows the ⭐ recommended badge.
   * @default false
   */
  recommended?: boolean;
  /**
   * Marks the customer's current plan: the button reads "✓ Selected" and does nothing.
   * @default false
   */
  current?: boolean;
  /** Called with the plan when the customer chooses it. Never called for the current plan. */
  onSelect?: (plan: Plan) => void;
  className?: string;
}

function PlanCard({ plan, recommended = false, current = false, onSelect, className }: PlanCardProps) {
  const { locale, theme } = useSubscriptionKitContext(PLAN_CARD_NAME);
  const { t, i18n } = useLibraryTranslation(PLAN_CARD_NAME);
  const nameId = useId();
  const { limits } = plan;
  const compact = (value: number) => formatCompactNumber(value, locale);
  const capacity = capacityOf(plan);

  return (
    <article
      className={['sk-Root', 'sk-PlanCard', className].filter(Boolean).join(' ')}
      data-slot="plan-card"
      data-sk-theme={theme}
      data-recommended={recommended || undefined}
      data-current={current || undefined}
      aria-labelledby={nameId}
    >
      <header className="sk-PlanCard-header">
        {recommended && (
          <span className="sk-Badge sk-Badge--recommended" data-slot="badge">
            {t('planCard.badge.recommended')}
          </span>
        )}
        <h3 id={nameId} className="sk-PlanCard-name">
          {plan.name}
        </h3>
        <p className="sk-PlanCard-price" data-slot="price">
          <Trans
            i18n={i18n}
            t={t}
            i18nKey="planCard.price"
            values={{ price: formatMoney(plan.prices.month, locale, { trimWholeAmounts: true }) }}
            components={{
              amount: <span className="sk-PlanCard-amount" />,
              unit: <span className="sk-PlanCard-unit" />,
            }}
          />
        </p>
      </header>

      <dl className="sk-PlanCard-metrics" data-slot="metrics">
        <div className="sk-PlanCard-metric">
          <dt>{t(capacity.metricLabel)}</dt>
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
        {limits.documents === null ? (
          <Feature>{t('planCard.features.documentsUnlimited')}</Feature>
        ) : (
          <Feature>{t('planCard.features.documents', { value: compact(limits.documents) })}</Feature>
        )}
        {limits.assistants === null ? (
          <Feature>{t('planCard.features.assistantsUnlimited')}</Feature>
        ) : (
          <Feature>{t('planCard.features.assistants', { count: limits.assistants })}</Feature>
        )}
      </ul>

      {current ? (
        <button
          type="button"
          className="sk-Button sk-PlanCard-cta"
          data-variant="current"
          aria-disabled="true"
        >
          {t('planCard.cta.selected')}
        </button>
      ) : (
        <button
          type="button"
          className="sk-Button sk-PlanCard-cta"
          data-variant={recommended ? 'primary' : 'secondary'}
          aria-label={t('planCard.cta.selectPlan', { plan: plan.name })}
          onClick={() => onSelect?.(plan)}
        >
          {t('planCard.cta.select')}
        </button>
      )}
    </article>
  );
}

/* -----------------------------------------------------------------------------------------------*/

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

function Feature({ children }: { children: string }) {
  return (
    <li className="sk-PlanCard-feature">
      <svg className="sk-Check" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      {children}
    </li>
  );
}

export type { PlanCardProps };
export { PlanCard };
