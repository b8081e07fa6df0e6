import { billingErrorCodeOf, type Plan, type Subscription } from '../../core';
import { useCancelScheduledChange } from '../../query';
import { BillingErrorMessage } from '../billing-error-message';
import { formatDate } from '../shared/format';
import { useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * ScheduledChangeNotice
 * -----------------------------------------------------------------------------------------------*/

const SCHEDULED_CHANGE_NOTICE_NAME = 'ScheduledChangeNotice';

interface ScheduledChangeNoticeProps {
  subscription: Subscription | null;
  catalog: Plan[];
}

/**
 * "Your plan changes to … on …" for a scheduled downgrade, with "Cancel scheduled change" when the
 * provider can cancel it. Renders nothing when no change is scheduled.
 */
function ScheduledChangeNotice({ subscription, catalog }: ScheduledChangeNoticeProps) {
  const { locale, t } = useKit(SCHEDULED_CHANGE_NOTICE_NAME);
  const cancel = useCancelScheduledChange();
  const scheduled = subscription?.scheduledChange;
  if (!scheduled) return null;
  const planName = catalog.find((plan) => plan.id === scheduled.planId)?.name ?? scheduled.planId;

  return (
    <div className="sk-Notice" data-slot="scheduled-change">
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
        <BillingErrorMessage code={billingErrorCodeOf(cancel.error)} onRetry={() => cancel.mutate()} />
      )}
    </div>
  );
}

export type { ScheduledChangeNoticeProps };
export { ScheduledChangeNotice };
