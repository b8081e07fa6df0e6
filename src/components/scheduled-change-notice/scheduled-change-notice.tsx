import type { ComponentPropsWithoutRef } from 'react';
import { billingErrorCodeOf, type Plan, type Subscription } from '../../core';
import { useCancelScheduledChange } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { formatDate } from '../shared/format';
import { publicPart } from '../shared/render-boundary';
import { InsideRoot, useScopedPartProps } from '../shared/root-scope';
import { useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * ScheduledChangeNotice
 * -----------------------------------------------------------------------------------------------*/

const SCHEDULED_CHANGE_NOTICE_NAME = 'ScheduledChangeNotice';

interface ScheduledChangeNoticeProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The subscription (`useSubscription`); the notice shows nothing without a scheduled change. */
  subscription: Subscription | null;
  /** The catalog (`useCatalog`), which names the scheduled plan. */
  catalog: Plan[];
}

/**
 * "Your plan changes to … on …" for a scheduled downgrade, with "Cancel scheduled change" when the
 * provider can cancel it. Renders nothing when no change is scheduled.
 *
 * @selector [data-slot="scheduled-change"] - the root
 * @selector .sk-Button[data-variant="secondary"] - "Cancel scheduled change"
 */
const ScheduledChangeNotice = /* @__PURE__ */ publicPart<HTMLDivElement, ScheduledChangeNoticeProps>(
  function ScheduledChangeNotice({ subscription, catalog, ...props }, ref) {
    const { locale, theme, t } = useKit(SCHEDULED_CHANGE_NOTICE_NAME);
    const root = useScopedPartProps('sk-Notice', 'scheduled-change', theme, props, ref);
    const cancel = useCancelScheduledChange();
    const scheduled = subscription?.scheduledChange;
    if (!scheduled) return null;
    const planName = catalog.find((plan) => plan.id === scheduled.planId)?.name ?? scheduled.planId;

    return (
      <div {...root}>
        <p>
          {t('scheduledChange.notice', { plan: planName, date: formatDate(scheduled.effectiveAt, locale) })}
        </p>
        {cancel && (
          <button
            type="button"
            className="sk-Button"
            data-variant="secondary"
            aria-disabled={cancel.isPending || undefined}
            onClick={() => {
              if (!cancel.isPending) cancel.mutate();
            }}
          >
            {cancel.isPending ? t('scheduledChange.cancelling') : t('scheduledChange.cancel')}
          </button>
        )}
        {cancel?.isPending && (
          <p className="sk-VisuallyHidden" role="status">
            {t('scheduledChange.cancelling')}
          </p>
        )}
        {cancel?.isError && (
          <InsideRoot>
            <BillingErrorMessage code={billingErrorCodeOf(cancel.error)} onRetry={() => cancel.mutate()} />
          </InsideRoot>
        )}
      </div>
    );
  },
  SCHEDULED_CHANGE_NOTICE_NAME,
);

export type { ScheduledChangeNoticeProps };
export { ScheduledChangeNotice };
