import { useId } from 'react';
import {
  type BillingInterval,
  formatCompactNumber,
  formatMoney,
  type Plan,
  type PlanLimits,
} from '../../core';
import { CheckIcon, StarIcon } from '../shared/icons';
import { planPrice } from '../shared/plan-price';
import { integrationName, type Translate, useKit, useTranslate } from '../shared/translate';

const COMPARISON_NAME = 'PlanCatalog';

const LIMIT_ROWS: readonly (keyof PlanLimits)[] = [
  'conversations',
  'documents',
  'assistants',
  'seats',
  'aiTokens',
];

interface ComparisonTableProps {
  /** In the catalog's order: by family, Enterprise last. */
  plans: Plan[];
  interval: BillingInterval;
  currentPlanId: string | null;
  recommendedPlanId: string | null;
  at: Date;
}

/**
 * Every plan side by side: price for the interval, limits, then each feature and integration,
 * included or not. The plan names (the header row) and the row names (the first column) stay in
 * view while the table scrolls, in both directions, inside its own region.
 */
function ComparisonTable({ plans, interval, currentPlanId, recommendedPlanId, at }: ComparisonTableProps) {
  const { locale, t } = useKit(COMPARISON_NAME);
  const captionId = useId();
  const limitText = (value: number | null) =>
    value === null ? t('common.unlimited') : formatCompactNumber(value, locale);
  const amount = (value: Parameters<typeof formatMoney>[0]) =>
    formatMoney(value, locale, { trimWholeAmounts: true });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="sk-TableScroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="sk-ComparisonTable" data-slot="comparison">
        <caption id={captionId}>{t('catalog.comparison.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalog.comparison.feature')}</th>
            {plans.map((plan, index) => (
              <PlanHeader
                key={plan.id}
                plan={plan}
                current={plan.id === currentPlanId}
                recommended={plan.id === recommendedPlanId}
                familyStart={index > 0 && plans[index - 1]?.family !== plan.family}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              {t(interval === 'year' ? 'catalog.comparison.priceYear' : 'catalog.comparison.price')}
            </th>
            {plans.map((plan) => {
              const { price, monthly } = planPrice(plan, interval, at);
              return (
                <td key={plan.id}>
                  {amount(monthly)}
                  {interval === 'year' && (
                    <span className="sk-ComparisonTable-billed">
                      {t('planCard.billedAnnually', { price: amount(price) })}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
          {LIMIT_ROWS.map((metric) => (
            <tr key={metric}>
              <th scope="row">{metricName(metric, t)}</th>
              {plans.map((plan) => (
                <td key={plan.id}>{limitText(plan.limits[metric])}</td>
              ))}
            </tr>
          ))}
          {inclusionRows(plans, t).map(({ key, label, includes }) => (
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

/** A plan's column header: its name, and in words whether it is the current or the recommended plan. */
function PlanHeader({
  plan,
  current,
  recommended,
  familyStart,
}: {
  plan: Plan;
  current: boolean;
  recommended: boolean;
  /** The first plan of a family after another family: a rule sets the families apart. */
  familyStart: boolean;
}) {
  const t = useTranslate(COMPARISON_NAME);
  return (
    <th
      scope="col"
      data-current={current || undefined}
      data-recommended={recommended || undefined}
      data-family-start={familyStart || undefined}
    >
      <span className="sk-ComparisonTable-plan">{plan.name}</span>
      {current && (
        <span className="sk-ComparisonTable-mark" data-variant="current">
          {t('catalog.comparison.current')}
        </span>
      )}
      {recommended && (
        <span className="sk-ComparisonTable-mark" data-variant="recommended">
          <StarIcon />
          {t('planCard.badge.recommended')}
        </span>
      )}
    </th>
  );
}

/** A row per feature, then per integration, that any plan on screen includes. */
function inclusionRows(plans: Plan[], t: Translate) {
  return [
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
}

function Inclusion({ included }: { included: boolean }) {
  const t = useTranslate(COMPARISON_NAME);
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

export { ComparisonTable };
