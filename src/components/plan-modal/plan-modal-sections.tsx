import {
  Children,
  type ComponentPropsWithoutRef,
  createContext,
  Fragment,
  forwardRef,
  isValidElement,
  type ReactNode,
  useContext,
  useMemo,
  useState,
} from 'react';
import { annualPricing, type BillingInterval, checkAvailability, type Plan } from '../../core';
import type { RecommendationsData, usePlanChange } from '../../query';
import { BillingIntervalSwitch, type BillingIntervalSwitchProps } from '../billing-interval-switch';
import { EnterpriseContact, type EnterpriseContactProps } from '../enterprise-contact';
import { PlanCard } from '../plan-card';
import { PlanCatalog, type PlanCatalogProps } from '../plan-catalog';
import { PlanChangeReview, type PlanChangeReviewProps } from '../plan-change-review';
import { RecommendationBanner, type RecommendationBannerProps } from '../recommendation-banner';
import { ScheduledChangeNotice, type ScheduledChangeNoticeProps } from '../scheduled-change-notice';
import { partProps } from '../shared/part-props';
import { Button } from '../shared/parts';
import { useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * The sections of PlanModalContent: the plan choice (a scheduled change, the recommendation banner,
 * the interval switch, the recommended plans, every plan, enterprise contact) and the review of the
 * chosen change. Each shows itself at its step; a host places, orders or leaves them out.
 * -----------------------------------------------------------------------------------------------*/

/** What `PlanModalContent` passes on to its sections. */
interface PlanModalSectionOptions {
  /** Offered on payment failures (declined, insufficient funds, expired card). */
  onUpdatePaymentMethod?: (() => void) | undefined;
  /** "Contact sales" link (`https:` or same-origin); otherwise `onContactSales`, otherwise the form. */
  contactUrl?: string | undefined;
  /** Called by "Contact sales" instead of the built-in form, e.g. to open the host's own chat. */
  onContactSales?: (() => void) | undefined;
}

interface PlanModalSectionsValue {
  options: PlanModalSectionOptions;
  data: RecommendationsData;
  flow: ReturnType<typeof usePlanChange>;
  /** The plan choice shows, with plans to choose from. */
  choosing: boolean;
  interval: BillingInterval;
  setInterval: (interval: BillingInterval) => void;
  /** Chooses a plan at the interval shown; the current one too, which says no change is needed. */
  choose: (plan: Plan) => void;
  /** No `PlanModalReview` is among the sections: the review follows them. */
  reviewAtEnd: boolean;
  onFinish: () => void;
}

const SectionsContext = createContext<PlanModalSectionsValue | null>(null);

function useSections(consumerName: string): PlanModalSectionsValue {
  const context = useContext(SectionsContext);
  if (context === null) throw new Error(`\`${consumerName}\` must be used within \`PlanModalContent\`.`);
  return context;
}

interface PlanModalSectionsProps
  extends Pick<PlanModalSectionsValue, 'options' | 'data' | 'flow' | 'onFinish'> {
  /** The sections in their order; `PlanModalReview` among them places the review. */
  layout: ReactNode;
}

/**
 * The sections and what they share: the interval the prices are shown for, from the customer's own.
 * Mounted afresh each time the choice shows (as after "Back"), so it starts from the subscription.
 */
function PlanModalSections({ layout, data, flow, ...value }: PlanModalSectionsProps) {
  const [interval, setInterval] = useState<BillingInterval>(data.subscription?.interval ?? 'month');
  const reviewAtEnd = !placesReview(layout);
  const choosing = flow.state.step === 'select' && data.catalog.length > 0;
  const choose = (plan: Plan) => flow.select({ planId: plan.id, interval });
  const shared = { ...value, data, flow, choosing, interval, setInterval, choose, reviewAtEnd };
  return (
    <SectionsContext.Provider value={shared}>
      {layout}
      {reviewAtEnd && <Review />}
    </SectionsContext.Provider>
  );
}

/** Whether `PlanModalReview` is a child of the layout, directly or in a fragment. */
function placesReview(layout: ReactNode): boolean {
  return Children.toArray(layout).some(
    (child) =>
      isValidElement<{ children?: ReactNode }>(child) &&
      (child.type === PlanModalReview || (child.type === Fragment && placesReview(child.props.children))),
  );
}

/* -----------------------------------------------------------------------------------------------*/

type PlanModalScheduledChangeProps = Omit<ScheduledChangeNoticeProps, 'subscription' | 'catalog'>;

/**
 * The scheduled change, if there is one, with "Cancel scheduled change" (`ScheduledChangeNotice`).
 *
 * @selector [data-slot="scheduled-change"] - as `ScheduledChangeNotice`
 */
const PlanModalScheduledChange = /* @__PURE__ */ forwardRef<HTMLDivElement, PlanModalScheduledChangeProps>(
  function PlanModalScheduledChange(props, ref) {
    const { choosing, data } = useSections('PlanModalScheduledChange');
    if (!choosing) return null;
    return (
      <ScheduledChangeNotice {...props} ref={ref} subscription={data.subscription} catalog={data.catalog} />
    );
  },
);

type PlanModalToolbarProps = ComponentPropsWithoutRef<'div'>;

/**
 * A row for the recommendation banner and the interval switch, side by side where there is room.
 *
 * @selector .sk-PlanModal-toolbar - the row (no state attributes)
 */
const PlanModalToolbar = /* @__PURE__ */ forwardRef<HTMLDivElement, PlanModalToolbarProps>(
  function PlanModalToolbar(props, ref) {
    const { choosing } = useSections('PlanModalToolbar');
    return choosing ? <div {...partProps('sk-PlanModal-toolbar', undefined, props, ref)} /> : null;
  },
);

type PlanModalRecommendationBannerProps = Omit<RecommendationBannerProps, 'recommendation'>;

/**
 * "Recommended for you" with the reasons (`RecommendationBanner`).
 *
 * @selector [data-slot="recommendation-banner"][data-outcome="plan|enterprise"] - as `RecommendationBanner`
 */
const PlanModalRecommendationBanner = /* @__PURE__ */ forwardRef<
  HTMLElement,
  PlanModalRecommendationBannerProps
>(function PlanModalRecommendationBanner(props, ref) {
  const { choosing, data } = useSections('PlanModalRecommendationBanner');
  if (!choosing) return null;
  return <RecommendationBanner {...props} ref={ref} recommendation={data.recommendation} />;
});

type PlanModalIntervalSwitchProps = Omit<
  BillingIntervalSwitchProps,
  'value' | 'onValueChange' | 'annualSavingsPercent'
>;

/**
 * Monthly or annual prices for the plans of the modal (`BillingIntervalSwitch`), with the best annual
 * saving; hidden when no plan saves on annual billing.
 *
 * @selector [data-slot="interval-switch"][data-value="month|year"] - as `BillingIntervalSwitch`
 */
const PlanModalIntervalSwitch = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, PlanModalIntervalSwitchProps>(
  function PlanModalIntervalSwitch(props, ref) {
    const { choosing, data, interval, setInterval } = useSections('PlanModalIntervalSwitch');
    const savingsPercent = useMemo(
      () => data.catalog.reduce((best, plan) => Math.max(best, annualPricing(plan)?.savingsPercent ?? 0), 0),
      [data.catalog],
    );
    if (!choosing || savingsPercent <= 0) return null;
    return (
      <BillingIntervalSwitch
        {...props}
        ref={ref}
        value={interval}
        onValueChange={setInterval}
        annualSavingsPercent={savingsPercent}
      />
    );
  },
);

/** How many plans the recommendation section shows as cards. */
const RECOMMENDED_CARD_COUNT = 3;

type PlanModalRecommendedPlansProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * The recommended plans that fit, as cards from the cheapest; nothing when none fits.
 *
 * @selector [data-slot="recommended-plans"] - the grid of `PlanCard`s
 */
const PlanModalRecommendedPlans = /* @__PURE__ */ forwardRef<HTMLDivElement, PlanModalRecommendedPlansProps>(
  function PlanModalRecommendedPlans(props, ref) {
    const { now } = useKit('PlanModalRecommendedPlans');
    const { choosing, data, interval, choose } = useSections('PlanModalRecommendedPlans');
    const { catalog, recommendation, subscription } = data;
    const at = now();
    const recommended = recommendation.ranked
      .filter((ranked) => ranked.fits)
      .slice(0, RECOMMENDED_CARD_COUNT)
      .flatMap((ranked) => catalog.find((plan) => plan.id === ranked.planId) ?? [])
      .sort((a, b) => a.prices.month.amount - b.prices.month.amount || a.tierRank - b.tierRank);
    if (!choosing || recommended.length === 0) return null;
    return (
      <div {...partProps('sk-PlanGrid', 'recommended-plans', props, ref)}>
        {recommended.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            interval={interval}
            recommended={plan.id === recommendation.planId}
            current={plan.id === subscription?.planId && interval === subscription.interval}
            unavailableReasons={checkAvailability(plan, data.account, at).reasons}
            onSelect={choose}
            onSelectCurrent={choose}
          />
        ))}
      </div>
    );
  },
);

