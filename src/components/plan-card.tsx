import { useId } from 'react';
import {
  type AvailabilityReason,
  type BillingInterval,
  effectivePrice,
  formatCompactNumber,
  formatMoney,
  money,
  type Plan,
} from '../core';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useLibraryTranslation } from '../react/use-library-translation';
import { formatDate, formatPercent } from './format';

/* -------------------------------------------------------------------------------------------------
 * PlanCard
 * -----------------------------------------------------------------------------------------------*/

const PLAN_CARD_NAME = 'PlanCard';

interface PlanCardProps {
  plan: Plan;
  /**
   * The billing interval the price is shown for. Annual prices are shown per month, with the
   * yearly amount beneath.
   * @default 'month'
   */
  interval?: BillingInterval | undefined;
  /**
   * Shows the ⭐ recommended badge.
   * @default false
   */
  recommended?: boolean | undefined;
  /**
   * Marks the customer's current plan: the button reads "✓ Selected" and does nothing.
   * @default false
   */
  current?: boolean | undefined;
  /**
   * Why the account cannot choose this plan (from `checkAvailability`). Any reason disables the
   * card and lists the reasons with a link to support.
   */
  unavailableReasons?: AvailabilityReason[] | undefined;
  /** Called with the plan when the customer chooses it. Never called for the current or an unavailable plan. */
  onSelect?: ((plan: Plan) => void) | undefined;
  className?: string | undefined;
}

function PlanCard({
  plan,
  interval = 'month',
  recommended = false,
  current = false,
  unavailableReasons = [],
  onSelect,
  className,
}: PlanCardProps) {
  const { locale, theme, now, supportUrl } = useSubscriptionKitContext(PLAN_CARD_NAME);
  const { t } = useLibraryTranslation(PLAN_CARD_NAME);
  const nameId = useId();
  const reasonsId = useId();
  const { limits } = plan;
  const compact = (value: number) => formatCompactNumber(value, locale);
  const capacity = capacityOf(plan);
  const unavailable = unavailableReasons.length > 0;
  const { price, campaign } = effectivePrice(plan, interval, now());
  const monthly = interval === 'year' ? money(Math.round(price.amount / 12), price.currency) : price;

  return (
    <article
      className={['sk-Root', 'sk-PlanCard', className].filter(Boolean).join(' ')}
      data-slot="plan-card"
      data-sk-theme={theme}
      data-recommended={recommended || undefined}
      data-current={current || undefined}
      data-unavailable={unavailable || undefined}
      aria-labelledby={nameId}
    >
      <header className="sk-PlanCard-header">
        {(recommended || campaign) && (
          <div className="sk-PlanCard-badges">
            {recommended && (
              <span className="sk-Badge" data-variant="recommended" data-slot="badge">
                {t('planCard.badge.recommended')}
              </span>
            )}
            {campaign?.endsAt && (
              <span className="sk-Badge" data-variant="campaign" data-slot="campaign-badge">
                {t('planCard.badge.campaign', {
                  percent: formatPercent(campaign.discountPercent, locale),
                  date: formatDate(campaign.endsAt, locale, { exclusiveEnd: true }),
                })}
              </span>
            )}
          </div>
        )}
        <h3 id={nameId} className="sk-PlanCard-name">
          {plan.name}
        </h3>
        <p className="sk-PlanCard-price" data-slot="price">
          <PriceLine amount={formatMoney(monthly, locale, { trimWholeAmounts: true })} sentence={t} />
        </p>
        {interval === 'year' && (
          <p className="sk-PlanCard-billing">
            {t('planCard.billedAnnually', { price: formatMoney(price, locale, { trimWholeAmounts: true }) })}
          </p>
        )}
      </header>

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

      {unavailable && (
        <div className="sk-PlanCard-unavailable" id={reasonsId} data-slot="unavailable">
          <ul>
            {unavailableReasons.map((reason) => (
              <li key={reason.code}>{describeUnavailability(reason, t, locale)}</li>
            ))}
          </ul>
          {supportUrl && (
            <a className="sk-Link" href={supportUrl}>
              {t('common.contactSupport')}
            </a>
          )}
        </div>
      )}

      {current ? (
        <button
          type="button"
          className="sk-Button sk-PlanCard-cta"
          data-variant="current"
          aria-disabled="true"
        >
          {t('planCard.cta.selected')}
        </button>
      ) : unavailable ? (
        <button
          type="button"
          className="sk-Button sk-PlanCard-cta"
          data-variant="secondary"
          aria-disabled="true"
          aria-describedby={reasonsId}
        >
          {t('planCard.cta.unavailable')}
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
 * "€190/month excl. tax" with the amount set large: the locale's sentence is split around the
 * formatted amount, wherever the language puts it ("190 €/md. ekskl. moms"). Splitting here keeps
 * markup out of the strings and react-i18next's `Trans` (and its HTML parser) out of the bundle.
 */
function PriceLine({ amount, sentence }: { amount: string; sentence: Translate }) {
  const text = sentence('planCard.price', { price: amount });
  const at = text.indexOf(amount);
  if (at < 0) return <span className="sk-PlanCard-unit">{text}</span>;
  const before = text.slice(0, at);
  const after = text.slice(at + amount.length);
  return (
    <>
      {before && <span className="sk-PlanCard-unit">{before}</span>}
      <span className="sk-PlanCard-amount">{amount}</span>
      {after && <span className="sk-PlanCard-unit">{after}</span>}
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

type Translate = ReturnType<typeof useLibraryTranslation>['t'];

function describeUnavailability(reason: AvailabilityReason, t: Translate, locale: string): string {
  switch (reason.code) {
    case 'assistant_config':
      return t('planCard.unavailable.assistant_config');
    case 'region':
      return t('planCard.unavailable.region');
    case 'campaign_window': {
      const { state, startsAt, endsAt } = reason.params;
      return state === 'ended'
        ? t('planCard.unavailable.campaign_window_ended', {
            date: endsAt ? formatDate(endsAt, locale, { exclusiveEnd: true }) : '',
          })
        : t('planCard.unavailable.campaign_window_not_started', {
            date: startsAt ? formatDate(startsAt, locale) : '',
          });
    }
    default:
      reason satisfies never;
      return '';
  }
}

function Feature({ children }: { children: string }) {
  return (
    <li className="sk-PlanCard-feature">
      <CheckIcon />
      {children}
    </li>
  );
}

function CheckIcon() {
  return (
    <svg className="sk-Check" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

export type { PlanCardProps };
export { CheckIcon, PlanCard };
