import { type ComponentPropsWithoutRef, type ReactNode, useId } from 'react';
import {
  type AccountContext,
  type AnnualPricing,
  annualPricing,
  type BillingErrorCode,
  type BillingInterval,
  effectivePrice,
  formatMoney,
  isBillingError,
  nextBillingDate,
  type Plan,
  type Subscription,
  type UpcomingBill,
  upcomingBill,
} from '../../core';
import { useBillingData } from '../../query';
import { BillingErrorMessage, type PaymentFailureCode } from '../billing-error-message';
import { ScheduledChangeNotice } from '../scheduled-change-notice';
import { formatDate, formatNumber, formatPercent } from '../shared/format';
import { Panel, panelStatus } from '../shared/panel';
import { publicPart } from '../shared/render-boundary';
import { useKit } from '../shared/translate';

/* -------------------------------------------------------------------------------------------------
 * BillingSummary
 * -----------------------------------------------------------------------------------------------*/

const BILLING_SUMMARY_NAME = 'BillingSummary';

interface BillingSummaryProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Placed in the header, e.g. `<PlanModal>` with its trigger, or a link to "Manage billing". */
  actions?: ReactNode | undefined;
  /** Offered when the subscription is past due (a failed payment), to fix the payment method. */
  onUpdatePaymentMethod?: (() => void) | undefined;
  /**
   * Why the last payment failed, when the host knows it; shown on a past-due subscription.
   * @default 'payment_declined'
   */
  paymentFailure?: PaymentFailureCode | undefined;
  /** Classes added after the part's own `sk-BillingSummary`, e.g. for placement on the host's page. */
  className?: string | undefined;
}

/**
 * The billing cycle at a glance: current plan and interval with its price, the next billing date
 * (same day each month, clamped at month end), the upcoming bill line by line (the next period's
 * plan, scheduled change included, and the estimated overage, excluding tax), the annual discount
 * where it applies, and any scheduled change (cancellable).
 *
 * @selector [data-slot="billing-summary"] - the root
 * @selector [data-status="loading|error|empty|ready"] - the state of the data
 * @selector [data-slot="plan|next-billing|upcoming-total"] - the figures of the cycle
 * @selector .sk-Badge[data-variant="status"] - a subscription that is not active, with its
 *   `data-subscription-status="trialing|past_due|canceled|incomplete"`
 * @selector [data-slot="upcoming-bill"] tr[data-line="base|overage|total"] - the upcoming bill, line by line
 * @selector tr[data-line="overage"][data-metric] - an overage line's metric
 * @selector .sk-Tag[data-variant="scheduled"] - the base line is the scheduled plan
 * @selector [data-slot="annual"] - what annual billing saves
 */
const BillingSummary = /* @__PURE__ */ publicPart<HTMLElement, BillingSummaryProps>(function BillingSummary(
  { actions, onUpdatePaymentMethod, paymentFailure = 'payment_declined', ...props },
  ref,
) {
  const billing = useBillingData();
  const { data } = billing;
  const status = panelStatus(billing.error, data === null, data?.subscription === null);
  return (
    <Panel
      name="sk-BillingSummary"
      slot="billing-summary"
      strings="billingSummary"
      status={status}
      actions={actions}
      skeleton={{ className: 'sk-BillingSummary-facts', kind: 'fact', count: 3 }}
      read={billing}
      rootRef={ref}
      rootAttributes={props}
    >
      {status === 'ready' && data?.subscription && (
        <BillingCycle
          subscription={data.subscription}
          catalog={data.catalog}
          account={data.account}
          onUpdatePaymentMethod={onUpdatePaymentMethod}
          paymentFailure={paymentFailure}
        />
      )}
    </Panel>
  );
}, BILLING_SUMMARY_NAME);

/* -----------------------------------------------------------------------------------------------*/

interface BillingCycleProps extends Pick<BillingSummaryProps, 'onUpdatePaymentMethod'> {
  subscription: Subscription;
  catalog: Plan[];
  account: AccountContext;
  paymentFailure: PaymentFailureCode;
}

