import { useId } from 'react';
import type { UsageMeasure } from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { formatDate, formatNumber, formatPercent, roundForDisplay } from '../shared/format';
import { type Translate, useTranslate } from '../shared/translate';

const USAGE_METERS_NAME = 'UsageMeters';

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
  const t = useTranslate(USAGE_METERS_NAME);
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

export { dayOf, metricName, UsageMeter };
