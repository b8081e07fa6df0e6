import { type ComponentPropsWithoutRef, type ReactNode, useEffect, useId, useRef } from 'react';
import {
  type AccountContext,
  type BillingErrorCode,
  type BillingInterval,
  type ChangeKind,
  type ConfirmedPlanChange,
  classifyChange,
  downgradeLosses,
  formatMoney,
  isOutcomeUncertain,
  type PaymentMethod,
  type Plan,
  planChangeTiming,
  type Subscription,
  usagePeriodAt,
} from '../../core';
import { toSafeUrl, usePaymentMethods, type usePlanChange } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { formatDate } from '../shared/format';
import { Button } from '../shared/parts';
import { methodName } from '../shared/payment-method-name';
import { publicPart } from '../shared/render-boundary';
import { InsideRoot, useScopedPartProps } from '../shared/root-scope';
import { useKit, useTranslate } from '../shared/translate';
import { selectionName } from './change-names';
import { ReviewBody } from './review-body';

/* -------------------------------------------------------------------------------------------------
 * PlanChangeReview
 * -----------------------------------------------------------------------------------------------*/

const PLAN_CHANGE_REVIEW_NAME = 'PlanChangeReview';

interface PlanChangeReviewProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The flow from `usePlanChange()`. */
  flow: ReturnType<typeof usePlanChange>;
  /** The catalog (`useCatalog`), which names the plans of the change. */
  catalog: Plan[];
  /** The current subscription (`useSubscription`), the change's starting point; `null` for none. */
  subscription: Subscription | null;
  /** This period's usage: a downgrade warns when its pace goes past the lower plan's limits. */
  account?: AccountContext | undefined;
  /** Called by "Done" after a completed change. */
  onFinish: () => void;
  /** Offered on payment failures, to fix the payment method, and to add one when there is none. */
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
 * @selector [data-slot="tax|total"] - the tax on it and the total, when the provider gives them
 * @selector [data-slot="payment-method|no-payment-method"] - the method charged, or that there is none
 * @selector [data-slot="next-renewal"] - when the subscription renews after the change, and for how much
 * @selector [data-slot="downgrade-losses"] - what a downgrade takes away
 * @selector [data-slot="charged"] - after the change: what was charged, or that nothing was
 * @selector .sk-Button[data-variant="primary|ghost"] - Confirm, Done; Back
 */
