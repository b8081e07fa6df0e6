import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, forwardRef, type RefObject, useMemo, useRef, useState } from 'react';
import {
  annualPricing,
  type BillingInterval,
  billingErrorCodeOf,
  checkAvailability,
  type Plan,
  type PlanChangeIntent,
} from '../../core';
import { type RecommendationsData, usePlanChange, useRecommendations } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { BillingIntervalSwitch } from '../billing-interval-switch';
import { EnterpriseContact } from '../enterprise-contact';
import { PlanCard } from '../plan-card';
import { PlanCatalog } from '../plan-catalog';
import { PlanChangeReview } from '../plan-change-review';
import { RecommendationBanner } from '../recommendation-banner';
import { ScheduledChangeNotice } from '../scheduled-change-notice';
import { Button, CloseIcon, DialogContent } from '../shared/parts';
import { RenderBoundary } from '../shared/render-boundary';
import { useKit, useTranslate } from '../shared/translate';
import { usePlanModalContext } from './plan-modal';

/* -------------------------------------------------------------------------------------------------
 * PlanModalContent
 * -----------------------------------------------------------------------------------------------*/

const CONTENT_NAME = 'PlanModalContent';

interface PlanModalContentProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * Takes over when a payment needs the customer (3-D Secure …) with the provider's URL. Without it,
   * the review links to that URL.
   */
  onCheckout?: ((url: string) => void) | undefined;
  /** Offered on payment failures (declined, insufficient funds, expired card). */
  onUpdatePaymentMethod?: (() => void) | undefined;
  /** "Contact sales" link (`https:` or same-origin); otherwise `onContactSales`, otherwise the form. */
  contactUrl?: string | undefined;
  onContactSales?: (() => void) | undefined;
  /**
   * Opens on the review of this change (e.g. from a usage nudge) instead of the plan choice; Back
   * leads to the choice.
   */
  initialPlan?: PlanChangeIntent | undefined;
  /**
   * Called as the dialog closes, before focus returns to its trigger; `event.preventDefault()`
   * keeps focus from moving there (e.g. when the trigger is gone) so you can place it yourself.
   */
  onCloseAutoFocus?: ((event: Event) => void) | undefined;
  className?: string | undefined;
}

/**
 * The dialog itself: header "Choose your plan" with close, the recommendations, the plan cards,
 * "See all plans", and enterprise contact; then the change flow.
 */
const PlanModalContent = /* @__PURE__ */ forwardRef<HTMLDivElement, PlanModalContentProps>(
  function PlanModalContent(
    {
      onCheckout,
      onUpdatePaymentMethod,
      contactUrl,
      onContactSales,
      initialPlan,
      onCloseAutoFocus,
      ...props
    },
    ref,
  ) {
    const t = useTranslate(CONTENT_NAME);
    // The flow lives inside the dialog's content, so each opening starts afresh; the content reports
    // here whether a change is being applied, so that a stray click or Escape cannot close the dialog
    // before the customer sees the outcome.
    const processing = useRef(false);
    const titleRef = useRef<HTMLHeadingElement>(null);
    const keepOpenWhileProcessing = (event: Event) => {
      if (processing.current) event.preventDefault();
    };
    return (
      <DialogContent
        {...props}
        ref={ref}
        name="sk-PlanModal"
        data-slot="plan-modal"
        onInteractOutside={keepOpenWhileProcessing}
        onEscapeKeyDown={keepOpenWhileProcessing}
        onCloseAutoFocus={onCloseAutoFocus}
        onOpenAutoFocus={(event) => {
          // The dialog is long: start at its title (read first by screen readers), not on Close.
          event.preventDefault();
          titleRef.current?.focus();
        }}
      >
        <header className="sk-PlanModal-header">
          <div>
            <Dialog.Title className="sk-PlanModal-title" ref={titleRef} tabIndex={-1}>
              {t('planModal.title')}
            </Dialog.Title>
            <Dialog.Description className="sk-PlanModal-description">
              {t('planModal.description')}
            </Dialog.Description>
          </div>
          <Dialog.Close className="sk-IconButton" aria-label={t('common.close')}>
            <CloseIcon />
          </Dialog.Close>
        </header>
        {/* Inside the dialog, so that a failure leaves its title and Close, and focus, in place. */}
        <RenderBoundary name={CONTENT_NAME}>
          <PlanModalBody
            processing={processing}
            onCheckout={onCheckout}
            onUpdatePaymentMethod={onUpdatePaymentMethod}
            contactUrl={contactUrl}
            onContactSales={onContactSales}
            initialPlan={initialPlan}
          />
        </RenderBoundary>
      </DialogContent>
    );
  },
);

interface PlanModalBodyProps
  extends Pick<
    PlanModalContentProps,
    'onCheckout' | 'onUpdatePaymentMethod' | 'contactUrl' | 'onContactSales' | 'initialPlan'
  > {
  processing: RefObject<boolean>;
}

