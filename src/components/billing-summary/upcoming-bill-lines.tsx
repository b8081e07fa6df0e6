import { useId } from 'react';
import { formatMoney, type UpcomingBill } from '../../core';
import { useSubscriptionKitContext } from '../../react/subscription-kit-context';
import { formatDate, formatNumber } from '../shared/format';
import { useTranslate } from '../shared/translate';

/** The upcoming bill line by line, each amount in its currency, with the total excluding tax. */
function UpcomingBillLines({ bill }: { bill: UpcomingBill }) {
  const { locale } = useSubscriptionKitContext('BillingSummary');
  const t = useTranslate('BillingSummary');
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

export { UpcomingBillLines };
