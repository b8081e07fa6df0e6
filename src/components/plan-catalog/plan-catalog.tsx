import { useId } from 'react';
import {
  type AccountContext,
  type BillingInterval,
  type Campaign,
  checkAvailability,
  effectivePrice,
  formatMoney,
  type Plan,
} from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { PlanCard } from '../plan-card';
import { rootProps } from '../shared/class-names';
import { formatDate, formatPercent } from '../shared/format';
import { type Translate, useTranslate } from '../shared/translate';
import { ComparisonTable } from './comparison-table';

/* -------------------------------------------------------------------------------------------------
 * PlanCatalog
 * -----------------------------------------------------------------------------------------------*/

const PLAN_CATALOG_NAME = 'PlanCatalog';

interface PlanCatalogProps {
  /** Every plan to show; they are ordered by family, then tier. */
  catalog: Plan[];
  /** Used to disable the plans the account cannot get, with the reasons. */
  account?: AccountContext | undefined;
  /** @default 'month' */
  interval?: BillingInterval | undefined;
  currentPlanId?: string | null | undefined;
  recommendedPlanId?: string | null | undefined;
  onSelect?: ((plan: Plan) => void) | undefined;
  className?: string | undefined;
}

/**
 * The complete catalog: every tier as a card, a feature comparison table, and the special offers
 * with their end dates.
 */
function PlanCatalog({
  catalog,
  account = {},
  interval = 'month',
  currentPlanId = null,
  recommendedPlanId = null,
  onSelect,
  className,
}: PlanCatalogProps) {
  const { theme, now } = useSubscriptionKitContext(PLAN_CATALOG_NAME);
  const t = useTranslate(PLAN_CATALOG_NAME);
  const headingId = useId();
  const plans = [...catalog].sort(
    (a, b) => a.family.localeCompare(b.family) || a.tierRank - b.tierRank || a.id.localeCompare(b.id),
  );
  const at = now();

  return (
    <section {...rootProps('sk-PlanCatalog', 'plan-catalog', theme, className)} aria-labelledby={headingId}>
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
          />
        ))}
      </div>

      <ComparisonTable plans={plans} />

      <Offers plans={plans} at={at} />
    </section>
  );
}

/* -----------------------------------------------------------------------------------------------*/

/** The special offers with their end dates, or that there are none. */
function Offers({ plans, at }: { plans: Plan[]; at: Date }) {
  const { locale } = useSubscriptionKitContext(PLAN_CATALOG_NAME);
  const t = useTranslate(PLAN_CATALOG_NAME);
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

export type { PlanCatalogProps };
export { PlanCatalog };
