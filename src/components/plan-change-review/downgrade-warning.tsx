import { useId } from 'react';
import type { DowngradeLosses } from '../../core';
import { formatNumber, roundForDisplay } from '../shared/format';
import { integrationName, useKit } from '../shared/translate';

const DOWNGRADE_WARNING_NAME = 'PlanChangeReview';

interface DowngradeWarningProps {
  losses: DowngradeLosses;
  targetName: string;
}

/**
 * What a downgrade takes away: this period's pace past the lower plan's limits (a warning, as the
 * change waits for the next period), and the features and integrations the lower plan lacks.
 */
function DowngradeWarning({ losses, targetName }: DowngradeWarningProps) {
  const { locale, t } = useKit(DOWNGRADE_WARNING_NAME);
  const listId = useId();
  const lost = [
    ...losses.features.map((feature) => t(`features.${feature}`, { defaultValue: feature })),
    ...losses.integrations.map((integration) => integrationName(integration, t)),
  ];
  if (losses.overPace.length === 0 && lost.length === 0) return null;
  return (
    <div className="sk-Review-losses" data-slot="downgrade-losses">
      {losses.overPace.map((measure) => (
        <p key={measure.metric} className="sk-Review-overPace">
          {t('review.losses.overPace', {
            projected: formatNumber(roundForDisplay(measure.projected), locale),
            metric: t(`metrics.${measure.metric}`),
            limit: formatNumber(measure.limit ?? 0, locale),
            plan: targetName,
          })}
        </p>
      ))}
      {lost.length > 0 && (
        <>
          <p id={listId}>{t('review.losses.lost', { plan: targetName })}</p>
          <ul aria-labelledby={listId}>
            {lost.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export { DowngradeWarning };