function PlanModalBody({
  processing,
  initialPlan,
  onCheckout,
  onUpdatePaymentMethod,
  contactUrl,
  onContactSales,
}: PlanModalBodyProps) {
  const t = useTranslate(CONTENT_NAME);
  const { setOpen } = usePlanModalContext(CONTENT_NAME);
  const recommendations = useRecommendations();
  const flow = usePlanChange({ onCheckout, initialIntent: initialPlan });
  processing.current = flow.state.step === 'processing';

  if (recommendations.status === 'error') {
    return (
      <div className="sk-PlanModal-body" data-status="error">
        <BillingErrorMessage
          code={billingErrorCodeOf(recommendations.error)}
          context={t('planModal.loadError')}
          onRetry={recommendations.retry}
        />
      </div>
    );
  }
  if (recommendations.data === null) {
    return (
      <div className="sk-PlanModal-body" data-status="loading" aria-busy="true">
        <p className="sk-VisuallyHidden" role="status">
          {t('common.loading')}
        </p>
        <div className="sk-Skeleton sk-Skeleton--banner" />
        <div className="sk-PlanGrid">
          <div className="sk-Skeleton sk-Skeleton--card" />
          <div className="sk-Skeleton sk-Skeleton--card" />
          <div className="sk-Skeleton sk-Skeleton--card" />
        </div>
      </div>
    );
  }

  const { data } = recommendations;
  if (flow.state.step !== 'select') {
    return (
      <div className="sk-PlanModal-body" data-status="ready">
        <PlanChangeReview
          flow={flow}
          catalog={data.catalog}
          subscription={data.subscription}
          onFinish={() => setOpen(false)}
          onUpdatePaymentMethod={onUpdatePaymentMethod}
        />
      </div>
    );
  }
  return (
    <PlanChoice
      data={data}
      initialInterval={data.subscription?.interval ?? 'month'}
      onSelect={(plan, interval) => flow.select({ planId: plan.id, interval })}
      contactUrl={contactUrl}
      onContactSales={onContactSales}
    />
  );
}

interface PlanChoiceProps {
  data: RecommendationsData;
  initialInterval: BillingInterval;
  onSelect: (plan: Plan, interval: BillingInterval) => void;
  contactUrl?: string | undefined;
  onContactSales?: (() => void) | undefined;
}

/** How many plans the recommendation section shows as cards. */
const RECOMMENDED_CARD_COUNT = 3;

function PlanChoice({ data, initialInterval, onSelect, contactUrl, onContactSales }: PlanChoiceProps) {
  const { now, t } = useKit(CONTENT_NAME);
  const [interval, setInterval] = useState<BillingInterval>(initialInterval);
  const [showAll, setShowAll] = useState(false);
  const { catalog, account, subscription, recommendation } = data;
  const at = now();
  const currentPlanId = subscription?.planId ?? null;
  // Once per catalog, not on every toggle: a catalog can hold thousands of plans.
  const { recommended, savingsPercent } = useMemo(() => {
    const byId = new Map(catalog.map((plan) => [plan.id, plan]));
    return {
      recommended: recommendation.ranked
        .filter((ranked) => ranked.fits)
        .slice(0, RECOMMENDED_CARD_COUNT)
        .flatMap((ranked) => byId.get(ranked.planId) ?? [])
        .sort((a, b) => a.prices.month.amount - b.prices.month.amount || a.tierRank - b.tierRank),
      savingsPercent: catalog.reduce(
        (best, plan) => Math.max(best, annualPricing(plan)?.savingsPercent ?? 0),
        0,
      ),
    };
  }, [catalog, recommendation]);
  const select = (plan: Plan) => onSelect(plan, interval);

  if (catalog.length === 0) {
    return (
      <div className="sk-PlanModal-body" data-status="empty">
        <p className="sk-Empty">{t('planModal.empty')}</p>
        <EnterpriseContact contactUrl={contactUrl} onContactSales={onContactSales} />
      </div>
    );
  }

  return (
    <div className="sk-PlanModal-body" data-status="ready">
      <ScheduledChangeNotice subscription={subscription} catalog={catalog} />
      <div className="sk-PlanModal-toolbar">
        <RecommendationBanner recommendation={recommendation} />
        {savingsPercent > 0 && (
          <BillingIntervalSwitch
            value={interval}
            onValueChange={setInterval}
            annualSavingsPercent={savingsPercent}
          />
        )}
      </div>
      {recommended.length > 0 && (
        <div className="sk-PlanGrid" data-slot="recommended-plans">
          {recommended.map((plan) => (
            <PlanCard
              key={plan.id}
              plan={plan}
              interval={interval}
              recommended={plan.id === recommendation.planId}
              current={plan.id === currentPlanId && interval === subscription?.interval}
              unavailableReasons={checkAvailability(plan, account, at).reasons}
              onSelect={select}
            />
          ))}
        </div>
      )}
      <div className="sk-PlanModal-seeAll">
        <Button variant="ghost" aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
          {showAll ? t('planModal.hideAll') : t('planModal.seeAll')}
        </Button>
      </div>
      {showAll && (
        <PlanCatalog
          catalog={catalog}
          account={account}
          interval={interval}
          currentPlanId={subscription?.interval === interval ? currentPlanId : null}
          recommendedPlanId={recommendation.planId}
          onSelect={select}
        />
      )}
      <EnterpriseContact contactUrl={contactUrl} onContactSales={onContactSales} />
    </div>
  );
}

export type { PlanModalContentProps };
export { PlanModalContent };
