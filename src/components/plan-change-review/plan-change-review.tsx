import { type ComponentPropsWithoutRef, type ReactNode, useEffect, useId, useRef } from 'react';
import {
  type BillingErrorCode,
  type BillingInterval,
  type ChangeKind,
  classifyChange,
  isOutcomeUncertain,
  type Plan,
  type Subscription,
} from '../../core';
import { toSafeUrl, type usePlanChange } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { formatDate } from '../shared/format';
import { partProps } from '../shared/part-props';
import { Button } from '../shared/parts';
import { publicPart } from '../shared/render-boundary';
import { useKit, useTranslate } from '../shared/translate';
import { ReviewBody } from './review-body';

/* -------------------------------------------------------------------------------------------------
 * PlanChangeReview
 * -----------------------------------------------------------------------------------------------*/

const PLAN_CHANGE_REVIEW_NAME = 'PlanChangeReview';

interface PlanChangeReviewProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
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
 * for an upgrade, "Nothing to pay now" in words when nothing is due, the date for a downgrade,
 * blockers with what to do; a preview that does not add up is an error, never a figure), then
 * processing, done, or the failure with its resolution. When the backend refuses the amount the
 * customer confirmed, the review comes back with the new amount and says why.
 *
 * @selector [data-slot="plan-change-review"] - the root
 * @selector [data-step="review|processing|done|failed"] - the step of the change
 * @selector [data-status="loading|error|ready"] - the review's preview, on its way, failed or in
 * @selector [data-blocked] - the change cannot be made; the blockers are listed
 * @selector [data-slot="proration"] tr[data-kind="credit|charge"] - a proration line
 * @selector [data-slot="amount-due"] - the amount due now
 * @selector .sk-Button[data-variant="primary|ghost"] - Confirm, Done; Back
 */
const PlanChangeReview = /* @__PURE__ */ publicPart<HTMLElement, PlanChangeReviewProps>(
  function PlanChangeReview({ flow, catalog, subscription, onFinish, onUpdatePaymentMethod, ...props }, ref) {
    const t = useTranslate(PLAN_CHANGE_REVIEW_NAME);
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
    const kind = preview.data?.kind ?? changeKind(current, target, subscription, intent.interval);

    return (
      <section
        aria-labelledby={headingId}
        {...partProps('sk-Review', 'plan-change-review', props, ref)}
        data-step={step}
      >
        <h3 className="sk-SectionHeading" id={headingId} ref={headingRef} tabIndex={-1}>
          {step === 'done' ? t('review.finish') : t(`review.title.${kind}`)}
        </h3>
        <p className="sk-Review-change">
          {t('review.change', { from: current?.name ?? t('review.noPlan'), to: targetName })}
          {' · '}
          {t(`interval.billed_${intent.interval}`)}
        </p>

        {step === 'review' && state.error && (
          // The backend refused the amount confirmed (`amount_changed`): this is the new preview.
          <BillingErrorMessage code={state.error.code} />
        )}
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

        {step === 'processing' && <Processing actionUrl={state.actionUrl} />}

        {step === 'done' && (
          <Done
            scheduledAt={
              subscription?.scheduledChange?.planId === intent.planId
                ? subscription.scheduledChange.effectiveAt
                : null
            }
            targetName={targetName}
            onFinish={onFinish}
          />
        )}

        {step === 'failed' && state.error && (
          <Failed
            code={state.error.code}
            onRetry={flow.retry}
            onBack={flow.back}
            onUpdatePaymentMethod={onUpdatePaymentMethod}
          />
        )}
      </section>
    );
  },
  PLAN_CHANGE_REVIEW_NAME,
);

/* -----------------------------------------------------------------------------------------------*/

/** What the change will be before the preview says so (an upgrade while nothing is known). */
function changeKind(
  current: Plan | undefined,
  target: Plan | undefined,
  subscription: Subscription | null,
  interval: BillingInterval,
): ChangeKind {
  return target && current && subscription
    ? classifyChange({ plan: current, interval: subscription.interval }, { plan: target, interval })
    : 'upgrade';
}

/** The change is being applied, or waits for the customer at the payment service (3-D Secure …). */
function Processing({ actionUrl }: { actionUrl: string | null | undefined }) {
  const t = useTranslate(PLAN_CHANGE_REVIEW_NAME);
  const safeUrl = actionUrl ? toSafeUrl(actionUrl) : null;
  return (
    <div className="sk-Processing" data-status="loading">
      {actionUrl ? (
        <div role="status">
          <p>{t('review.requiresAction')}</p>
          {safeUrl && (
            <a className="sk-Button" data-variant="primary" href={safeUrl}>
              {t('review.continueToPayment')}
            </a>
          )}
        </div>
      ) : (
        <p role="status">
          <span className="sk-Spinner" aria-hidden="true" />
          {t('review.processing')}
        </p>
      )}
    </div>
  );
}

interface DoneProps {
  /** When the change takes effect, for a change scheduled at the end of the period. */
  scheduledAt: string | null;
  targetName: string;
  onFinish: () => void;
}

function Done({ scheduledAt, targetName, onFinish }: DoneProps) {
  const { locale, t } = useKit(PLAN_CHANGE_REVIEW_NAME);
  return (
    <Outcome className="sk-Done" action={t('review.finish')} variant="primary" onAction={onFinish}>
      <p className="sk-Success" role="status">
        {scheduledAt
          ? t('review.done.scheduled', { plan: targetName, date: formatDate(scheduledAt, locale) })
          : t('review.done.applied', { plan: targetName })}
      </p>
    </Outcome>
  );
}

interface FailedProps {
  code: BillingErrorCode;
  onRetry: () => void;
  onBack: () => void;
  onUpdatePaymentMethod: (() => void) | undefined;
}

/** The change failed: whether the plan changed, what to do, and the way back to the choice. */
function Failed({ code, onRetry, onBack, onUpdatePaymentMethod }: FailedProps) {
  const t = useTranslate(PLAN_CHANGE_REVIEW_NAME);
  return (
    <Outcome className="sk-Failed" action={t('review.back')} variant="ghost" onAction={onBack}>
      <BillingErrorMessage
        code={code}
        context={isOutcomeUncertain(code) ? t('errors.uncertain') : t('errors.unchanged')}
        onRetry={onRetry}
        onUpdatePaymentMethod={onUpdatePaymentMethod}
      />
    </Outcome>
  );
}

interface OutcomeProps {
  className: string;
  /** The one way on: "Done" after a change, "Back" after a failure. */
  action: string;
  variant: 'primary' | 'ghost';
  onAction: () => void;
  children: ReactNode;
}

function Outcome({ className, action, variant, onAction, children }: OutcomeProps) {
  return (
    <div className={className}>
      {children}
      <div className="sk-Actions">
        <Button variant={variant} onClick={onAction}>
          {action}
        </Button>
      </div>
    </div>
  );
}

export type { PlanChangeReviewProps };
export { PlanChangeReview };
