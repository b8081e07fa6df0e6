import { formatMoney, type PaymentMethod, type Plan, type PlanChangeIntent } from '../../core';
import type { PlanChangePreview } from '../../provider';
import { formatDate, formatDateRange } from '../shared/format';
import { methodName } from '../shared/payment-method-name';
import { useKit } from '../shared/translate';
import { selectionName } from './change-names';

const PREVIEW_FIGURES_NAME = 'PlanChangeReview';

interface PreviewFiguresProps {
  preview: PlanChangePreview;
  catalog: readonly Plan[];
  /** The default payment method, when the account has one. */
  paymentMethod: PaymentMethod | null;
}

/**
 * The proration lines, then what is due now (a figure, or in words when nothing is) with the tax
 * and the total when the provider gives them, the payment method charged, and the next renewal.
 */
function PreviewFigures({ preview, catalog, paymentMethod }: PreviewFiguresProps) {
  const { locale, t } = useKit(PREVIEW_FIGURES_NAME);
  const { lines, kind, amountDue, nextRenewal } = preview;
  const charged = preview.total ?? amountDue;
  return (
    <>
      {lines.length > 0 && <ProrationTable preview={preview} catalog={catalog} />}
      {kind !== 'downgrade' && amountDue.amount === 0 && (
        // "€0.00" reads as a figure someone forgot to fill in: nothing to pay is said in words.
        <p className="sk-Review-nothingDue" data-slot="amount-due">
          {t('review.lines.nothingDue')}
        </p>
      )}
      {charged.amount > 0 && paymentMethod && (
        <p className="sk-Review-paymentMethod" data-slot="payment-method">
          {t('review.payment.method', { method: methodName(paymentMethod, t) })}
        </p>
      )}
      {nextRenewal && (
        <p className="sk-Review-renewal" data-slot="next-renewal">
          {t('review.nextRenewal', {
            date: formatDate(nextRenewal.at, locale),
            amount: formatMoney(nextRenewal.amount, locale),
          })}
        </p>
      )}
    </>
  );
}

/** The credit for unused time, the charge for the rest, and the amounts due now when there are any. */
function ProrationTable({ preview, catalog }: Omit<PreviewFiguresProps, 'paymentMethod'>) {
  const { locale, t } = useKit(PREVIEW_FIGURES_NAME);
  const creditEnds = new Set(
    preview.lines.filter((line) => line.kind === 'credit').map((line) => line.period.end),
  );
  const { amountDue, tax, total } = preview;
  return (
    <table className="sk-Proration" data-slot="proration">
      <caption>{t('review.lines.caption')}</caption>
      <tbody>
        {preview.lines.map((line, index) => {
          const plan = selectionName(line as PlanChangeIntent, catalog, t);
          const period = formatDateRange(line.period.start, line.period.end, locale);
          const label =
            line.kind === 'credit'
              ? t('review.lines.credit', { plan, period })
              : // A charge up to the end the credit covers is the rest of this period; any other starts one.
                creditEnds.has(line.period.end)
                ? t('review.lines.charge', { plan, period })
                : t('review.lines.chargePeriod', { plan, period });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list whose lines may repeat
            <tr key={index} data-kind={line.kind}>
              <th scope="row">{label}</th>
              <td>{formatMoney(line.amount, locale)}</td>
            </tr>
          );
        })}
      </tbody>
      {amountDue.amount > 0 && (
        <tfoot>
          <tr>
            <th scope="row">{t('review.lines.amountDue')}</th>
            <td data-slot="amount-due">{formatMoney(amountDue, locale)}</td>
          </tr>
          {tax && total && (
            <>
              <tr data-kind="tax">
                <th scope="row">{t('review.lines.tax')}</th>
                <td data-slot="tax">{formatMoney(tax, locale)}</td>
              </tr>
              <tr data-kind="total">
                <th scope="row">{t('review.lines.total')}</th>
                <td data-slot="total">{formatMoney(total, locale)}</td>
              </tr>
            </>
          )}
        </tfoot>
      )}
    </table>
  );
}

export { PreviewFigures };
