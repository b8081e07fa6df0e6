import type { BillingInterval } from '../core';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useLibraryTranslation } from '../react/use-library-translation';
import { formatPercent } from './format';

/* -------------------------------------------------------------------------------------------------
 * BillingIntervalSwitch
 * -----------------------------------------------------------------------------------------------*/

const BILLING_INTERVAL_SWITCH_NAME = 'BillingIntervalSwitch';

interface BillingIntervalSwitchProps {
  value: BillingInterval;
  onValueChange: (interval: BillingInterval) => void;
  /** The best whole-percent saving of annual billing, shown as "Save 16 %"; hidden when 0. */
  annualSavingsPercent?: number | undefined;
}

/** Monthly or annual billing, as two radio buttons (arrow keys move between them). */
function BillingIntervalSwitch({
  value,
  onValueChange,
  annualSavingsPercent = 0,
}: BillingIntervalSwitchProps) {
  const { locale } = useSubscriptionKitContext(BILLING_INTERVAL_SWITCH_NAME);
  const { t } = useLibraryTranslation(BILLING_INTERVAL_SWITCH_NAME);
  const options: { interval: BillingInterval; label: string }[] = [
    { interval: 'month', label: t('interval.month') },
    { interval: 'year', label: t('interval.year') },
  ];
  return (
    <fieldset className="sk-IntervalSwitch" data-slot="interval-switch" data-value={value}>
      <legend className="sk-VisuallyHidden">{t('interval.label')}</legend>
      {options.map(({ interval, label }) => (
        <label
          key={interval}
          className="sk-IntervalSwitch-option"
          data-checked={value === interval || undefined}
        >
          <input
            type="radio"
            name="sk-billing-interval"
            value={interval}
            checked={value === interval}
            onChange={() => onValueChange(interval)}
          />
          {label}
          {interval === 'year' && annualSavingsPercent > 0 && (
            <span className="sk-IntervalSwitch-saving">
              {t('interval.save', { percent: formatPercent(annualSavingsPercent, locale) })}
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}

export type { BillingIntervalSwitchProps };
export { BillingIntervalSwitch };