const PlanChangeReview = /* @__PURE__ */ publicPart<HTMLElement, PlanChangeReviewProps>(
  function PlanChangeReview(
    { flow, catalog, subscription, account, onFinish, onUpdatePaymentMethod, ...props },
    ref,
  ) {
    const { now, theme, t } = useKit(PLAN_CHANGE_REVIEW_NAME);
    const root = useScopedPartProps('sk-Review', 'plan-change-review', theme, props, ref);
    const headingRef = useRef<HTMLHeadingElement>(null);
    const headingId = useId();
    const { state, preview } = flow;
    const { step, intent, confirmed } = state;

    // Each step replaces the panel's content: move focus to its heading so keyboard and screen
    // reader users continue from there instead of from a button that no longer exists.
    useEffect(() => {
      if (step !== 'select') headingRef.current?.focus();
    }, [step]);

    if (intent === null || step === 'select') return null;
    const target = catalog.find((plan) => plan.id === intent.planId);
    const current = catalog.find((plan) => plan.id === subscription?.planId);
    const targetName = target?.name ?? intent.planId;
    const held = subscription && { planId: subscription.planId, interval: subscription.interval };
    // Once confirmed, the change is told from what the customer confirmed: the refetched
    // subscription is already on the new plan.
    const from = step !== 'review' && confirmed ? confirmed.from : held;
    const kind = preview.data?.kind ?? changeKind(current, target, subscription, intent.interval);
    const scheduledAt = scheduledDate(confirmed, subscription, intent.planId);
    const losses = kind === 'downgrade' ? lossesAt(now(), { current, target, subscription, account }) : null;

    return (
      <section aria-labelledby={headingId} {...root} data-step={step}>
        <h3 className="sk-SectionHeading" id={headingId} ref={headingRef} tabIndex={-1}>
          {step === 'done'
            ? t(`review.done.title.${scheduledAt ? 'scheduled' : 'applied'}`)
            : t(`review.title.${kind}`)}
        </h3>
        <p className="sk-Review-change">
          {t('review.change', {
            from: from ? selectionName(from, catalog, t) : t('review.noPlan'),
            to: selectionName(intent, catalog, t),
          })}
        </p>
        {step === 'processing' && <Processing actionUrl={state.actionUrl} />}
        {step === 'done' && (
          <Done confirmed={confirmed} scheduledAt={scheduledAt} targetName={targetName} onFinish={onFinish} />
        )}
        {/* One step at a time; these may hold our error message, which needs no scope of its own. */}
        <InsideRoot>
          {step === 'review' && state.error && (
            // The backend refused the amount confirmed (`amount_changed`): this is the new preview.
            <BillingErrorMessage code={state.error.code} />
          )}
          {step === 'review' && (
            <ReviewWithPayment
              preview={preview}
              catalog={catalog}
              targetName={targetName}
              current={held}
              losses={losses}
              onConfirm={flow.confirm}
              onBack={flow.back}
              onUpdatePaymentMethod={onUpdatePaymentMethod}
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
        </InsideRoot>
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

interface LossesInputs {
  current: Plan | undefined;
  target: Plan | undefined;
  subscription: Subscription | null;
  account: AccountContext | undefined;
}

/** What the downgrade takes away, with this period's usage measured at `at`. */
function lossesAt(at: Date, { current, target, subscription, account }: LossesInputs) {
  if (!current || !target || !subscription) return null;
  const period = usagePeriodAt(subscription, at);
  return downgradeLosses({ current, target, usage: account?.usage ?? {}, period, now: at });
}

/** The review with the account's default payment method, read only once the review shows. */
function ReviewWithPayment(props: Omit<Parameters<typeof ReviewBody>[0], 'paymentMethod'>) {
  return <ReviewBody {...props} paymentMethod={useDefaultPaymentMethod()} />;
}

/** The default payment method; `null` when there is none, `undefined` while unknown or not listed. */
function useDefaultPaymentMethod(): PaymentMethod | null | undefined {
  const methods = usePaymentMethods();
  return methods.data && (methods.data.find((method) => method.isDefault) ?? null);
}

/**
 * When a change waits for the end of the period, the date it applies: from the preview the customer
 * confirmed, or else from the subscription's scheduled change; `null` for a change applied at once.
 */
function scheduledDate(
  confirmed: ConfirmedPlanChange | null,
  subscription: Subscription | null,
  planId: string,
): string | null {
  const preview = confirmed?.preview;
  if (preview) {
    return planChangeTiming(preview.kind, preview.interval) === 'end_of_period' ? preview.effectiveAt : null;
  }
  const scheduled = subscription?.scheduledChange;
  return scheduled?.planId === planId ? scheduled.effectiveAt : null;
}

interface DoneProps {
  confirmed: ConfirmedPlanChange | null;
  /** When the change applies, for one that waits for the end of the period. */
  scheduledAt: string | null;
  targetName: string;
  onFinish: () => void;
}

/** What happened, once: the change and when it applies, and what was charged (or that nothing was). */
function Done({ confirmed, scheduledAt, targetName, onFinish }: DoneProps) {
  const { locale, t } = useKit(PLAN_CHANGE_REVIEW_NAME);
  const paymentMethod = useDefaultPaymentMethod();
  const preview = confirmed?.preview;
  const charged = preview && (preview.total ?? preview.amountDue);
  const amount = charged && formatMoney(charged, locale);
  const date = preview && formatDate(preview.effectiveAt, locale);
  return (
    <Outcome className="sk-Done" action={t('review.finish')} variant="primary" onAction={onFinish}>
      <p className="sk-Success" role="status">
        {scheduledAt
          ? t('review.done.scheduled', { plan: targetName, date: formatDate(scheduledAt, locale) })
          : t('review.done.applied', { plan: targetName })}
      </p>
      {charged && (
        <p className="sk-Done-charged" data-slot="charged">
          {charged.amount === 0
            ? t('review.done.nothingCharged')
            : paymentMethod
              ? t('review.done.chargedTo', { amount, date, method: methodName(paymentMethod, t) })
              : t('review.done.charged', { amount, date })}
        </p>
      )}
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
