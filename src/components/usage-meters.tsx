import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, type RefObject, useId, useMemo, useRef, useState } from 'react';
import {
  estimateOverage,
  formatMoney,
  type MeasureUsageOptions,
  measureUsage,
  type Plan,
  type PlanChangeIntent,
  type Recommendation,
  recommendPlans,
  type UsageMeasure,
  usagePeriodAt,
} from '../core';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useBillingData } from '../react/use-billing-queries';
import { useLibraryTranslation } from '../react/use-library-translation';
import { formatDate, formatDateRange, formatNumber, formatPercent } from './format';
import { billingDataFallback, Panel } from './panel';
import { PlanModal, PlanModalContent, type PlanModalContentProps } from './plan-modal';
import { describeReason, roundForDisplay } from './recommendation-banner';

/* -------------------------------------------------------------------------------------------------
 * UsageMeters
 * -----------------------------------------------------------------------------------------------*/

const USAGE_METERS_NAME = 'UsageMeters';

interface UsageMetersProps {
  /**
   * The share of a limit from which a meter warns (`data-state="warning"`), as a fraction.
   * @default 0.8
   */
  warningAt?: number | undefined;
  /**
   * Say when usage is heading past a limit, with the engine's plan for it.
   * @default true
   */
  nudge?: boolean | undefined;
  /** Passed to the change-plan dialog the nudge opens (checkout, payment method, contact sales). */
  planModal?: Omit<PlanModalContentProps, 'initialPlan' | 'onCloseAutoFocus' | 'className'> | undefined;
  /** Placed in the header, e.g. a link to a usage report. */
  actions?: ReactNode | undefined;
  className?: string | undefined;
}

/**
 * Usage this period against the plan's limits: one meter per metric (unlimited ones say so), the
 * projection to the end of the period, and, when a limit will be passed, a nudge with the plan the
 * recommendation engine picks for the projected usage (or the overage it will cost).
 */
function UsageMeters({ warningAt, nudge = true, planModal, actions, className }: UsageMetersProps) {
  if (warningAt !== undefined && !(warningAt > 0 && warningAt <= 1)) {
    throw new RangeError(`UsageMeters: warningAt is a fraction of the limit, e.g. 0.8; got ${warningAt}`);
  }
  const { locale, now } = useSubscriptionKitContext(USAGE_METERS_NAME);
  const { t } = useLibraryTranslation(USAGE_METERS_NAME);
  const billing = useBillingData();
  // The change-plan dialog the nudge opens lives above the nudge, so that it stays open (and shows
  // the outcome) when a successful change makes the nudge go away.
  const [dialogOpen, setDialogOpen] = useState(false);
  const [initialPlan, setInitialPlan] = useState<PlanChangeIntent | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nudgeButtonRef = useRef<HTMLButtonElement>(null);
  const toPaymentMethods = useRef(false);
  const { catalog, account } = billing.data ?? {};
  const current = billing.data?.subscription ?? null;
  const plan = current ? catalog?.find((candidate) => candidate.id === current.planId) : undefined;
  const status = billing.error
    ? 'error'
    : !billing.data
      ? 'loading'
      : current === null || plan === undefined
        ? 'empty'
        : 'ready';

  const usage = useMemo(() => {
    if (!catalog || !account || !current || !plan) return null;
    const at = now();
    const period = usagePeriodAt(current, at);
    const accountUsage = account.usage ?? {};
    const options: MeasureUsageOptions = warningAt === undefined ? {} : { warningAt };
    const measures = measureUsage({ plan, usage: accountUsage, period, now: at, options });
    const exceeding = measures.filter((measure) => measure.exceedsLimit);
    return {
      at,
      period,
      measures,
      exceeding,
      overage: estimateOverage({ plan, usage: accountUsage, period, now: at }),
      recommendation:
        nudge && exceeding.length > 0
          ? recommendPlans({ catalog, account, now: at, currentPlanId: plan.id, usagePeriod: period })
          : null,
    };
  }, [catalog, account, current, plan, now, warningAt, nudge]);

  const section = (children: ReactNode) => (
    <Panel
      name="sk-UsageMeters"
      slot="usage-meters"
      status={status}
      title={t('usageMeters.title')}
      subtitle={
        usage && (
          <p className="sk-UsageMeters-period" data-slot="period">
            {t('usageMeters.period', {
              range: formatDateRange(usage.period.start, usage.period.end, locale),
              day: formatNumber(dayOf(usage.period.start, usage.at), locale),
              days: formatNumber(dayOf(usage.period.start, usage.period.end) - 1, locale),
            })}
          </p>
        )
      }
      actions={actions}
      className={className}
      headingRef={headingRef}
    >
      {children}
    </Panel>
  );

  const fallback = billingDataFallback(billing, t('usageMeters.loadError'), {
    className: 'sk-UsageMeters-list',
    kind: 'meter',
  });
  if (fallback || !billing.data) return section(fallback);
  if (!usage || !plan) return section(<p className="sk-Empty">{t('usageMeters.empty')}</p>);

  const noUsage = usage.measures.every((measure) => measure.used === 0);
  const updatePaymentMethod = planModal?.onUpdatePaymentMethod;
  return section(
    <PlanModal open={dialogOpen} onOpenChange={setDialogOpen}>
      {usage.recommendation && (
        <UsageNudge
          plan={plan}
          interval={current?.interval ?? 'month'}
          exceeding={usage.exceeding}
          overageTotal={usage.overage.lines.length > 0 ? usage.overage.total : null}
          periodEnd={usage.period.end}
          recommendation={usage.recommendation}
          catalog={catalog ?? []}
          buttonRef={nudgeButtonRef}
          onReview={setInitialPlan}
        />
      )}
      {noUsage && <p className="sk-UsageMeters-note">{t('usageMeters.noUsage')}</p>}
      <ul className="sk-UsageMeters-list">
        {usage.measures.map((measure) => (
          <UsageMeter key={measure.metric} measure={measure} periodEnd={usage.period.end} />
        ))}
      </ul>
      <PlanModalContent
        {...planModal}
        {...(initialPlan && { initialPlan })}
        {...(updatePaymentMethod && {
          // Out of the dialog first; the host is called once it has closed, to take the customer
          // (and focus) to their payment methods.
          onUpdatePaymentMethod: () => {
            toPaymentMethods.current = true;
            setDialogOpen(false);
          },
        })}
        onCloseAutoFocus={(event) => {
          if (toPaymentMethods.current && updatePaymentMethod) {
            toPaymentMethods.current = false;
            event.preventDefault();
            updatePaymentMethod();
            return;
          }
          // After a change the nudge (and its button) may be gone: land on the panel's heading.
          if (nudgeButtonRef.current?.isConnected) return;
          event.preventDefault();
          headingRef.current?.focus();
        }}
      />
    </PlanModal>,
  );
}