function BillingCycle({
  subscription: current,
  catalog,
  account,
  onUpdatePaymentMethod,
  paymentFailure,
}: BillingCycleProps) {
  const { locale, now, t } = useKit(BILLING_SUMMARY_NAME);
  const at = now();
  const plan = catalog.find((candidate) => candidate.id === current.planId);
  const { price } = plan ? effectivePrice(plan, current.interval, at) : { price: null };
  const annual = plan ? annualPricing(plan) : null;
  const { bill, billFailure } = upcomingBillOf(current, catalog, account, at);
  const nextDate = bill?.billedAt ?? nextBillingDate(current.billingAnchor, at, current.interval);

  return (
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
        <Fact
          slot="plan"
          label={t('billingSummary.plan')}
          value={
            <>
              <span className="sk-BillingSummary-value">{plan?.name ?? current.planId}</span>
              {current.status !== 'active' && (
                <span className="sk-Badge" data-variant="status" data-subscription-status={current.status}>
                  {t(`billingSummary.status.${current.status}`)}
                </span>
              )}
            </>
          }
          hint={
            price &&
            t(`billingSummary.price.${current.interval}`, {
              price: formatMoney(price, locale, { trimWholeAmounts: true }),
            })
          }
        />
        <Fact
          slot="next-billing"
          label={t('billingSummary.nextBilling')}
          value={<span className="sk-BillingSummary-value">{formatDate(nextDate, locale)}</span>}
          hint={t(`billingSummary.cycle.${bill && bill.base === null ? 'overage' : current.interval}`)}
        />
        <Fact
          slot="upcoming-total"
          label={t('billingSummary.upcoming.label')}
          value={
            <span className="sk-BillingSummary-value">{bill ? formatMoney(bill.total, locale) : '—'}</span>
          }
          hint={
            billFailure
              ? null
              : !bill
                ? t('billingSummary.upcoming.none')
                : bill.overage.length > 0
                  ? t('billingSummary.upcoming.estimated')
                  : t('billingSummary.upcoming.excludingTax')
          }
        />
      </dl>
      {billFailure && <BillingErrorMessage code={billFailure} announce={false} />}
      {bill && <UpcomingBillLines bill={bill} />}
      {annual && annual.savingsPercent > 0 && <AnnualNote annual={annual} interval={current.interval} />}
      <ScheduledChangeNotice subscription={current} catalog={catalog} />
    </>
  );
}

/**
 * The upcoming bill, or why no one bill holds it: a change scheduled to a plan in another currency
 * than the overage (`currency_mismatch`).
 */
function upcomingBillOf(
  subscription: Subscription,
  catalog: Plan[],
  account: AccountContext,
  now: Date,
): { bill: UpcomingBill | null; billFailure: BillingErrorCode | null } {
  try {
    return {
      bill: upcomingBill({
        subscription,
        catalog,
        usage: account.usage ?? {},
        now,
        previousPeriodUsage: account.previousPeriodUsage,
        trialUsage: account.trialUsage,
      }),
      billFailure: null,
    };
  } catch (error) {
    if (!isBillingError(error)) throw error;
    return { bill: null, billFailure: error.code };
  }
}

/** What annual billing saves: the saving made, or the one on offer. */
function AnnualNote({ annual, interval }: { annual: AnnualPricing; interval: BillingInterval }) {
  const { locale, t } = useKit(BILLING_SUMMARY_NAME);
  return (
    <p className="sk-BillingSummary-annual" data-slot="annual">
      {t(interval === 'year' ? 'billingSummary.annual.saving' : 'billingSummary.annual.offer', {
        amount: formatMoney(annual.savings, locale, { trimWholeAmounts: true }),
        percent: formatPercent(annual.savingsPercent, locale),
      })}
    </p>
  );
}

interface FactProps {
  slot: string;
  label: string;
  value: ReactNode;
  /** A line under the value; nothing when empty. */
  hint: ReactNode;
}

/** One figure of the cycle: a label, its value set large, and a hint beneath. */
function Fact({ slot, label, value, hint }: FactProps) {
  return (
    <div className="sk-BillingSummary-fact" data-slot={slot}>
      <dt>{label}</dt>
      <dd>
        {value}
        {hint && <span className="sk-BillingSummary-hint">{hint}</span>}
      </dd>
    </div>
  );
}

/** The upcoming bill line by line, each amount in its currency, with the total excluding tax. */
function UpcomingBillLines({ bill }: { bill: UpcomingBill }) {
  const { locale, t } = useKit(BILLING_SUMMARY_NAME);
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
                {t(`billingSummary.upcoming.base_${base.interval}`, { plan: base.plan.name })}
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

export type { BillingSummaryProps };
export { BillingSummary };
