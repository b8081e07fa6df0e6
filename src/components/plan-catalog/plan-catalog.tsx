import { useId } from 'react';
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
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { PlanCard } from '../plan-card';
import { rootClassName } from '../shared/class-names';
import { formatDate, formatPercent } from '../shared/format';
import { CheckIcon } from '../shared/icons';
import { integrationName } from '../shared/names';
import { type Translate, useTranslate } from '../shared/translate';

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

const LIMIT_ROWS: readonly (keyof PlanLimits)[] = [
  'conversations',
  'documents',
  'assistants',
  'seats',
  'aiTokens',
];

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
  const { locale, theme, now } = useSubscriptionKitContext(PLAN_CATALOG_NAME);
  const t = useTranslate(PLAN_CATALOG_NAME);
  const headingId = useId();
  const captionId = useId();
  const plans = [...catalog].sort(
    (a, b) => a.family.localeCompare(b.family) || a.tierRank - b.tierRank || a.id.localeCompare(b.id),
  );
  const at = now();
  const features = unique(plans.flatMap((plan) => plan.features));
  const integrations = unique(plans.flatMap((plan) => plan.integrations));
  const offers = plans.flatMap((plan) =>
    (plan.campaigns ?? [])
      .filter((campaign) => !campaign.endsAt || new Date(campaign.endsAt).getTime() > at.getTime())
      .map((campaign) => ({ plan, campaign })),
  );
  const limitText = (value: number | null) =>
    value === null ? t('common.unlimited') : formatCompactNumber(value, locale);

  return (
    <section
      className={rootClassName('sk-PlanCatalog', className)}
      data-slot="plan-catalog"
      data-sk-theme={theme}
      aria-labelledby={headingId}
    >
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

      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
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
            {features.map((feature) => (
              <tr key={feature}>
                <th scope="row">{t(`features.${feature}`, { defaultValue: humanise(feature) })}</th>
                {plans.map((plan) => (
                  <td key={plan.id}>
                    <Inclusion included={plan.features.includes(feature)} />
                  </td>
                ))}
              </tr>
            ))}
            {integrations.map((integration) => (
              <tr key={integration}>
                <th scope="row">{integrationName(integration, t)}</th>
                {plans.map((plan) => (
                  <td key={plan.id}>
                    <Inclusion included={plan.integrations.includes(integration)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

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
    </section>
  );
}

/* -----------------------------------------------------------------------------------------------*/

function Inclusion({ included }: { included: boolean }) {
  const t = useTranslate('Inclusion');
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
