import { type ComponentPropsWithoutRef, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type AccountContext, type BillingInterval, checkAvailability, type Plan } from '../../core';
import { PlanCard } from '../plan-card';
import { formatNumber } from '../shared/format';
import { rootProps } from '../shared/part-props';
import { Button } from '../shared/parts';
import { publicPart } from '../shared/render-boundary';
import { useKit } from '../shared/translate';
import { ComparisonTable } from './comparison-table';
import { Offers } from './offers';

/* -------------------------------------------------------------------------------------------------
 * PlanCatalog
 * -----------------------------------------------------------------------------------------------*/

const PLAN_CATALOG_NAME = 'PlanCatalog';

interface PlanCatalogProps extends Omit<ComponentPropsWithoutRef<'section'>, 'onSelect' | 'children'> {
  /** Every plan to show; they are ordered by family, then tier, with the `enterprise` family last. */
  catalog: Plan[];
  /**
   * Used to disable the plans the account cannot get, with the reasons; without it, only the
   * campaign windows are checked.
   * @default {}
   */
  account?: AccountContext | undefined;
  /**
   * The interval the prices, the comparison and the offers are shown for.
   * @default 'month'
   */
  interval?: BillingInterval | undefined;
  /**
   * The customer's plan, marked "Current plan" in the comparison and shown even beyond the first plans.
   * @default null
   */
  currentPlanId?: string | null | undefined;
  /**
   * The recommended plan, marked in the cards and the comparison and shown even beyond the first plans.
   * @default null
   */
  recommendedPlanId?: string | null | undefined;
  /**
   * Called with the plan and the interval when the customer chooses a plan, or takes a special
   * offer (on the interval the offer applies to).
   */
  onSelect?: ((plan: Plan, interval: BillingInterval) => void) | undefined;
  /** Called when the customer chooses their current plan (see `PlanCard`). */
  onSelectCurrent?: ((plan: Plan) => void) | undefined;
  /** Classes added after the part's own `sk-PlanCatalog`, e.g. for placement on the host's page. */
  className?: string | undefined;
}

/**
 * The complete catalog: the tiers as cards, a comparison table for the interval with the current
 * and recommended plans marked, and the special offers as cards that can be taken. A long catalog shows its first plans (and the current and recommended
 * ones) with "Show more plans", so ten thousand plans open as fast as fifty.
 *
 * @selector [data-slot="plan-catalog"] - the root
 * @selector [data-slot="comparison"] - the comparison table, in its scroll region (`.sk-TableScroll`),
 *   with sticky plan names and row names
 * @selector .sk-ComparisonTable th[data-current|data-recommended] - the current, the recommended plan
 * @selector .sk-ComparisonTable th[data-family-start] - the first plan of a family after another
 * @selector .sk-ComparisonTable-mark[data-variant="current|recommended"] - the words under a plan's name
 * @selector .sk-Inclusion[data-included] - the plan includes the row's feature or integration
 * @selector [data-slot="offers"] - the special offers; each `.sk-OfferCard[data-interval="month|year"]`
 * @selector [data-slot="show-more"] - how many plans are shown, and the button that shows more
 */
const PlanCatalog = /* @__PURE__ */ publicPart<HTMLElement, PlanCatalogProps>(function PlanCatalog(
  {
    catalog,
    account = {},
    interval = 'month',
    currentPlanId = null,
    recommendedPlanId = null,
    onSelect,
    onSelectCurrent,
    ...props
  },
  ref,
) {
  const { theme, now, t } = useKit(PLAN_CATALOG_NAME);
  const headingId = useId();
  const { plans, total, focusTarget, showMore } = useShownPlans(catalog, [currentPlanId, recommendedPlanId]);
  const at = now();

  return (
    <section aria-labelledby={headingId} {...rootProps('sk-PlanCatalog', 'plan-catalog', theme, props, ref)}>
      <h3 id={headingId} className="sk-SectionHeading">
        {t('catalog.heading')}
      </h3>
      <div className="sk-PlanGrid">
        {plans.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            interval={interval}
            current={plan.id === currentPlanId}
            recommended={plan.id === recommendedPlanId}
            unavailableReasons={checkAvailability(plan, account, at).reasons}
            onSelect={onSelect && ((chosen: Plan) => onSelect(chosen, interval))}
            onSelectCurrent={onSelectCurrent}
            {...focusTarget(plan)}
          />
        ))}
      </div>

      {total > PLANS_PER_PAGE && <ShowMorePlans shown={plans.length} total={total} onShowMore={showMore} />}

      <ComparisonTable
        plans={plans}
        interval={interval}
        currentPlanId={currentPlanId}
        recommendedPlanId={recommendedPlanId}
        at={at}
      />

      <Offers plans={plans} account={account} interval={interval} at={at} onTake={onSelect} />
    </section>
  );
}, PLAN_CATALOG_NAME);

