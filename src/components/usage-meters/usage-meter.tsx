import * as Dialog from '@radix-ui/react-dialog';
import { type RefObject, useId } from 'react';
import {
  formatMoney,
  type Plan,
  type PlanChangeIntent,
  type ProjectionBasis,
  type Recommendation,
  type UsageMeasure,
} from '../../core';
import { formatDate, formatNumber, formatPercent, roundForDisplay } from '../shared/format';
import { ReasonList } from '../shared/parts';
import { describeReasons, type Translate, type TranslationKey, useKit } from '../shared/translate';
import type { Usage } from './use-usage';

const USAGE_METERS_NAME = 'UsageMeters';

function metricName(measure: UsageMeasure, t: Translate): string {
  return t(`usageMeters.metrics.${measure.metric}`);
}

/** The level as words, so that it never rests on colour alone. */
function levelText(measure: UsageMeasure, t: Translate): string | null {
  if (measure.level === 'warning') return t('usageMeters.level.warning');
  if (measure.level !== 'over') return null;
  return measure.limit !== null && measure.used > measure.limit
    ? t('usageMeters.level.over')
    : t('usageMeters.level.atLimit');
}

/** What the projection rests on, in words; `so_far` projects nothing and says it is too early. */
const PROJECTION_TEXT = {
  pace: 'usageMeters.projection',
  previous_period: 'usageMeters.projectionPreviousPeriod',
  trial: 'usageMeters.projectionTrial',
  so_far: 'usageMeters.projection',
} as const satisfies Record<ProjectionBasis, TranslationKey>;

function UsageMeter({ measure, periodEnd }: { measure: UsageMeasure; periodEnd: Date }) {
  const { locale, t } = useKit(USAGE_METERS_NAME);
  const labelId = useId();
  const hintId = useId();
  const { used, limit, projected } = measure;
  const name = metricName(measure, t);
  const status = levelText(measure, t);
  const showProjection = projected > used;
  const projection = showProjection
    ? t(PROJECTION_TEXT[measure.basis ?? 'pace'], {
        // An estimate: two significant figures, as in the recommendations' reasons.
        value: formatNumber(roundForDisplay(projected), locale),
        date: formatDate(periodEnd, locale),
      })
    : measure.basis === 'so_far' && used > 0
      ? t('usageMeters.tooEarly')
      : null;

  if (limit === null) {
    return (
      <li className="sk-Meter" data-metric={measure.metric} data-state="unlimited">
        <MeterLabel id={labelId} name={name}>
          {t('usageMeters.usedUnlimited', { used: formatNumber(used, locale) })}
        </MeterLabel>
        <p className="sk-Meter-hint">
          <span className="sk-Tag" data-variant="unlimited">
            {t('usageMeters.unlimited')}
          </span>
          {projection && <span>{projection}</span>}
        </p>
      </li>
    );
  }

  const percent = Math.round((measure.ratio ?? 0) * 100);
  const width = (value: number) => `${Math.min(100, limit > 0 ? (value / limit) * 100 : 100)}%`;
  const values = {
    used: formatNumber(used, locale),
    limit: formatNumber(limit, locale),
    metric: t(`metrics.${measure.metric}`),
    percent: formatPercent(Number.isFinite(percent) ? percent : 100, locale),
  };
  return (
    <li
      className="sk-Meter"
      data-metric={measure.metric}
      data-state={measure.level}
      data-projected-state={measure.projectedLevel}
    >
      <MeterLabel id={labelId} name={name}>
        {t('usageMeters.used', values)}
      </MeterLabel>
      {/* biome-ignore lint/a11y/useSemanticElements: the bar also draws the projection, which a native <meter> cannot hold */}
      <div
        className="sk-Meter-track"
        role="meter"
        aria-labelledby={labelId}
        aria-describedby={projection || status ? hintId : undefined}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={Math.min(used, limit)}
        aria-valuetext={t('usageMeters.valueText', values)}
      >
        {showProjection && <span className="sk-Meter-projected" style={{ width: width(projected) }} />}
        <span className="sk-Meter-fill" style={{ width: width(used) }} />
      </div>
      {(projection || status) && (
        <p className="sk-Meter-hint" id={hintId}>
          {status && (
            <span className="sk-Tag" data-variant={measure.level}>
              {status}
            </span>
          )}
          {projection && <span>{projection}</span>}
        </p>
      )}
    </li>
  );
}

function MeterLabel({ id, name, children }: { id: string; name: string; children: string }) {
  return (
    <div className="sk-Meter-label">
      <span className="sk-Meter-name" id={id}>
        {name}
      </span>
      <span className="sk-Meter-value">{children}</span>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * UsageNudge
 * -----------------------------------------------------------------------------------------------*/

/**
 * Beside the projections: the integrations the plan keeps, and why a plan with overage beats a
 * bigger one. Not `overage_costlier`: the nudge already gives the current plan's overage to the
 * period's end, and a second figure (at the need, headroom included) would only confuse.
 */
const NUDGE_REASONS: readonly Recommendation['reasons'][number]['code'][] = [
  'integration_required',
  'overage_cheaper',
];

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
function UsageNudge({
  plan,
  interval,
  usage,
  recommendation,
  catalog,
  buttonRef,
  onReview,
}: UsageNudgeProps) {
  const { exceeding, overage } = usage;
  // The estimated overage counts when the plan charges it for what is exceeded.
  const overageTotal = overage.lines.length > 0 ? overage.total : null;
  const { locale, t } = useKit(USAGE_METERS_NAME);
  const titleId = useId();
  const date = formatDate(usage.period.end, locale);
  const paysOverage = overageTotal !== null && exceeding.every((measure) => measure.overage !== null);
  const target =
    recommendation.outcome === 'plan' && recommendation.planId !== plan.id
      ? catalog.find((candidate) => candidate.id === recommendation.planId)
      : undefined;
  // The engine's reasons that bear on this nudge: the projections past the limits, and the others
  // of NUDGE_REASONS.
  const reasons = describeReasons(
    recommendation.reasons.filter((reason) =>
      reason.code === 'projected_usage'
        ? exceeding.some((measure) => measure.metric === reason.params.metric)
        : NUDGE_REASONS.includes(reason.code),
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
  const { locale, t } = useKit(USAGE_METERS_NAME);
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

export { UsageMeter, UsageNudge };
