import { useId } from 'react';
import { formatCompactNumber, formatMoney, type Plan, type PlanLimits } from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { CheckIcon } from '../shared/icons';
import { integrationName } from '../shared/names';
import { type Translate, useTranslate } from '../shared/translate';

const LIMIT_ROWS: readonly (keyof PlanLimits)[] = [
  'conversations',
  'documents',
  'assistants',
  'seats',
  'aiTokens',
];

/** Every plan side by side: price, limits, then each feature and integration, included or not. */
function ComparisonTable({ plans }: { plans: Plan[] }) {
  const { locale } = useSubscriptionKitContext('PlanCatalog');
  const t = useTranslate('PlanCatalog');
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