/* -----------------------------------------------------------------------------------------------*/

/** How many plans a long catalog shows at first, and how many more each "Show more plans" adds. */
const PLANS_PER_PAGE = 12;

/**
 * The plans on screen, ordered by family, then tier: the first pages, plus the plans that must be
 * in view whatever the order (`pinnedIds`: the current and the recommended one). After "Show more
 * plans", focus moves to the first plan it added, so keyboard and screen reader users go on from
 * there.
 */
function useShownPlans(catalog: Plan[], pinnedIds: (string | null)[]) {
  const sorted = useMemo(() => sortCatalog(catalog), [catalog]);
  // `firstAdded`: the plan the last "Show more plans" put first on screen, which takes focus.
  const [page, setPage] = useState<{ count: number; firstAdded: string | null }>({
    count: PLANS_PER_PAGE,
    firstAdded: null,
  });
  const firstAddedRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (page.firstAdded !== null) firstAddedRef.current?.focus();
  }, [page]);
  const plans = sorted.filter((plan, index) => index < page.count || pinnedIds.includes(plan.id));

  return {
    plans,
    total: sorted.length,
    showMore: () => {
      const shownIds = new Set(plans.map((plan) => plan.id));
      const added = sorted.find((plan, index) => index >= page.count && !shownIds.has(plan.id));
      setPage({ count: page.count + PLANS_PER_PAGE, firstAdded: added?.id ?? null });
    },
    /** What the card of the first plan "Show more plans" added gets, so that it can take focus. */
    focusTarget: (plan: Plan) => (plan.id === page.firstAdded ? { tabIndex: -1, ref: firstAddedRef } : {}),
  };
}

/** "Showing 12 of 10,000 plans", announced as it changes, and "Show more plans (9,988)". */
function ShowMorePlans({
  shown,
  total,
  onShowMore,
}: {
  shown: number;
  total: number;
  onShowMore: () => void;
}) {
  const { locale, t } = useKit(PLAN_CATALOG_NAME);
  return (
    <div className="sk-PlanCatalog-more" data-slot="show-more">
      <p role="status">
        {t('catalog.shown', {
          count: total,
          shown: formatNumber(shown, locale),
          total: formatNumber(total, locale),
        })}
      </p>
      {shown < total && (
        <Button variant="secondary" onClick={onShowMore}>
          {t('catalog.showMore', { remaining: formatNumber(total - shown, locale) })}
        </Button>
      )}
    </div>
  );
}

/* -----------------------------------------------------------------------------------------------*/

const familyOrder = /* @__PURE__ */ new Intl.Collator();

/** The family of contact-sales plans, shown after the self-serve families it outgrows. */
const ENTERPRISE_FAMILY = 'enterprise';

/**
 * The catalog by family name (collated, as `localeCompare` does) with the enterprise family last,
 * then tier, then id (an opaque code, compared by code unit). Each family name is collated once
 * rather than once per comparison: ten thousand plans sort in a few milliseconds instead of tens.
 */
function sortCatalog(catalog: Plan[]): Plan[] {
  const families = [...new Set(catalog.map((plan) => plan.family))].sort(
    (a, b) => Number(a === ENTERPRISE_FAMILY) - Number(b === ENTERPRISE_FAMILY) || familyOrder.compare(a, b),
  );
  const rank = new Map(families.map((family, index) => [family, index]));
  const familyRank = (plan: Plan) => rank.get(plan.family) ?? 0;
  return [...catalog].sort(
    (a, b) =>
      familyRank(a) - familyRank(b) || a.tierRank - b.tierRank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export type { PlanCatalogProps };
export { PlanCatalog };
