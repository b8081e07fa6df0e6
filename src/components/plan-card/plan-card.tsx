import { useId } from 'react';
import type { AvailabilityReason, BillingInterval, Plan } from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { rootProps } from '../shared/class-names';
import { formatDate } from '../shared/format';
import { type Translate, useTranslate } from '../shared/translate';
import { PlanCardHeader } from './plan-card-header';
import { PlanCardLimits } from './plan-card-limits';

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

/**
 * One plan: name, price for the interval, headline limits, features, and the button to choose it.
 *
 * @selector [data-recommended] - the recommended plan
 * @selector [data-current] - the customer's plan and interval
 * @selector [data-unavailable] - a plan the account cannot choose
 */
function PlanCard({
  plan,
  interval = 'month',
  recommended = false,
  current = false,
  unavailableReasons = [],
  onSelect,
  className,
}: PlanCardProps) {
  const { theme } = useSubscriptionKitContext(PLAN_CARD_NAME);
  const t = useTranslate(PLAN_CARD_NAME);
  const nameId = useId();
  const reasonsId = useId();
  const unavailable = unavailableReasons.length > 0;
  const choice = current ? 'selected' : unavailable ? 'unavailable' : 'select';

  return (
    <article
      {...rootProps('sk-PlanCard', 'plan-card', theme, className)}
      data-recommended={recommended || undefined}
      data-current={current || undefined}
      data-unavailable={unavailable || undefined}
      aria-labelledby={nameId}
    >
      <PlanCardHeader plan={plan} interval={interval} recommended={recommended} nameId={nameId} />

      <PlanCardLimits plan={plan} />

      {unavailable && <Unavailability id={reasonsId} reasons={unavailableReasons} />}

      <button
        type="button"
        className="sk-Button sk-PlanCard-cta"
        data-variant={
          choice === 'selected' ? 'current' : recommended && choice === 'select' ? 'primary' : 'secondary'
        }
        aria-disabled={choice === 'select' ? undefined : 'true'}
        aria-describedby={choice === 'unavailable' ? reasonsId : undefined}
        aria-label={choice === 'select' ? t('planCard.cta.selectPlan', { plan: plan.name }) : undefined}
        onClick={choice === 'select' ? () => onSelect?.(plan) : undefined}
      >
        {t(`planCard.cta.${choice}`)}
      </button>
    </article>
  );
}

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
  const { locale, supportUrl } = useSubscriptionKitContext(PLAN_CARD_NAME);
  const t = useTranslate(PLAN_CARD_NAME);
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

export type { PlanCardProps };
export { PlanCard };
