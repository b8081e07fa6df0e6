import { type ReactNode, useId } from 'react';
import {
  annualPricing,
  type BillingInterval,
  effectivePrice,
  formatMoney,
  nextBillingDate,
  type SubscriptionStatus,
  type UpcomingBill,
  upcomingBill,
} from '../core';
import { useSubscriptionKitContext } from '../react/subscription-kit-context';
import { useBillingData } from '../react/use-billing-queries';
import { useLibraryTranslation } from '../react/use-library-translation';
import { BillingErrorMessage, type PaymentFailureCode } from './billing-error-message';
import { formatDate, formatNumber, formatPercent } from './format';
import { billingDataFallback, Panel } from './panel';
import { ScheduledChangeNotice } from './scheduled-change-notice';

/* -------------------------------------------------------------------------------------------------
 * BillingSummary
 * -----------------------------------------------------------------------------------------------*/

const BILLING_SUMMARY_NAME = 'BillingSummary';

interface BillingSummaryProps {
  /** Placed in the header, e.g. `<PlanModal>` with its trigger, or a link to "Manage billing". */
  actions?: ReactNode | undefined;
  /** Offered when the subscription is past due (a failed payment), to fix the payment method. */
  onUpdatePaymentMethod?: (() => void) | undefined;
  /**
   * Why the last payment failed, when the host knows it; shown on a past-due subscription.
   * @default 'payment_declined'
   */
  paymentFailure?: PaymentFailureCode | undefined;
  className?: string | undefined;
}

/**
 * The billing cycle at a glance: current plan and interval with its price, the next billing date
 * (same day each month, clamped at month end), the upcoming bill line by line (the next period's
 * plan, scheduled change included, and the estimated overage, excluding tax), the annual discount
 * where it applies, and any scheduled change (cancellable).
 */
function BillingSummary({
  actions,
  onUpdatePaymentMethod,
  paymentFailure = 'payment_declined',
  className,
}: BillingSummaryProps) {
  const { locale, now } = useSubscriptionKitContext(BILLING_SUMMARY_NAME);
  const { t } = useLibraryTranslation(BILLING_SUMMARY_NAME);
  const billing = useBillingData();
  const status = billing.error
    ? 'error'
    : !billing.data
      ? 'loading'
      : billing.data.subscription === null
        ? 'empty'
        : 'ready';

  const section = (children: ReactNode) => (
    <Panel
      name="sk-BillingSummary"
      slot="billing-summary"
      status={status}
      title={t('billingSummary.title')}
      actions={actions}
      className={className}
    >
      {children}
    </Panel>
  );

  const fallback = billingDataFallback(billing, t('billingSummary.loadError'), {
    className: 'sk-BillingSummary-facts',
    kind: 'fact',
  });
  if (fallback || !billing.data) return section(fallback);
  const { subscription: current, catalog, account } = billing.data;
  if (current === null) return section(<p className="sk-Empty">{t('billingSummary.empty')}</p>);

  const at = now();
  const plan = catalog.find((candidate) => candidate.id === current.planId);
  const { price } = plan ? effectivePrice(plan, current.interval, at) : { price: null };
  const annual = plan ? annualPricing(plan) : null;
  const bill = upcomingBill({
    subscription: current,
    catalog,
    usage: account.usage ?? {},
    now: at,
  });
  const nextDate = bill?.billedAt ?? nextBillingDate(current.billingAnchor, at, current.interval);

  return section(
    <>
      {current.status === 'past_due' && (
        <BillingErrorMessage
          code={paymentFailure}
          context={t('billingSummary.pastDue')}
          announce={false}
          onUpdatePaymentMethod={onUpdatePaymentMethod}
        />
      )}
      <dl className="sk-BillingSummary-facts">
        <div className="sk-BillingSummary-fact" data-slot="plan">
          <dt>{t('billingSummary.plan')}</dt>
          <dd>
            <span className="sk-BillingSummary-value">{plan?.name ?? current.planId}</span>
            {current.status !== 'active' && (
              <span className="sk-Badge" data-variant="status" data-subscription-status={current.status}>
                {statusText(current.status, t)}
              </span>
            )}
            {price && (
              <span className="sk-BillingSummary-hint">
                {priceText(current.interval, formatMoney(price, locale, { trimWholeAmounts: true }), t)}
              </span>
            )}
          </dd>
        </div>
        <div className="sk-BillingSummary-fact" data-slot="next-billing">
          <dt>{t('billingSummary.nextBilling')}</dt>
          <dd>
            <span className="sk-BillingSummary-value">{formatDate(nextDate, locale)}</span>
            <span className="sk-BillingSummary-hint">
              {bill && bill.base === null
                ? t('billingSummary.cycle.overage')
                : current.interval === 'year'
                  ? t('billingSummary.cycle.year')
                  : t('billingSummary.cycle.month')}
            </span>
          </dd>
        </div>
        <div className="sk-BillingSummary-fact" data-slot="upcoming-total">
          <dt>{t('billingSummary.upcoming.label')}</dt>
          <dd>
            <span className="sk-BillingSummary-value">{bill ? formatMoney(bill.total, locale) : '—'}</span>
            <span className="sk-BillingSummary-hint">
              {!bill
                ? t('billingSummary.upcoming.none')
                : bill.overage.length > 0
                  ? t('billingSummary.upcoming.estimated')
                  : t('billingSummary.upcoming.excludingTax')}
            </span>
          </dd>
        </div>
      </dl>
      {bill && <UpcomingBillLines bill={bill} />}
      {annual && annual.savingsPercent > 0 && (
        <p className="sk-BillingSummary-annual" data-slot="annual">
          {current.interval === 'year'
            ? t('billingSummary.annual.saving', {
                amount: formatMoney(annual.savings, locale, { trimWholeAmounts: true }),
                percent: formatPercent(annual.savingsPercent, locale),
              })
            : t('billingSummary.annual.offer', {
                amount: formatMoney(annual.savings, locale, { trimWholeAmounts: true }),
                percent: formatPercent(annual.savingsPercent, locale),
              })}
        </p>
      )}
      <ScheduledChangeNotice subscription={current} catalog={catalog} />
    </>,
  );
}

