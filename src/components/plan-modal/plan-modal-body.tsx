import type { RefObject } from 'react';
import { useState } from 'react';
import {
  annualPricing,
  type BillingInterval,
  billingErrorCodeOf,
  checkAvailability,
  type Plan,
} from '../../core';
import { type RecommendationsData, usePlanChange, useRecommendations } from '../../query';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { BillingErrorMessage } from '../billing-error-message';
import { BillingIntervalSwitch } from '../billing-interval-switch';
import { EnterpriseContact } from '../enterprise-contact';
import { PlanCard } from '../plan-card';
import { PlanCatalog } from '../plan-catalog';
import { PlanChangeReview } from '../plan-change-review';
import { RecommendationBanner } from '../recommendation-banner';
import { ScheduledChangeNotice } from '../scheduled-change-notice';
import { Button } from '../shared/button';
import { useTranslate } from '../shared/translate';
import type { PlanModalContentProps } from './plan-modal-content';
import { usePlanModalContext } from './plan-modal-context';

const CONTENT_NAME = 'PlanModalContent';

interface PlanModalBodyProps extends Omit<PlanModalContentProps, 'className'> {
  processing: RefObject<boolean>;
}

function PlanModalBody(props: PlanModalBodyProps) {
  const { processing, initialPlan, onCheckout, onUpdatePaymentMethod, contactUrl, onContactSales } = props;
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
  const { now } = useSubscriptionKitContext(CONTENT_NAME);
  const t = useTranslate(CONTENT_NAME);
  const [interval, setInterval] = useState<BillingInterval>(initialInterval);
  const [showAll, setShowAll] = useState(false);
  const { catalog, account, subscription, recommendation } = data;
  const at = now();
  const currentPlanId = subscription?.planId ?? null;
  const byId = new Map(catalog.map((plan) => [plan.id, plan]));
  const recommended = recommendation.ranked
    .filter((ranked) => ranked.fits)
    .slice(0, RECOMMENDED_CARD_COUNT)
    .flatMap((ranked) => byId.get(ranked.planId) ?? [])
    .sort((a, b) => a.prices.month.amount - b.prices.month.amount || a.tierRank - b.tierRank);
  const savingsPercent = Math.max(0, ...catalog.map((plan) => annualPricing(plan)?.savingsPercent ?? 0));
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

export { PlanModalBody };
