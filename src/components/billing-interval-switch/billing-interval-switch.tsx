import type { ComponentPropsWithoutRef } from 'react';
import type { BillingInterval } from '../../core';
import { formatPercent } from '../shared/format';
import { publicPart } from '../shared/render-boundary';
import { useScopedPartProps } from '../shared/root-scope';
import { useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * BillingIntervalSwitch
 * -----------------------------------------------------------------------------------------------*/

const BILLING_INTERVAL_SWITCH_NAME = 'BillingIntervalSwitch';

const INTERVALS: readonly BillingInterval[] = ['month', 'year'];

interface BillingIntervalSwitchProps extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'children'> {
  /** The chosen interval (controlled): `month` or `year`. */
  value: BillingInterval;
  /** Called with the interval the customer chooses. */
  onValueChange: (interval: BillingInterval) => void;
  /**
   * The best whole-percent saving of annual billing, shown as "Save 16 %"; hidden when 0.
   * @default 0
   */
  annualSavingsPercent?: number | undefined;
}

/**
 * Monthly or annual billing, as two radio buttons (arrow keys move between them).
 *
 * @selector [data-slot="interval-switch"] - the root
 * @selector [data-value="month|year"] - the chosen interval, on the root
 * @selector .sk-IntervalSwitch-option[data-checked] - the chosen option
 */
const BillingIntervalSwitch = /* @__PURE__ */ publicPart<HTMLFieldSetElement, BillingIntervalSwitchProps>(
  function BillingIntervalSwitch({ value, onValueChange, annualSavingsPercent = 0, ...props }, ref) {
    const { locale, theme, t } = useKit(BILLING_INTERVAL_SWITCH_NAME);
    const root = useScopedPartProps('sk-IntervalSwitch', 'interval-switch', theme, props, ref);
    return (
      <fieldset {...root} data-value={value}>
        <legend className="sk-VisuallyHidden">{t('interval.label')}</legend>
        {INTERVALS.map((interval) => (
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
            {t(`interval.${interval}`)}
            {interval === 'year' && annualSavingsPercent > 0 && (
              <span className="sk-IntervalSwitch-saving">
                {t('interval.save', { percent: formatPercent(annualSavingsPercent, locale) })}
              </span>
            )}
          </label>
        ))}
      </fieldset>
    );
  },
  BILLING_INTERVAL_SWITCH_NAME,
);

export type { BillingIntervalSwitchProps };
export { BillingIntervalSwitch };
