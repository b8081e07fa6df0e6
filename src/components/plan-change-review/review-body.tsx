import type { ReactNode } from 'react';
import { type BillingInterval, billingErrorCodeOf, type DowngradeBlocker, formatMoney } from '../../core';
import type { PlanChangePreview } from '../../provider';
import type { usePlanChange } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { formatDate, formatNumber } from '../shared/format';
import { Button } from '../shared/parts';
import { integrationName, type Translate, useKit, useTranslate } from '../shared/translate';

const REVIEW_BODY_NAME = 'PlanChangeReview';

interface ReviewBodyProps {
  preview: ReturnType<typeof usePlanChange>['preview'];
  targetName: string;
  currentName: string;
  currentInterval: BillingInterval;
  onConfirm: () => void;
  onBack: () => void;
}

/** The review step: the preview (or why the change cannot be made), with Confirm and Back. */
function ReviewBody({
  preview,
  targetName,
  currentName,
  currentInterval,
  onConfirm,
  onBack,
}: ReviewBodyProps) {
  const { locale, t } = useKit(REVIEW_BODY_NAME);

  if (preview.isError) {
    return (
      <WithBack status="error" onBack={onBack}>
        <BillingErrorMessage
          code={billingErrorCodeOf(preview.error)}
          context={t('review.loadError')}
          onRetry={() => void preview.refetch()}
        />
      </WithBack>
    );
  }
  if (!preview.data) {
    return (
      <p className="sk-Loading" data-status="loading" role="status">
        <span className="sk-Spinner" aria-hidden="true" />
        {t('review.loading')}
      </p>
    );
  }

  const data: PlanChangePreview = preview.data;
  if (data.kind === 'same') {
    return (
      <WithBack status="ready" onBack={onBack}>
        <p>{t('review.same', { plan: targetName, interval: t(`interval.billed_${currentInterval}`) })}</p>
      </WithBack>
    );
  }
  if (data.blockers.length > 0) {
    return (
      <WithBack status="ready" blocked onBack={onBack}>
        <div className="sk-Blockers" role="alert">
          <p className="sk-ErrorMessage-title">{t('review.blocked.title')}</p>
          <ul>
            {data.blockers.map((blocker) => (
              <li key={blockerKey(blocker)}>{describeBlocker(blocker, t, locale, targetName)}</li>
            ))}
          </ul>
        </div>
      </WithBack>
    );
  }

  return (
    <WithBack
      status="ready"
      onBack={onBack}
      action={
        <Button variant="primary" onClick={onConfirm}>
          {t(`review.confirm.${data.kind}`)}
        </Button>
      }
    >
      <p className="sk-Review-effective">
        {data.kind === 'downgrade'
          ? t('review.effective.scheduled', {
              date: formatDate(data.effectiveAt, locale),
              plan: currentName,
            })
          : t('review.effective.now')}
      </p>
      <PreviewFigures preview={data} currentName={currentName} targetName={targetName} />
    </WithBack>
  );
}

/* -----------------------------------------------------------------------------------------------*/

interface WithBackProps {
  status: 'error' | 'ready';
  /** The change cannot be made (`data-blocked`). */
  blocked?: boolean;
  /** The action before Back, e.g. Confirm. */
  action?: ReactNode;
  onBack: () => void;
  children: ReactNode;
}

function WithBack({ status, blocked = false, action, onBack, children }: WithBackProps) {
  const t = useTranslate(REVIEW_BODY_NAME);
  return (
    <div data-status={status} data-blocked={blocked ? '' : undefined}>
      {children}
      <div className="sk-Actions">
        {action}
        <Button variant="ghost" onClick={onBack}>
          {t('review.back')}
        </Button>
      </div>
    </div>
  );
}

interface ProrationTableProps {
  preview: PlanChangePreview;
  currentName: string;
  targetName: string;
}

/** The proration lines, then what is due now: a figure, or in words when nothing is. */
function PreviewFigures(props: ProrationTableProps) {
  const t = useTranslate(REVIEW_BODY_NAME);
  const { lines, kind, amountDue } = props.preview;
  return (
    <>
      {lines.length > 0 && <ProrationTable {...props} />}
      {kind !== 'downgrade' && amountDue.amount === 0 && (
        // "€0.00" reads as a figure someone forgot to fill in: nothing to pay is said in words.
        <p className="sk-Review-nothingDue" data-slot="amount-due">
          {t('review.lines.nothingDue')}
        </p>
      )}
    </>
  );
}

/** The credit for unused time, the charge for the rest, and the amount due now when there is one. */
function ProrationTable({ preview, currentName, targetName }: ProrationTableProps) {
  const { locale, t } = useKit(REVIEW_BODY_NAME);
  return (
    <table className="sk-Proration" data-slot="proration">
      <caption>{t('review.lines.caption')}</caption>
      <tbody>
        {preview.lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list whose lines may repeat
          <tr key={index} data-kind={line.kind}>
            <th scope="row">
              {line.kind === 'credit'
                ? t('review.lines.credit', { plan: currentName })
                : t('review.lines.charge', { plan: targetName })}
            </th>
            <td>{formatMoney(line.amount, locale)}</td>
          </tr>
        ))}
      </tbody>
      {preview.amountDue.amount > 0 && (
        <tfoot>
          <tr>
            <th scope="row">{t('review.lines.amountDue')}</th>
            <td data-slot="amount-due">{formatMoney(preview.amountDue, locale)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function blockerKey(blocker: DowngradeBlocker): string {
  return blocker.code === 'over_usage_limits'
    ? `${blocker.code}:${blocker.params.metric}`
    : `${blocker.code}:${blocker.params.feature}`;
}

/** A blocker as the problem and what to do about it. */
function describeBlocker(blocker: DowngradeBlocker, t: Translate, locale: string, targetName: string) {
  const [problem, resolution] = blockerSentences(blocker, t, locale, targetName);
  return (
    <>
      <span className="sk-Blocker-problem">{problem}</span>
      <span className="sk-Blocker-resolution">{resolution}</span>
    </>
  );
}

function blockerSentences(
  blocker: DowngradeBlocker,
  t: Translate,
  locale: string,
  targetName: string,
): [problem: string, resolution: string] {
  if (blocker.code === 'over_usage_limits') {
    const { used, limit, metric } = blocker.params;
    return [
      t('review.blocked.over_usage_limits', {
        used: formatNumber(used, locale),
        limit: formatNumber(limit, locale),
        metric: t(`metrics.${metric}`),
      }),
      t('review.blocked.over_usage_limits_resolution'),
    ];
  }
  const { feature, kind } = blocker.params;
  return kind === 'integration'
    ? [
        t('review.blocked.integration_in_use', { feature: integrationName(feature, t) }),
        t('review.blocked.integration_in_use_resolution', { plan: targetName }),
      ]
    : [
        t('review.blocked.feature_in_use', { feature: t(`features.${feature}`, { defaultValue: feature }) }),
        t('review.blocked.feature_in_use_resolution'),
      ];
}

export { ReviewBody };
