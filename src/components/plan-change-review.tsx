import { useEffect, useId, useRef } from 'react';
import {
  type BillingInterval,
  billingErrorCodeOf,
  classifyChange,
  type DowngradeBlocker,
  formatMoney,
  type Plan,
  type Subscription,
} from '../core';
import type { PlanChangePreview } from '../provider';
import { toSafeUrl } from '../react/safe-url';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useLibraryTranslation } from '../react/use-library-translation';
import { isOutcomeUncertain, type usePlanChange } from '../react/use-plan-change';
import { BillingErrorMessage } from './billing-error-message';
import { formatDate, formatNumber } from './format';
import { integrationName } from './recommendation-banner';

/* -------------------------------------------------------------------------------------------------
 * PlanChangeReview
 * -----------------------------------------------------------------------------------------------*/

const PLAN_CHANGE_REVIEW_NAME = 'PlanChangeReview';

interface PlanChangeReviewProps {
  /** The flow from `usePlanChange()`. */
  flow: ReturnType<typeof usePlanChange>;
  catalog: Plan[];
  subscription: Subscription | null;
  /** Called by "Done" after a completed change. */
  onFinish: () => void;
  /** Offered on payment failures, to fix the payment method. */
  onUpdatePaymentMethod?: (() => void) | undefined;
}

/**
 * Everything after "Select": the review with the provider's preview (prorated lines and amount due
 * for an upgrade, the date for a downgrade, blockers with what to do), then processing, done, or
 * the failure with its resolution. The step is written to `data-step`.
 */
