import { type ComponentPropsWithoutRef, useId } from 'react';
import {
  type AvailabilityReason,
  type BillingInterval,
  formatCompactNumber,
  formatMoney,
  type Plan,
} from '../../core';
import { formatDate, formatPercent } from '../shared/format';
import { CheckIcon, SelectedIcon, StarIcon } from '../shared/icons';
import { rootProps } from '../shared/part-props';
import { Button } from '../shared/parts';
import { planPrice } from '../shared/plan-price';
import { publicPart } from '../shared/render-boundary';
import { type Translate, useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * PlanCard
 * -----------------------------------------------------------------------------------------------*/

const PLAN_CARD_NAME = 'PlanCard';

interface PlanCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'onSelect' | 'children'> {
  /** The plan to show: from the provider's catalog (`useCatalog`), e.g. `catalog[0]`. */
  plan: Plan;
  /**
   * The billing interval the price is shown for. Annual prices are shown per month, with the
   * yearly amount beneath.
   * @default 'month'
   */
  interval?: BillingInterval | undefined;
  /**
   * Shows the "Recommended" badge (with a star icon).
   * @default false
   */
  recommended?: boolean | undefined;
  /**
   * Marks the customer's current plan: the button reads "Selected" (with a check icon) and does
   * nothing, unless `onSelectCurrent` is given.
   * @default false
   */
  current?: boolean | undefined;
  /**
   * Why the account cannot choose this plan (from `checkAvailability`). Any reason disables the
   * card and lists the reasons with a link to support.
   * @default []
   */
  unavailableReasons?: AvailabilityReason[] | undefined;
  /** Called with the plan when the customer chooses it. Never called for the current or an unavailable plan. */
  onSelect?: ((plan: Plan) => void) | undefined;
  /** Called when the customer chooses their current plan, e.g. to say that no change is needed. */
  onSelectCurrent?: ((plan: Plan) => void) | undefined;
  /** Classes added after the part's own `sk-PlanCard`, e.g. for placement on the host's page. */
  className?: string | undefined;
}

/**
 * One plan: name, price for the interval, headline limits, features, and the button to choose it.
 *
 * @selector [data-slot="plan-card"] - the root
 * @selector [data-recommended] - the recommended plan
 * @selector [data-current] - the customer's plan and interval
 * @selector [data-unavailable] - a plan the account cannot choose
 * @selector .sk-Badge[data-variant="recommended|campaign"] - the badges (`data-slot` `badge` and
 *   `campaign-badge`)
 * @selector [data-slot="price|metrics|features|unavailable"] - the parts of the card
 * @selector .sk-Button[data-variant="primary|secondary|current"] - choose the plan; `current` is "Selected"
 */
const PlanCard = /* @__PURE__ */ publicPart<HTMLElement, PlanCardProps>(function PlanCard(
  {
    plan,
    interval = 'month',
    recommended = false,
    current = false,
    unavailableReasons = [],
    onSelect,
    onSelectCurrent,
    ...props
  },
  ref,
) {
  const { theme, t } = useKit(PLAN_CARD_NAME);
  const nameId = useId();
  const reasonsId = useId();
  const unavailable = unavailableReasons.length > 0;
  const choice = current ? 'selected' : unavailable ? 'unavailable' : 'select';
  const onChoose = choice === 'select' ? onSelect : choice === 'selected' ? onSelectCurrent : undefined;

  return (
    <article
      aria-labelledby={nameId}
      {...rootProps('sk-PlanCard', 'plan-card', theme, props, ref)}
      data-recommended={recommended || undefined}
      data-current={current || undefined}
      data-unavailable={unavailable || undefined}
    >
      <PlanCardHeader plan={plan} interval={interval} recommended={recommended} nameId={nameId} />

      <PlanCardLimits plan={plan} />

      {unavailable && <Unavailability id={reasonsId} reasons={unavailableReasons} />}

      <Button
        className="sk-PlanCard-cta"
        variant={
          choice === 'selected' ? 'current' : recommended && choice === 'select' ? 'primary' : 'secondary'
        }
        aria-disabled={onChoose ? undefined : 'true'}
        aria-describedby={choice === 'unavailable' ? reasonsId : undefined}
        aria-label={choice === 'select' ? t('planCard.cta.selectPlan', { plan: plan.name }) : undefined}
        onClick={onChoose && (() => onChoose(plan))}
      >
        {choice === 'selected' && <SelectedIcon />}
        {t(`planCard.cta.${choice}`)}
      </Button>
    </article>
  );
}, PLAN_CARD_NAME);

/* -----------------------------------------------------------------------------------------------*/

type AvailabilityCode = AvailabilityReason['code'];
type Describe<Code extends AvailabilityCode> = (
  reason: Extract<AvailabilityReason, { code: Code }>,
  t: Translate,
  locale: string,
) => string;

/** Why the account cannot choose the plan, one sentence per availability code. */
const UNAVAILABILITY_SENTENCES: { [Code in AvailabilityCode]: Describe<Code> } = {
  assistant_config: (_, t) => t('planCard.unavailable.assistant_config'),
  region: (_, t) => t('planCard.unavailable.region'),
  campaign_window: ({ params: { state, startsAt, endsAt } }, t, locale) =>
    state === 'ended'
      ? t('planCard.unavailable.campaign_window_ended', {
          date: endsAt ? formatDate(endsAt, locale, { exclusiveEnd: true }) : '',
        })
      : t('planCard.unavailable.campaign_window_not_started', {
          date: startsAt ? formatDate(startsAt, locale) : '',
        }),
};

function describeUnavailability(reason: AvailabilityReason, t: Translate, locale: string): string {
  return (UNAVAILABILITY_SENTENCES[reason.code] as Describe<AvailabilityCode>)(reason, t, locale);
}

/** Why the account cannot choose the plan, with a way to ask support. */
function Unavailability({ id, reasons }: { id: string; reasons: AvailabilityReason[] }) {
  const { locale, supportUrl, t } = useKit(PLAN_CARD_NAME);
  return (
    <div className="sk-PlanCard-unavailable" id={id} data-slot="unavailable">
      <ul>
        {reasons.map((reason) => (
          <li key={reason.code}>{describeUnavailability(reason, t, locale)}</li>
        ))}
      </ul>
      {supportUrl && (
        <a className="sk-Link" href={supportUrl}>
          {t('common.contactSupport')}
        </a>
      )}
    </div>
  );
}

interface PlanCardHeaderProps {
  plan: Plan;
  interval: BillingInterval;
  recommended: boolean;
  /** The id of the plan's name, which labels the card. */
  nameId: string;
}

/** The badges (recommended, campaign), the plan's name and its price for the interval. */
function PlanCardHeader({ plan, interval, recommended, nameId }: PlanCardHeaderProps) {
  const { locale, now, t } = useKit(PLAN_CARD_NAME);
  const { price, monthly, campaign } = planPrice(plan, interval, now());
  return (
    <header className="sk-PlanCard-header">
      {(recommended || campaign) && (
        <div className="sk-PlanCard-badges">
          {recommended && (
            <span className="sk-Badge" data-variant="recommended" data-slot="badge">
              <StarIcon />
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
  );
}

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

/** The headline limits as figures, and the plan's features as a checked list. */
function PlanCardLimits({ plan }: { plan: Plan }) {
  const { locale, t } = useKit(PLAN_CARD_NAME);
  const { limits } = plan;
  const compact = (value: number) => formatCompactNumber(value, locale);
  const capacity = capacityOf(plan);
  return (
    <>
      <dl className="sk-PlanCard-metrics" data-slot="metrics">
        <div className="sk-PlanCard-metric">
          <dt>{breakAfterSlash(t(capacity.metricLabel))}</dt>
          <dd>
            {capacity.value === null
              ? t('planCard.metrics.unlimited')
              : t('planCard.metrics.approximately', { value: compact(capacity.value) })}
          </dd>
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

export type { PlanCardProps };
export { PlanCard };
