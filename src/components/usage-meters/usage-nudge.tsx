import * as Dialog from '@radix-ui/react-dialog';
import { type RefObject, useId } from 'react';
import {
  formatMoney,
  type Plan,
  type PlanChangeIntent,
  type Recommendation,
  type UsageMeasure,
} from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { formatDate, formatNumber, roundForDisplay } from '../shared/format';
import { ReasonList } from '../shared/reason-list';
import { describeReasons } from '../shared/recommendation-reasons';
import { useTranslate } from '../shared/translate';
import { metricName } from './usage-meter';
import type { Usage } from './use-usage';

const USAGE_METERS_NAME = 'UsageMeters';

/* -------------------------------------------------------------------------------------------------
 * UsageNudge
 * -----------------------------------------------------------------------------------------------*/

interface UsageNudgeProps {
  plan: Plan;
  interval: PlanChangeIntent['interval'];
  usage: Usage;
  recommendation: Recommendation;
  catalog: Plan[];
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** The change the dialog opens on (`null`: the plan choice), just before it opens. */
  onReview: (intent: PlanChangeIntent | null) => void;
}

/**
 * "You're heading past your limits": each metric with its projection, what it will cost when the
 * plan charges overage, and the engine's pick for that usage with its reasons, one click from the
 * change-plan dialog.
 */
function UsageNudge(props: UsageNudgeProps) {
  const { plan, interval, usage, recommendation, catalog, buttonRef, onReview } = props;
  const { exceeding, overage } = usage;
  // The estimated overage counts when the plan charges it for what is exceeded.
  const overageTotal = overage.lines.length > 0 ? overage.total : null;
  const { locale } = useSubscriptionKitContext(USAGE_METERS_NAME);
  const t = useTranslate(USAGE_METERS_NAME);
  const titleId = useId();
  const date = formatDate(usage.period.end, locale);
  const paysOverage = overageTotal !== null && exceeding.every((measure) => measure.overage !== null);
  const target =
    recommendation.outcome === 'plan' && recommendation.planId !== plan.id
      ? catalog.find((candidate) => candidate.id === recommendation.planId)
      : undefined;
  // The engine's reasons that bear on this nudge: the projections past the limits, and the
  // integrations the plan keeps.
  const reasons = describeReasons(
    recommendation.reasons.filter((reason) =>
      reason.code === 'projected_usage'
        ? exceeding.some((measure) => measure.metric === reason.params.metric)
        : reason.code === 'integration_required',
    ),
    t,
    locale,
  );
  const offersChange = target !== undefined || recommendation.outcome === 'enterprise';

  return (
    <section
      className="sk-UsageNudge"
      data-slot="usage-nudge"
      data-variant={paysOverage ? 'overage' : 'limit'}
      aria-labelledby={titleId}
    >
      <h3 className="sk-UsageNudge-title" id={titleId}>
        {t('usageMeters.nudge.title')}
      </h3>
      <ExceedingMetrics exceeding={exceeding} date={date} />
      {paysOverage && overageTotal ? (
        <p className="sk-UsageNudge-overage" data-slot="nudge-overage">
          {t('usageMeters.nudge.overage', { amount: formatMoney(overageTotal, locale), date })}
        </p>
      ) : (
        <p>{t('usageMeters.nudge.hardLimit')}</p>
      )}
      {offersChange && (
        <div className="sk-UsageNudge-offer" data-slot="nudge-offer">
          <p>
            {target
              ? t('usageMeters.nudge.recommended', { plan: target.name })
              : t('recommendations.enterprise')}
          </p>
          <ReasonList sentences={reasons} className="sk-UsageNudge-reasons" />
          <Dialog.Trigger
            ref={buttonRef}
            className="sk-Button"
            data-variant={paysOverage ? 'secondary' : 'primary'}
            onClick={() => onReview(target ? { planId: target.id, interval } : null)}
          >
            {target ? t('usageMeters.nudge.review', { plan: target.name }) : t('usageMeters.nudge.options')}
          </Dialog.Trigger>
        </div>
      )}
    </section>
  );
}

/** Each metric past its limit: where it is heading by the end of the period, or where it is now. */
function ExceedingMetrics({ exceeding, date }: { exceeding: UsageMeasure[]; date: string }) {
  const { locale } = useSubscriptionKitContext(USAGE_METERS_NAME);
  const t = useTranslate(USAGE_METERS_NAME);
  return (
    <ul className="sk-UsageNudge-metrics">
      {exceeding.map((measure) => (
        <li key={measure.metric}>
          {measure.projected > measure.used
            ? t('usageMeters.nudge.metric', {
                metric: metricName(measure, t),
                projected: formatNumber(roundForDisplay(measure.projected), locale),
                limit: formatNumber(measure.limit ?? 0, locale),
                date,
              })
            : // Held now (documents, assistants, seats), not projected: exact.
              t('usageMeters.nudge.stock', {
                metric: metricName(measure, t),
                used: formatNumber(measure.used, locale),
                limit: formatNumber(measure.limit ?? 0, locale),
              })}
        </li>
      ))}
    </ul>
  );
}

export { UsageNudge };