/* -----------------------------------------------------------------------------------------------*/

type Translate = ReturnType<typeof useLibraryTranslation>['t'];

const DAY = 86_400_000;

/** The day of the period `at` falls on, counting the first as day 1. */
function dayOf(start: Date, at: Date | string): number {
  return Math.max(1, Math.floor((new Date(at).getTime() - start.getTime()) / DAY) + 1);
}

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

function UsageMeter({ measure, periodEnd }: { measure: UsageMeasure; periodEnd: Date }) {
  const { locale } = useSubscriptionKitContext(USAGE_METERS_NAME);
  const { t } = useLibraryTranslation(USAGE_METERS_NAME);
  const labelId = useId();
  const hintId = useId();
  const { used, limit, projected } = measure;
  const name = metricName(measure, t);
  const status = levelText(measure, t);
  const showProjection = projected > used;
  const projection = showProjection
    ? t('usageMeters.projection', {
        // An estimate: two significant figures, as in the recommendations' reasons.
        value: formatNumber(roundForDisplay(projected), locale),
        date: formatDate(periodEnd, locale),
      })
    : null;

  if (limit === null) {
    return (
      <li className="sk-Meter" data-metric={measure.metric} data-state="unlimited">
        <div className="sk-Meter-label">
          <span className="sk-Meter-name" id={labelId}>
            {name}
          </span>
          <span className="sk-Meter-value">
            {t('usageMeters.usedUnlimited', { used: formatNumber(used, locale) })}
          </span>
        </div>
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
      <div className="sk-Meter-label">
        <span className="sk-Meter-name" id={labelId}>
          {name}
        </span>
        <span className="sk-Meter-value">{t('usageMeters.used', values)}</span>
      </div>
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

/* -------------------------------------------------------------------------------------------------
 * UsageNudge
 * -----------------------------------------------------------------------------------------------*/

interface UsageNudgeProps {
  plan: Plan;
  interval: PlanChangeIntent['interval'];
  exceeding: UsageMeasure[];
  /** The estimated overage when the plan charges it for what is exceeded, else `null`. */
  overageTotal: ReturnType<typeof estimateOverage>['total'] | null;
  periodEnd: Date;
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
  exceeding,
  overageTotal,
  periodEnd,
  recommendation,
  catalog,
  buttonRef,
  onReview,
}: UsageNudgeProps) {
  const { locale } = useSubscriptionKitContext(USAGE_METERS_NAME);
  const { t } = useLibraryTranslation(USAGE_METERS_NAME);
  const titleId = useId();
  const date = formatDate(periodEnd, locale);
  const paysOverage = overageTotal !== null && exceeding.every((measure) => measure.overage !== null);
  const target =
    recommendation.outcome === 'plan' && recommendation.planId !== plan.id
      ? catalog.find((candidate) => candidate.id === recommendation.planId)
      : undefined;
  // The engine's reasons that bear on this nudge: the projections past the limits, and the
  // integrations the plan keeps.
  const reasons = recommendation.reasons
    .filter((reason) =>
      reason.code === 'projected_usage'
        ? exceeding.some((measure) => measure.metric === reason.params.metric)
        : reason.code === 'integration_required',
    )
    .map((reason) => describeReason(reason, t, locale))
    .filter((sentence): sentence is string => sentence !== null);
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
          {reasons.length > 0 && (
            <ul className="sk-UsageNudge-reasons" data-slot="context-message">
              {reasons.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          )}
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

export type { UsageMetersProps };
export { UsageMeters };