type PlanModalCatalogProps = Omit<
  PlanCatalogProps,
  'catalog' | 'account' | 'interval' | 'currentPlanId' | 'recommendedPlanId' | 'onSelect' | 'onSelectCurrent'
>;

/**
 * "See all plans": every plan, the comparison and the offers (`PlanCatalog`), each on its interval.
 *
 * @selector .sk-PlanModal-seeAll - the button's row
 * @selector [data-slot="plan-catalog"] - as `PlanCatalog`, once shown
 */
const PlanModalCatalog = /* @__PURE__ */ forwardRef<HTMLElement, PlanModalCatalogProps>(
  function PlanModalCatalog(props, ref) {
    const { t } = useKit('PlanModalCatalog');
    const { choosing, data, flow, interval, choose } = useSections('PlanModalCatalog');
    const [showAll, setShowAll] = useState(false);
    if (!choosing) return null;
    const { subscription } = data;
    return (
      <>
        <div className="sk-PlanModal-seeAll">
          <Button variant="ghost" aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
            {showAll ? t('planModal.hideAll') : t('planModal.seeAll')}
          </Button>
        </div>
        {showAll && (
          <PlanCatalog
            {...props}
            ref={ref}
            catalog={data.catalog}
            account={data.account}
            interval={interval}
            currentPlanId={subscription?.interval === interval ? subscription.planId : null}
            recommendedPlanId={data.recommendation.planId}
            onSelect={(plan, chosen) => flow.select({ planId: plan.id, interval: chosen })}
            onSelectCurrent={choose}
          />
        )}
      </>
    );
  },
);

