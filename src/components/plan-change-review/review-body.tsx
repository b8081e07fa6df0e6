import type { ReactNode } from 'react';
import {
  billingErrorCodeOf,
  type ChangeKind,
  type DowngradeBlocker,
  type DowngradeLosses,
  type PaymentMethod,
  type Plan,
  type PlanChangeIntent,
  planChangeTiming,
} from '../../core';
import type { PlanChangePreview } from '../../provider';
import type { usePlanChange } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { formatDate, formatNumber } from '../shared/format';
import { Button } from '../shared/parts';
import { integrationName, type Translate, useKit, useTranslate } from '../shared/translate';
import { selectionName } from './change-names';
import { DowngradeWarning } from './downgrade-warning';
import { PreviewFigures } from './preview-figures';

const REVIEW_BODY_NAME = 'PlanChangeReview';

interface ReviewBodyProps {
  preview: ReturnType<typeof usePlanChange>['preview'];
  catalog: readonly Plan[];
  targetName: string;
  /** The plan and interval held now; `null` without a subscription. */
  current: PlanChangeIntent | null;
  /** What a downgrade takes away, when it is one. */
  losses: DowngradeLosses | null;
  /** The default payment method; `null` when the account has none, `undefined` while unknown. */
  paymentMethod: PaymentMethod | null | undefined;
  onConfirm: () => void;
  onBack: () => void;
  /** Offered when money is due and there is no payment method to charge. */
  onUpdatePaymentMethod: (() => void) | undefined;
}

/** The review step: the preview (or why the change cannot be made), with Confirm and Back. */
function ReviewBody({ preview, ...props }: ReviewBodyProps) {
  const { targetName, onBack } = props;
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
        <p>{t('review.same', { plan: targetName, interval: t(`interval.billed_${data.interval}`) })}</p>
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
    // `same` was answered above: the kind left is a change to confirm.
    <ReadyReview data={{ ...data, kind: data.kind }} {...props} />
  );
}

/** A change that can be made: when it applies, what it takes away, what it costs, Confirm. */
function ReadyReview({
  data,
  catalog,
  targetName,
  current,
  losses,
  paymentMethod,
  ...actions
}: Omit<ReviewBodyProps, 'preview'> & { data: PlanChangePreview & { kind: Exclude<ChangeKind, 'same'> } }) {
  const { locale, t } = useKit(REVIEW_BODY_NAME);
  const payable = (data.total ?? data.amountDue).amount > 0;
  const noMethod = payable && paymentMethod === null;
  return (
    <WithBack
      status="ready"
      onBack={actions.onBack}
      action={
        noMethod ? (
          actions.onUpdatePaymentMethod && (
            <Button variant="primary" onClick={actions.onUpdatePaymentMethod}>
              {t('review.payment.add')}
            </Button>
          )
        ) : (
          <Button variant="primary" onClick={actions.onConfirm}>
            {t(`review.confirm.${data.kind}`)}
          </Button>
        )
      }
    >
      <p className="sk-Review-effective">{effectiveSentence(data, current, catalog, t, locale)}</p>
      {losses && <DowngradeWarning losses={losses} targetName={targetName} />}
      <PreviewFigures preview={data} catalog={catalog} paymentMethod={paymentMethod ?? null} />
      {noMethod && (
        <p className="sk-Review-noPaymentMethod" data-slot="no-payment-method" role="alert">
          {t('review.payment.none')}
        </p>
      )}
    </WithBack>
  );
}

/** When the change takes effect: later (with what is kept until then), now, or now with a new renewal date. */
function effectiveSentence(
  preview: PlanChangePreview,
  current: PlanChangeIntent | null,
  catalog: readonly Plan[],
  t: Translate,
  locale: string,
): string {
  if (current && planChangeTiming(preview.kind, preview.interval) === 'end_of_period') {
    return t('review.effective.scheduled', {
      date: formatDate(preview.effectiveAt, locale),
      plan: selectionName(current, catalog, t),
    });
  }
  // Another interval starts a new period now: the charge for it ends where the next renewal is.
  const renewal =
    preview.nextRenewal?.at ??
    preview.lines.find((line) => line.kind === 'charge' && line.interval !== current?.interval)?.period.end;
  return current && current.interval !== preview.interval && renewal
    ? t('review.effective.renewalMoves', { date: formatDate(renewal, locale) })
    : t('review.effective.now');
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