function PlanChangeReview({
  flow,
  catalog,
  subscription,
  onFinish,
  onUpdatePaymentMethod,
}: PlanChangeReviewProps) {
  const { locale } = useSubscriptionKitContext(PLAN_CHANGE_REVIEW_NAME);
  const { t } = useLibraryTranslation(PLAN_CHANGE_REVIEW_NAME);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const { state, preview } = flow;
  const { step, intent } = state;

  // Each step replaces the panel's content: move focus to its heading so keyboard and screen
  // reader users continue from there instead of from a button that no longer exists.
  useEffect(() => {
    if (step !== 'select') headingRef.current?.focus();
  }, [step]);

  if (intent === null || step === 'select') return null;
  const target = catalog.find((plan) => plan.id === intent.planId);
  const current = catalog.find((plan) => plan.id === subscription?.planId);
  const targetName = target?.name ?? intent.planId;
  const kind =
    preview.data?.kind ??
    (target && current && subscription
      ? classifyChange(
          { plan: current, interval: subscription.interval },
          { plan: target, interval: intent.interval },
        )
      : 'upgrade');

  return (
    <section
      className="sk-Review"
      data-slot="plan-change-review"
      data-step={step}
      aria-labelledby={headingId}
    >
      <h3 className="sk-SectionHeading" id={headingId} ref={headingRef} tabIndex={-1}>
        {step === 'done' ? t('review.finish') : reviewTitle(kind, t)}
      </h3>
      <p className="sk-Review-change">
        {t('review.change', { from: current?.name ?? t('review.noPlan'), to: targetName })}
        {' · '}
        {intervalText(intent.interval, t)}
      </p>

      {step === 'review' && (
        <ReviewBody
          preview={preview}
          targetName={targetName}
          currentName={current?.name ?? ''}
          currentInterval={subscription?.interval ?? 'month'}
          onConfirm={flow.confirm}
          onBack={flow.back}
        />
      )}

      {step === 'processing' && (
        <div className="sk-Processing" data-status="loading">
          {state.actionUrl ? (
            <ActionRequired url={state.actionUrl} />
          ) : (
            <p role="status">
              <span className="sk-Spinner" aria-hidden="true" />
              {t('review.processing')}
            </p>
          )}
        </div>
      )}

      {step === 'done' && (
        <div className="sk-Done">
          <p className="sk-Success" role="status">
            {subscription?.scheduledChange && subscription.scheduledChange.planId === intent.planId
              ? t('review.done.scheduled', {
                  plan: targetName,
                  date: formatDate(subscription.scheduledChange.effectiveAt, locale),
                })
              : t('review.done.applied', { plan: targetName })}
          </p>
          <div className="sk-Actions">
            <button type="button" className="sk-Button" data-variant="primary" onClick={onFinish}>
              {t('review.finish')}
            </button>
          </div>
        </div>
      )}

      {step === 'failed' && state.error && (
        <div className="sk-Failed">
          <BillingErrorMessage
            code={state.error.code}
            context={isOutcomeUncertain(state.error.code) ? t('errors.uncertain') : t('errors.unchanged')}
            onRetry={flow.retry}
            onUpdatePaymentMethod={onUpdatePaymentMethod}
          />
          <div className="sk-Actions">
            <button type="button" className="sk-Button" data-variant="ghost" onClick={flow.back}>
              {t('review.back')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/* -----------------------------------------------------------------------------------------------*/

type Translate = ReturnType<typeof useLibraryTranslation>['t'];

interface ReviewBodyProps {
  preview: ReturnType<typeof usePlanChange>['preview'];
  targetName: string;
  currentName: string;
  currentInterval: BillingInterval;
  onConfirm: () => void;
  onBack: () => void;
}

function ReviewBody({
  preview,
  targetName,
  currentName,
  currentInterval,
  onConfirm,
  onBack,
}: ReviewBodyProps) {
  const { locale } = useSubscriptionKitContext(PLAN_CHANGE_REVIEW_NAME);
  const { t } = useLibraryTranslation(PLAN_CHANGE_REVIEW_NAME);
  const backButton = (
    <button type="button" className="sk-Button" data-variant="ghost" onClick={onBack}>
      {t('review.back')}
    </button>
  );

  if (preview.isError) {
    return (
      <div data-status="error">
        <BillingErrorMessage
          code={billingErrorCodeOf(preview.error)}
          context={t('review.loadError')}
          onRetry={() => void preview.refetch()}
        />
        <div className="sk-Actions">{backButton}</div>
      </div>
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
      <div data-status="ready">
        <p>{t('review.same', { plan: targetName, interval: intervalText(currentInterval, t) })}</p>
        <div className="sk-Actions">{backButton}</div>
      </div>
    );
  }
  if (data.blockers.length > 0) {
    return (
      <div data-status="ready" data-blocked="">
        <div className="sk-Blockers" role="alert">
          <p className="sk-ErrorMessage-title">{t('review.blocked.title')}</p>
          <ul>
            {data.blockers.map((blocker) => (
              <li key={blockerKey(blocker)}>{describeBlocker(blocker, t, locale, targetName)}</li>
            ))}
          </ul>
        </div>
        <div className="sk-Actions">{backButton}</div>
      </div>
    );
  }

  const scheduled = data.kind === 'downgrade';
  return (
    <div data-status="ready">
      <p className="sk-Review-effective">
        {scheduled
          ? t('review.effective.scheduled', { date: formatDate(data.effectiveAt, locale), plan: currentName })
          : t('review.effective.now')}
      </p>
      {data.lines.length > 0 && (
        <table className="sk-Proration" data-slot="proration">
          <caption>{t('review.lines.caption')}</caption>
          <tbody>
            {data.lines.map((line) => (
              <tr key={`${line.kind}:${line.planId}:${line.interval}`} data-kind={line.kind}>
                <th scope="row">
                  {line.kind === 'credit'
                    ? t('review.lines.credit', { plan: currentName })
                    : t('review.lines.charge', { plan: targetName })}
                </th>
                <td>{formatMoney(line.amount, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('review.lines.amountDue')}</th>
              <td data-slot="amount-due">{formatMoney(data.amountDue, locale)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <div className="sk-Actions">
        <button type="button" className="sk-Button" data-variant="primary" onClick={onConfirm}>
          {data.kind === 'upgrade'
            ? t('review.confirm.upgrade')
            : data.kind === 'downgrade'
              ? t('review.confirm.downgrade')
              : t('review.confirm.interval_change')}
        </button>
        {backButton}
      </div>
    </div>
  );
}

function ActionRequired({ url }: { url: string }) {
  const { t } = useLibraryTranslation(PLAN_CHANGE_REVIEW_NAME);
  const safeUrl = toSafeUrl(url);
  return (
    <div role="status">
      <p>{t('review.requiresAction')}</p>
      {safeUrl && (
        <a className="sk-Button" data-variant="primary" href={safeUrl}>
          {t('review.continueToPayment')}
        </a>
      )}
    </div>
  );
}

function reviewTitle(kind: ReturnType<typeof classifyChange>, t: Translate): string {
  switch (kind) {
    case 'upgrade':
      return t('review.title.upgrade');
    case 'downgrade':
      return t('review.title.downgrade');
    case 'same':
      return t('review.title.same');
    case 'interval_change':
      return t('review.title.interval_change');
    default:
      kind satisfies never;
      return '';
  }
}

function intervalText(interval: BillingInterval, t: Translate): string {
  return interval === 'year' ? t('interval.billed_year') : t('interval.billed_month');
}

function blockerKey(blocker: DowngradeBlocker): string {
  return blocker.code === 'over_usage_limits'
    ? `${blocker.code}:${blocker.params.metric}`
    : `${blocker.code}:${blocker.params.feature}`;
}

function describeBlocker(blocker: DowngradeBlocker, t: Translate, locale: string, targetName: string) {
  switch (blocker.code) {
    case 'over_usage_limits':
      return (
        <>
          <span className="sk-Blocker-problem">
            {t('review.blocked.over_usage_limits', {
              used: formatNumber(blocker.params.used, locale),
              limit: formatNumber(blocker.params.limit, locale),
              metric: t(`metrics.${blocker.params.metric}`),
            })}
          </span>
          <span className="sk-Blocker-resolution">{t('review.blocked.over_usage_limits_resolution')}</span>
        </>
      );
    case 'feature_in_use': {
      const { feature, kind } = blocker.params;
      return kind === 'integration' ? (
        <>
          <span className="sk-Blocker-problem">
            {t('review.blocked.integration_in_use', {
              feature: integrationName(feature, t),
            })}
          </span>
          <span className="sk-Blocker-resolution">
            {t('review.blocked.integration_in_use_resolution', { plan: targetName })}
          </span>
        </>
      ) : (
        <>
          <span className="sk-Blocker-problem">
            {t('review.blocked.feature_in_use', {
              feature: t(`features.${feature}`, { defaultValue: feature }),
            })}
          </span>
          <span className="sk-Blocker-resolution">{t('review.blocked.feature_in_use_resolution')}</span>
        </>
      );
    }
    default:
      blocker satisfies never;
      return null;
  }
}

export type { PlanChangeReviewProps };
export { PlanChangeReview };
