import { type ComponentPropsWithoutRef, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type AccountContext,
  type BillingInterval,
  type Campaign,
  checkAvailability,
  effectivePrice,
  formatCompactNumber,
  formatMoney,
  type Plan,
  type PlanLimits,
} from '../../core';
import { PlanCard } from '../plan-card';
import { formatDate, formatNumber, formatPercent } from '../shared/format';
import { rootProps } from '../shared/part-props';
import { Button, CheckIcon } from '../shared/parts';
import { publicPart } from '../shared/render-boundary';
import { integrationName, type Translate, useKit, useTranslate } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * PlanCatalog
 * -----------------------------------------------------------------------------------------------*/

const PLAN_CATALOG_NAME = 'PlanCatalog';

interface PlanCatalogProps extends Omit<ComponentPropsWithoutRef<'section'>, 'onSelect' | 'children'> {
  /** Every plan to show; they are ordered by family, then tier. */
  catalog: Plan[];
  /** Used to disable the plans the account cannot get, with the reasons. */
  account?: AccountContext | undefined;
  /** @default 'month' */
  interval?: BillingInterval | undefined;
  currentPlanId?: string | null | undefined;
  recommendedPlanId?: string | null | undefined;
  onSelect?: ((plan: Plan) => void) | undefined;
  /** Called when the customer chooses their current plan (see `PlanCard`). */
  onSelectCurrent?: ((plan: Plan) => void) | undefined;
  className?: string | undefined;
}

/**
 * The complete catalog: the tiers as cards, a feature comparison table, and the special offers
 * with their end dates. A long catalog shows its first plans (and the current and recommended
 * ones) with "Show more plans", so ten thousand plans open as fast as fifty.
 *
 * @selector [data-slot="plan-catalog"] - the root
 * @selector [data-slot="comparison"] - the comparison table
 * @selector .sk-Inclusion[data-included] - the plan includes the row's feature or integration
 * @selector [data-slot="offers"] - the special offers
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
            onSelect={onSelect}
            onSelectCurrent={onSelectCurrent}
            {...focusTarget(plan)}
          />
        ))}
      </div>

      {total > PLANS_PER_PAGE && <ShowMorePlans shown={plans.length} total={total} onShowMore={showMore} />}

      <ComparisonTable plans={plans} />

      <Offers plans={plans} at={at} />
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

/** The special offers with their end dates, or that there are none. */
function Offers({ plans, at }: { plans: Plan[]; at: Date }) {
  const { locale, t } = useKit(PLAN_CATALOG_NAME);
  const offers = plans.flatMap((plan) =>
    (plan.campaigns ?? [])
      .filter((campaign) => !campaign.endsAt || new Date(campaign.endsAt).getTime() > at.getTime())
      .map((campaign) => ({ plan, campaign })),
  );
  return (
    <div className="sk-Offers" data-slot="offers">
      <h4 className="sk-SubHeading">{t('catalog.campaigns.heading')}</h4>
      {offers.length === 0 ? (
        <p className="sk-Muted">{t('catalog.campaigns.none')}</p>
      ) : (
        <ul>
          {offers.map(({ plan, campaign }) => (
            <li key={`${plan.id}:${campaign.id}`}>
              {campaignSentence(campaign, plan.name, t, {
                percent: formatPercent(campaign.discountPercent, locale),
                date: campaign.endsAt ? formatDate(campaign.endsAt, locale, { exclusiveEnd: true }) : '',
              })}
              {' · '}
              {formatMoney(effectivePrice(plan, campaign.intervals?.[0] ?? 'month', at).price, locale, {
                trimWholeAmounts: true,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function campaignSentence(
  campaign: Campaign,
  plan: string,
  t: Translate,
  values: { percent: string; date: string },
): string {
  const only = campaign.intervals?.length === 1 ? campaign.intervals[0] : undefined;
  if (only === 'year') return t('catalog.campaigns.itemYear', { plan, ...values });
  if (only === 'month') return t('catalog.campaigns.itemMonth', { plan, ...values });
  return t('catalog.campaigns.item', { plan, ...values });
}

const LIMIT_ROWS: readonly (keyof PlanLimits)[] = [
  'conversations',
  'documents',
  'assistants',
  'seats',
  'aiTokens',
];

/** Every plan side by side: price, limits, then each feature and integration, included or not. */
function ComparisonTable({ plans }: { plans: Plan[] }) {
  const { locale, t } = useKit(PLAN_CATALOG_NAME);
  const captionId = useId();
  const limitText = (value: number | null) =>
    value === null ? t('common.unlimited') : formatCompactNumber(value, locale);
  const inclusionRows = [
    ...unique(plans.flatMap((plan) => plan.features)).map((feature) => ({
      key: feature,
      label: t(`features.${feature}`, { defaultValue: humanise(feature) }),
      includes: (plan: Plan) => plan.features.includes(feature),
    })),
    ...unique(plans.flatMap((plan) => plan.integrations)).map((integration) => ({
      key: integration,
      label: integrationName(integration, t),
      includes: (plan: Plan) => plan.integrations.includes(integration),
    })),
  ];
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="sk-TableScroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="sk-ComparisonTable" data-slot="comparison">
        <caption id={captionId}>{t('catalog.comparison.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalog.comparison.feature')}</th>
            {plans.map((plan) => (
              <th scope="col" key={plan.id}>
                {plan.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('catalog.comparison.price')}</th>
            {plans.map((plan) => (
              <td key={plan.id}>{formatMoney(plan.prices.month, locale, { trimWholeAmounts: true })}</td>
            ))}
          </tr>
          {LIMIT_ROWS.map((metric) => (
            <tr key={metric}>
              <th scope="row">{metricName(metric, t)}</th>
              {plans.map((plan) => (
                <td key={plan.id}>{limitText(plan.limits[metric])}</td>
              ))}
            </tr>
          ))}
          {inclusionRows.map(({ key, label, includes }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {plans.map((plan) => (
                <td key={plan.id}>
                  <Inclusion included={includes(plan)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Inclusion({ included }: { included: boolean }) {
  const t = useTranslate(PLAN_CATALOG_NAME);
  return included ? (
    <span className="sk-Inclusion" data-included="">
      <CheckIcon />
      <span className="sk-VisuallyHidden">{t('common.included')}</span>
    </span>
  ) : (
    <span className="sk-Inclusion">
      <span aria-hidden="true">—</span>
      <span className="sk-VisuallyHidden">{t('common.notIncluded')}</span>
    </span>
  );
}

const familyOrder = /* @__PURE__ */ new Intl.Collator();

/**
 * The catalog by family name (collated, as `localeCompare` does), then tier, then id (an opaque
 * code, compared by code unit). Each family name is collated once rather than once per comparison:
 * ten thousand plans sort in a few milliseconds instead of tens.
 */
function sortCatalog(catalog: Plan[]): Plan[] {
  const families = [...new Set(catalog.map((plan) => plan.family))].sort(familyOrder.compare);
  const rank = new Map(families.map((family, index) => [family, index]));
  const familyRank = (plan: Plan) => rank.get(plan.family) ?? 0;
  return [...catalog].sort(
    (a, b) =>
      familyRank(a) - familyRank(b) || a.tierRank - b.tierRank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function metricName(metric: keyof PlanLimits, t: Translate): string {
  const name = t(`metrics.${metric}`);
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

function humanise(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export type { PlanCatalogProps };
export { PlanCatalog };