type PlanModalEnterpriseContactProps = Omit<EnterpriseContactProps, 'contactUrl' | 'onContactSales'>;

/**
 * "Need more?" and "Contact sales" (`EnterpriseContact`), also when the catalog is empty.
 *
 * @selector [data-slot="enterprise-contact"] - as `EnterpriseContact`
 */
const PlanModalEnterpriseContact = /* @__PURE__ */ forwardRef<HTMLElement, PlanModalEnterpriseContactProps>(
  function PlanModalEnterpriseContact(props, ref) {
    const { flow, options } = useSections('PlanModalEnterpriseContact');
    if (flow.state.step !== 'select') return null;
    return (
      <EnterpriseContact
        {...props}
        ref={ref}
        contactUrl={options.contactUrl}
        onContactSales={options.onContactSales}
      />
    );
  },
);

type PlanModalReviewProps = Omit<
  PlanChangeReviewProps,
  'flow' | 'catalog' | 'subscription' | 'account' | 'onFinish' | 'onUpdatePaymentMethod'
>;

/**
 * The chosen change: its preview, Confirm and the outcome (`PlanChangeReview`), in place of the
 * choice. Place it as a child of `PlanModalContent` (or in a fragment there); without it, the review
 * follows the other sections.
 *
 * @selector [data-slot="plan-change-review"][data-step="review|processing|done|failed"] - as
 *   `PlanChangeReview`
 */
const PlanModalReview = /* @__PURE__ */ forwardRef<HTMLElement, PlanModalReviewProps>(
  function PlanModalReview(props, ref) {
    const { reviewAtEnd } = useSections('PlanModalReview');
    return reviewAtEnd ? null : <Review {...props} ref={ref} />;
  },
);

/** The review itself, wherever it is placed. */
const Review = /* @__PURE__ */ forwardRef<HTMLElement, PlanModalReviewProps>(function Review(props, ref) {
  const { data, flow, options, onFinish } = useSections('PlanModalReview');
  return (
    <PlanChangeReview
      {...props}
      ref={ref}
      flow={flow}
      catalog={data.catalog}
      subscription={data.subscription}
      account={data.account}
      onFinish={onFinish}
      onUpdatePaymentMethod={options.onUpdatePaymentMethod}
    />
  );
});

export type {
  PlanModalCatalogProps,
  PlanModalEnterpriseContactProps,
  PlanModalIntervalSwitchProps,
  PlanModalRecommendationBannerProps,
  PlanModalRecommendedPlansProps,
  PlanModalReviewProps,
  PlanModalScheduledChangeProps,
  PlanModalSectionOptions,
  PlanModalToolbarProps,
};
export {
  PlanModalCatalog,
  PlanModalEnterpriseContact,
  PlanModalIntervalSwitch,
  PlanModalRecommendationBanner,
  PlanModalRecommendedPlans,
  PlanModalReview,
  PlanModalScheduledChange,
  PlanModalSections,
  PlanModalToolbar,
};