/* -----------------------------------------------------------------------------------------------*/

/** The upcoming bill line by line, each amount in its currency, with the total excluding tax. */
function UpcomingBillLines({ bill }: { bill: UpcomingBill }) {
  const { locale } = useSubscriptionKitContext(BILLING_SUMMARY_NAME);
  const { t } = useLibraryTranslation(BILLING_SUMMARY_NAME);
  const titleId = useId();
  const { base } = bill;
  return (
    <section className="sk-UpcomingBill" data-slot="upcoming-bill" aria-labelledby={titleId}>
      <h3 className="sk-UpcomingBill-title" id={titleId}>
        {t('billingSummary.upcoming.title', { date: formatDate(bill.billedAt, locale) })}
      </h3>
      <table className="sk-UpcomingBill-lines" aria-labelledby={titleId}>
        <tbody>
          {base && (
            <tr data-line="base">
              <th scope="row">
                {base.interval === 'year'
                  ? t('billingSummary.upcoming.base_year', { plan: base.plan.name })
                  : t('billingSummary.upcoming.base_month', { plan: base.plan.name })}
                {base.scheduledChange && (
                  <span className="sk-Tag" data-variant="scheduled">
                    {t('billingSummary.upcoming.scheduled')}
                  </span>
                )}
              </th>
              <td>{formatMoney(base.amount, locale)}</td>
            </tr>
          )}
          {bill.overage.map((line) => (
            <tr key={line.metric} data-line="overage" data-metric={line.metric}>
              <th scope="row">
                {t('billingSummary.upcoming.overage', {
                  over: formatNumber(line.overUnits, locale),
                  metric: t(`metrics.${line.metric}`),
                  limit: formatNumber(line.limit, locale),
                })}
              </th>
              <td>{formatMoney(line.amount, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-line="total">
            <th scope="row">{t('billingSummary.upcoming.total')}</th>
            <td>{formatMoney(bill.total, locale)}</td>
          </tr>
        </tfoot>
      </table>
      {bill.overage.length > 0 && <p className="sk-UpcomingBill-note">{t('billingSummary.upcoming.note')}</p>}
    </section>
  );
}

type Translate = ReturnType<typeof useLibraryTranslation>['t'];

function priceText(interval: BillingInterval, price: string, t: Translate): string {
  return interval === 'year'
    ? t('billingSummary.price.year', { price })
    : t('billingSummary.price.month', { price });
}

function statusText(status: SubscriptionStatus, t: Translate): string {
  switch (status) {
    case 'trialing':
      return t('billingSummary.status.trialing');
    case 'active':
      return t('billingSummary.status.active');
    case 'past_due':
      return t('billingSummary.status.past_due');
    case 'canceled':
      return t('billingSummary.status.canceled');
    case 'incomplete':
      return t('billingSummary.status.incomplete');
    default:
      status satisfies never;
      return status;
  }
}

export type { BillingSummaryProps };
export { BillingSummary };
